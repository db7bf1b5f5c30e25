"""The template loader fuzzed: arbitrary bytes, a valid template's bytes mutated, its lines mutated
(a value replaced by another TOML value, a line dropped or doubled), and its data mutated as the event
editor hands it to ``validate_template``. Every input either makes an event or is refused with a
TemplateError (a DomainError with a message) and the database is as it was."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.day.template_file import TemplateError, parse_template, validate_template
from app.errors import DomainError
from app.event.events import create_event_from_file
from app.storage.database import open_store
from tests.conftest import MINI_TEMPLATE
from tests.fuzz.common import byte_edits, cuts, dump, fuzz, json_values, mutated, paths_in, refused_with_message, set_at

SOURCE = MINI_TEMPLATE.read_bytes()
LINES = SOURCE.decode("utf-8").splitlines()
DAY = date(2027, 3, 10)

toml_values = st.sampled_from([
    '""', '" "', '"\\u0000"', '"\\u001b[2J"', '"x"', "0", "-1", "1", "99999999999999999999", "1e400", "nan", "inf",
    "true", "[]", "[1, 2]", '["a", "a"]', "{}", '{ nl = "", en = "" }', '{ nl = "a" }', "1979-05-27", "07:32:00",
    '"25:99"', '"13:00"', '"Europe/Nowhere"', '"' + "x" * 300 + '"', "[[[]]]", '{ a = { b = { c = 1 } } }',
]) | st.text(max_size=10).map(lambda text: '"' + text.replace("\\", "").replace('"', "") + '"')


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'event.sqlite'}")
    create_event_from_file(store, MINI_TEMPLATE, DAY)  # the database holds an event already
    yield store
    store.engine.dispose()


def _make_event(store, tmp_path, data: bytes) -> None:
    path = tmp_path / "fuzzed.toml"
    path.write_bytes(data)
    before = dump(store)
    try:
        create_event_from_file(store, path, DAY)
    except DomainError as error:
        refused_with_message(error)
        assert dump(store) == before


@fuzz(120)
@given(data=st.binary(max_size=400))
@example(data=b"\xef\xbb\xbf")
@example(data=b"[" * 5000)
@example(data=b"a." * 5000 + b"b = 1")
def test_arbitrary_bytes_are_refused_with_a_message(store, tmp_path, data):
    _make_event(store, tmp_path, data)


@fuzz(120)
@given(edits=byte_edits, cut=cuts)
def test_a_valid_template_with_its_bytes_mutated(store, tmp_path, edits, cut):
    _make_event(store, tmp_path, mutated(SOURCE, edits, cut))


@fuzz(150)
@given(line=st.integers(0, len(LINES) - 1), action=st.sampled_from(["value", "drop", "double"]), value=toml_values)
def test_a_valid_template_with_a_line_mutated(store, tmp_path, line, action, value):
    lines = list(LINES)
    if action == "drop":
        del lines[line]
    elif action == "double":
        lines.insert(line, lines[line])
    elif "=" in lines[line]:
        lines[line] = lines[line].split("=", 1)[0] + "= " + value
    _make_event(store, tmp_path, "\n".join(lines).encode("utf-8"))


@fuzz(150)
@given(choice=st.integers(0, 100_000), replacement=json_values, delete=st.booleans())
def test_template_data_mutated_as_the_editor_would_hand_it(choice, replacement, delete):
    raw = tomllib.loads(SOURCE.decode("utf-8"))
    places = paths_in(raw)[1:]
    set_at(raw, places[choice % len(places)], replacement, delete)
    try:
        validate_template(raw, "fuzzed.toml")
    except TemplateError as error:
        refused_with_message(error)
        assert "fuzzed.toml" in str(error)


def test_the_valid_template_still_loads():
    assert parse_template(SOURCE.decode("utf-8"), "mini.toml").meta.key == "mini_sprint"
