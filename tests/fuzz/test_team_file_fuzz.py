"""The team-file importer fuzzed: a valid team file's bytes mutated (the seal must refuse it), and its
body mutated then sealed again with the team's own key (so the body's checks, not the signature, must
catch it: a team laptop holds that key). Either the file merges or it is refused with a DomainError and
the facilitator's database is as it was."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import select

from app.demo.event import create_demo_event
from app.errors import DomainError
from app.signed.sealed import seal
from app.storage.database import open_store
from app.sync.team_file import KIND, export_team_file, import_team_file, read_team_kit, team_kit
from db.models import Team
from tests.fuzz.common import byte_edits, cuts, dump, fuzz, json_values, mutated, paths_in, refused_with_message, set_at, wrongly_typed

NOW = datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """The facilitator's database (the demo) to copy, team 1's file and its key."""
    folder = tmp_path_factory.mktemp("teamfile")
    store = open_store(f"sqlite:///{folder / 'facilitator.sqlite'}")
    event_id = create_demo_event(store, NOW)
    with store.read() as session:
        team_id = session.scalars(select(Team.id).where(Team.event_id == event_id).order_by(Team.id)).first()
    kit = team_kit(store, team_id)
    data, key = export_team_file(store, team_id), bytes.fromhex(kit["key"])
    store.engine.dispose()
    return folder / "facilitator.sqlite", data, key, kit, team_id


@pytest.fixture
def facilitator(prepared, tmp_path):
    shutil.copy(prepared[0], tmp_path / "f.sqlite")
    store = open_store(f"sqlite:///{tmp_path / 'f.sqlite'}")
    yield store
    store.engine.dispose()


def _import(store, data: bytes) -> None:
    before = dump(store)
    try:
        import_team_file(store, data, name="fuzzed.staatsprint-team")
    except DomainError as error:
        refused_with_message(error)
        assert dump(store) == before
    else:
        assert wrongly_typed(store) == []


@fuzz(60)
@given(edits=byte_edits, cut=cuts)
@example(edits=[(0, b"")], cut=0)
def test_a_team_file_with_its_bytes_mutated(facilitator, prepared, edits, cut):
    _import(facilitator, mutated(prepared[1], edits, cut))


@fuzz(150)
@given(choice=st.integers(0, 1 << 30), replacement=json_values, delete=st.booleans(), newer=st.booleans())
@example(choice=0, replacement=10**30, delete=False, newer=True)
def test_a_team_file_whose_body_was_mutated_and_sealed_again(facilitator, prepared, choice, replacement, delete, newer):
    """``newer``: a value inside a row, the row's version raised, so the merge writes it rather than keeps ours."""
    body = json.loads(prepared[1])["body"]
    places = paths_in(body)[1:]
    if newer:
        places = [p for p in places if len(p) == 5 and p[0] == "tables" and p[2] == "rows" and p[4] != 0]
    place = places[choice % len(places)]
    if newer:
        row = body["tables"][place[1]]["rows"][place[3]]
        row[0] += 1
    set_at(body, place, replacement, delete and not newer)
    try:
        data = seal(KIND, body, prepared[2])
    except ValueError:  # a float cannot be sealed: the file carries it unsigned, as an altered file would
        document = json.loads(prepared[1])
        document["body"] = body
        data = json.dumps(document).encode()
    _import(facilitator, data)


def test_the_valid_team_file_merges(facilitator, prepared):
    import_team_file(facilitator, prepared[1], name="team.staatsprint-team")


@fuzz(40)
@given(choice=st.integers(0, 1 << 20), replacement=json_values, delete=st.booleans(), edits=st.none() | byte_edits)
def test_a_team_kit_mutated_signs_nothing_it_should_not(facilitator, prepared, tmp_path_factory, choice, replacement, delete, edits):
    """A team laptop's kit, its values or bytes mutated: read and used to sign, or refused with a message."""
    kit = json.loads(json.dumps(prepared[3]))
    places = paths_in(kit)[1:]
    set_at(kit, places[choice % len(places)], replacement, delete)
    data = json.dumps(kit).encode()
    if edits is not None:
        data = mutated(json.dumps(prepared[3]).encode(), edits, None)
    path = tmp_path_factory.mktemp("kit") / "team.staatsprint-teamkit"
    path.write_bytes(data)
    try:
        signed = export_team_file(facilitator, prepared[4], read_team_kit(path))
    except DomainError as error:
        refused_with_message(error)
        return
    _import(facilitator, signed)  # signed with whatever key the kit held: merged only when it is the team's
