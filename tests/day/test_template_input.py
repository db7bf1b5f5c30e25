"""Template files as people make them: strict types, no blank titles, a byte order mark, a size
limit and deep nesting — each refused (or read) with a message naming the key or line, and a
refused template creates nothing."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import build_parser, run_command
from app.day.template_file import (
    MAX_BYTES,
    MAX_NESTING,
    TemplateError,
    load_template,
    parse_template,
)
from app.event.events import (
    create_event,
    create_event_from_file,
    event_template,
    get_event,
    list_events,
)
from db.models import Event
from tests.conftest import MINI_TEMPLATE
from tests.test_text import everything

MINI = MINI_TEMPLATE.read_text(encoding="utf-8")
STEP = "phases[0] (verkennen).steps[0] (ideas_dump)"


def _broken(replace: str, by: str) -> str:
    assert replace in MINI, replace
    return MINI.replace(replace, by, 1)


BAD = {
    "minutes as text": (_broken("minutes = 3\n", 'minutes = "3"\n'),
                        f"{STEP}.minutes: Input should be a valid integer, not text in quotes ('3')"),
    "minutes as a decimal": (_broken("minutes = 3\n", "minutes = 3.0\n"),
                             f"{STEP}.minutes: Input should be a valid integer, not a decimal number (3.0)"),
    "a rule as a number": (_broken("individual = true, one_per_note", "individual = 1, one_per_note"),
                           f"{STEP}.rules.individual: Input should be a valid boolean, not a number (1)"),
    "a budget as text": (_broken("budget_per_member = 5", 'budget_per_member = "5"'),
                         "phases[0] (verkennen).steps[2] (pain_vote).rules.budget_per_member: Input should be a valid integer"),
    "a title of spaces": (_broken('title = { nl = "Alles eruit"', 'title = { nl = "   "'),
                          f"{STEP}.title.nl: must not be empty or only spaces"),
    "an empty title": (_broken('title = { nl = "Welkom", en = "Welcome" }', 'title = { nl = "Welkom", en = "" }'),
                       "programme[0].title.en: must not be empty or only spaces"),
    "an escape character": (_broken('en = "Get it all out"', 'en = "Get it \\u001b[31mall out"'),
                            f"{STEP}.title.en: holds the control character U+001B; remove it"),
    "a NUL": (_broken('nl = "Mini-sprint"', 'nl = "Mini\\u0000sprint"'), "meta.title.nl: holds the control character U+0000"),
    "a programme title too long for its column": (
        _broken('title = { nl = "Koffie", en = "Coffee" }', f'title = {{ nl = "Koffie", en = "{"C" * 201}" }}'),
        "programme[2]: the title has at most 200 characters (the programme stores it)"),
    "an event title too long for its column": (
        _broken('title = { nl = "Mini-sprint", en = "Mini sprint" }', f'title = {{ nl = "{"M" * 201}", en = "Mini sprint" }}'),
        "meta: the title has at most 200 characters (it is a new event's name)"),
    "nested too deep": (_broken("[meta]\n", "[meta]\ndeep = " + "[" * 1000 + "]" * 1000 + "\n"),
                        f"line 5: arrays, tables or dotted keys are nested more than {MAX_NESTING} deep"),
    "a table nested too deep": (_broken("[meta]\n", "[meta]\ndeep = " + "{ a = " * 500 + "1" + " }" * 500 + "\n"),
                                "line 5: arrays, tables or dotted keys are nested more than"),
    "a dotted key too deep": (_broken("[meta]\n", "[meta]\n" + "a." * 100_000 + "b = 1\n"), "line 5: arrays, tables or dotted keys"),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_a_bad_template_is_refused_with_the_key_and_the_problem(case):
    source, expected = BAD[case]
    with pytest.raises(TemplateError) as caught:
        parse_template(source, "mini-sprint.toml")
    message = str(caught.value)
    assert message.startswith("mini-sprint.toml: ") and expected in message


def test_strict_types_still_read_enum_values_and_the_shipped_templates(staatsprint_template, mini_template):
    assert staatsprint_template.step("dot_vote").rules.votes_on.value == "knelpunten"
    assert mini_template.programme[0].kind.value == "plenary"
    with pytest.raises(TemplateError, match=r"kind: Input should be 'brain_dump'"):
        parse_template(_broken('kind = "brain_dump"', "kind = 1"), "mini-sprint.toml")


def test_a_template_with_a_byte_order_mark_is_read(tmp_path: Path, store):
    notepad = tmp_path / "notepad.toml"
    notepad.write_bytes(b"\xef\xbb\xbf" + MINI.replace("\n", "\r\n").encode("utf-8"))
    assert load_template(notepad).meta.key == "mini_sprint"
    create_event_from_file(store, notepad, date(2026, 3, 11))
    assert [e.template_key for e in list_events(store)] == ["mini_sprint"]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path):
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as handle:
        handle.truncate(120_000_000)  # sparse: 120 MB on paper, nothing on disk
    with pytest.raises(TemplateError) as caught:
        load_template(huge)
    assert caught.value.code == "template_too_big"
    assert str(caught.value).startswith("huge.toml: the file is larger than 1 MB")


def test_a_file_just_under_the_limit_is_still_read(tmp_path: Path):
    padded = tmp_path / "padded.toml"
    padding = "#" * (MAX_BYTES - len(MINI.encode("utf-8")) - 1) + "\n"
    padded.write_text(padding + MINI, encoding="utf-8")
    assert padded.stat().st_size == MAX_BYTES
    assert load_template(padded).meta.key == "mini_sprint"


def test_a_file_that_is_not_utf8_names_the_byte(tmp_path: Path):
    latin = tmp_path / "latin.toml"
    latin.write_bytes(MINI.replace("één", "\xe9\xe9n").encode("latin-1"))
    with pytest.raises(TemplateError, match=r"latin.toml: not UTF-8 text \(byte \d+ cannot be read\)"):
        load_template(latin)


@pytest.mark.parametrize("case", ["minutes as text", "a title of spaces", "nested too deep", "an escape character"])
def test_new_event_with_a_bad_template_changes_nothing(tmp_path: Path, store, case):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD[case][0], encoding="utf-8")
    before = everything(store)
    with pytest.raises(TemplateError) as caught:
        create_event_from_file(store, bad, date(2026, 3, 11))
    assert str(caught.value).startswith("bad.toml: ") and BAD[case][1] in str(caught.value)
    assert everything(store) == before


def test_the_command_line_refuses_a_huge_template_and_opens_no_database(tmp_path: Path, capsys):
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    db = tmp_path / "x.sqlite"
    args = build_parser().parse_args(["--db", f"sqlite:///{db}", "new-event", "--template", str(huge)])
    assert run_command(args, io.StringIO()) == 2
    assert "huge.toml: the file is larger than 1 MB" in capsys.readouterr().err
    assert not db.exists()


def test_an_event_made_before_these_checks_still_opens(store):
    event_id = create_event(store, MINI, date(2026, 3, 11))
    with store.write() as session:
        row = session.get(Event, event_id)
        carried = json.loads(row.template_json)
        carried["phases"][0]["steps"][0]["title"]["nl"] = "   "
        carried["meta"]["title"]["en"] = "Mini\x1b"
        carried["programme"][0]["title"]["en"] = "W" * 300
        row.template_json = json.dumps(carried)
    template = event_template(get_event(store, event_id))
    assert template.phases[0].steps[0].title.nl == "   " and template.meta.title.en == "Mini\x1b"
