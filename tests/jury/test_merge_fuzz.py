"""The importer fuzzed: mutated bytes of a valid juror file, and valid files whose body was mutated and
then signed again (so the body checks, not the signature, must catch it). Never a crash; the data only
changes when the report says a file was taken in."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.jury.merge import import_juror_files
from tests.fuzz.common import paths_in

FUZZ = settings(derandomize=True, max_examples=200, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _import_and_check(event, path) -> None:
    before = event.state()
    result = import_juror_files(event.store, event.event_id, [path])
    assert len(result.files) == 1
    entry = result.files[0]
    assert entry.message
    if entry.outcome in ("refused", "duplicate"):
        assert event.state() == before


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=4)), min_size=1, max_size=4),
       cut=st.none() | st.integers(0, 10_000))
@example(edits=[(0, b"\x00")], cut=None)
@example(edits=[(10, b"")], cut=3)
def test_mutated_bytes_never_crash_the_importer(sqlite_jury_event, edits, cut):
    data = bytearray(sqlite_jury_event.sealed(sqlite_jury_event.body("Anna"), "Anna"))
    for position, replacement in edits:
        at = position % (len(data) + 1)
        data[at:at + len(replacement)] = replacement
    if cut is not None:
        data = data[:cut % (len(data) + 1)]
    _import_and_check(sqlite_jury_event, sqlite_jury_event.write(bytes(data), "fuzzed.json"))


@FUZZ
@given(choice=st.integers(0, 10_000), replacement=json_values, delete=st.booleans(), name=st.sampled_from(["Anna", "Cas"]))
@example(choice=3, replacement=2**64, delete=False, name="Anna")
@example(choice=0, replacement=None, delete=False, name="Cas")
def test_mutated_bodies_signed_again_never_crash_and_never_import_bad_scores(sqlite_jury_event, choice, replacement, delete, name):
    event = sqlite_jury_event
    body = event.body(name)
    paths = paths_in(body)[1:]
    path = paths[choice % len(paths)]
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    try:
        data = event.sealed(body, name)
    except ValueError:  # a float cannot be signed: send it unsigned, as an altered file
        document = json.loads(event.sealed(event.body(name), name))
        document["body"] = body
        data = json.dumps(document).encode()
    _import_and_check(event, event.write(data, "fuzzed.json"))
    for (team_id, key), value in event.scores_of(name).items():
        criterion = next(c for c in event.criteria if c.key == key)
        assert isinstance(value, int) and criterion.min_score <= value <= criterion.max_score
        assert team_id in event.team_ids and team_id not in event.recused(name)
