"""Both engines accept and refuse the same text: every write of a person's text, on SQLite and
PostgreSQL, with the same message, and a refusal changes nothing in any table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from app.board import board
from app.day import programme
from app.errors import DomainError
from app.event import teams
from app.event.events import create_event, get_event
from app.outcomes import knelpunten
from app.paths import template_path
from app.text import LONG_TEXT_MAX, clean_block, clean_line, labelled, printable, shorten
from db.models import ALL_TABLES, Cluster, Knelpunt, Member, Note, Team

SOURCE = template_path("staatsprint").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Field:
    """One place people type text: how to write it, how to read it back, its limit and code."""

    code: str
    limit: int
    write: object  # (store, ids, value) -> None
    read: object  # (store, ids) -> str
    multiline: bool = False


def _row(store, model, row_id):
    with store.read() as session:
        return session.get(model, row_id)


def _new_event(store, ids, value, **kwargs):
    ids["new_event"] = create_event(store, SOURCE, date(2026, 3, 12), **kwargs)


FIELDS = [
    Field("event_name", 200, lambda s, i, v: _new_event(s, i, v, name=v), lambda s, i: get_event(s, i["new_event"]).name),
    Field("event_location", 200, lambda s, i, v: _new_event(s, i, v, location=v), lambda s, i: get_event(s, i["new_event"]).location),
    Field("announcement", 140, lambda s, i, v: programme.set_announcement(s, i["event"], v), lambda s, i: get_event(s, i["event"]).announcement),
    Field("team_name", 80, lambda s, i, v: teams.set_team_name(s, i["team"], v), lambda s, i: _row(s, Team, i["team"]).name),
    Field("member_name", 80, lambda s, i, v: teams.add_member(s, i["team"], v), lambda s, i: _row(s, Member, max(_ids(s, Member))).name),
    Field("member_name", 80, lambda s, i, v: teams.rename_member(s, i["member"], v), lambda s, i: _row(s, Member, i["member"]).name),
    Field("answer", LONG_TEXT_MAX, lambda s, i, v: teams.set_kennismaking(s, i["member"], {"who": v}),
          lambda s, i: _row(s, Member, i["member"]).kennismaking["who"], multiline=True),
    Field("note", LONG_TEXT_MAX, lambda s, i, v: board.add_note(s, i["team"], "braindump", None, v, 0, 0),
          lambda s, i: _row(s, Note, max(_ids(s, Note))).text, multiline=True),
    Field("note", LONG_TEXT_MAX, lambda s, i, v: board.edit_note(s, i["note"], v), lambda s, i: _row(s, Note, i["note"]).text, multiline=True),
    Field("cluster_name", 120, lambda s, i, v: board.add_cluster(s, i["team"], "clustering", v, (0, 0, 10, 10)),
          lambda s, i: _row(s, Cluster, max(_ids(s, Cluster))).name),
    Field("cluster_name", 120, lambda s, i, v: board.rename_cluster(s, i["cluster"], v), lambda s, i: _row(s, Cluster, i["cluster"]).name),
    Field("knelpunt", 200, lambda s, i, v: knelpunten.add_knelpunt(s, i["team"], v), lambda s, i: _row(s, Knelpunt, max(_ids(s, Knelpunt))).title),
    Field("answer", LONG_TEXT_MAX, lambda s, i, v: knelpunten.update_knelpunt(s, i["knelpunt"], "Titel", {"who": v}),
          lambda s, i: _row(s, Knelpunt, i["knelpunt"]).answers["who"], multiline=True),
]
FIELD_IDS = [f"{f.code}-{n}" for n, f in enumerate(FIELDS)]


def _ids(store, model) -> list[int]:
    with store.read() as session:
        return list(session.exec(select(model.id)).scalars())


@pytest.fixture
def ids(store) -> dict[str, int]:
    event = create_event(store, SOURCE, date(2026, 3, 11))
    team = teams.add_team(store, event, "markt_overheid")
    return {
        "event": event,
        "team": team,
        "member": teams.add_member(store, team, "Anna"),
        "note": board.add_note(store, team, "braindump", None, "Een gedachte", 0, 0),
        "cluster": board.add_cluster(store, team, "clustering", "Een cluster", (0, 0, 10, 10)),
        "knelpunt": knelpunten.add_knelpunt(store, team, "Een knelpunt"),
    }


def everything(store) -> dict[str, list]:
    """Every row of every table: what 'nothing changed' compares."""
    with store.read() as session:
        return {name: [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key.columns))]
                for name, table in ALL_TABLES.tables.items()}


def _refusals(limit: int) -> list[tuple[str, str, str]]:
    """(what, text, expected code) of texts no engine may be given."""
    return [
        ("NUL", "Anna\x00Bakker", "text_control"),
        ("escape", "\x1b[31mrood", "text_control"),
        ("delete", "x\x7fy", "text_control"),
        ("C1 control", "x\x9by", "text_control"),
        ("lone surrogate", "Anna\ud800", "text_surrogate"),
        ("one too long", "x" * (limit + 1), "_long"),
        ("emoji one too many", "😀" * (limit + 1), "_long"),
    ]


@pytest.mark.parametrize("field", FIELDS, ids=FIELD_IDS)
def test_refused_text_gets_a_message_and_changes_nothing(store, ids, field):
    before = everything(store)
    for what, text, code in _refusals(field.limit):
        with pytest.raises(DomainError) as caught:
            field.write(store, ids, text)
        error = caught.value
        expected = field.code + code if code == "_long" else code
        assert error.code == expected, what
        if code == "_long":
            assert error.params["limit"] == field.limit and f"at most {field.limit} characters" in error.message
        else:
            assert error.params["field"] == field.code and "U+" in error.message and error.params["char"] in error.message
        assert everything(store) == before, f"{what} changed the database"


@pytest.mark.parametrize("field", FIELDS, ids=FIELD_IDS)
def test_text_up_to_the_limit_is_kept_as_typed(store, ids, field):
    for text in ("x" * field.limit, "😀" * field.limit, "Ééñ 漢字 👩‍💻 ok"):
        field.write(store, ids, text)
        assert field.read(store, ids) == text


@pytest.mark.parametrize("field", [f for f in FIELDS if f.multiline], ids=[i for f, i in zip(FIELDS, FIELD_IDS) if f.multiline])
def test_multi_line_text_keeps_its_line_breaks_and_tabs(store, ids, field):
    field.write(store, ids, "eerste regel\r\n\tingesprongen\rlaatste  ")
    assert field.read(store, ids) == "eerste regel\n\tingesprongen\nlaatste"


@pytest.mark.parametrize("field", [f for f in FIELDS if not f.multiline], ids=[i for f, i in zip(FIELDS, FIELD_IDS) if not f.multiline])
def test_one_line_text_folds_line_breaks_and_tabs(store, ids, field):
    field.write(store, ids, " Team\n\tvan  Anna ")
    assert field.read(store, ids) == "Team van Anna"


def test_a_refused_answer_among_good_ones_writes_none_of_them(store, ids):
    before = everything(store)
    with pytest.raises(DomainError):
        teams.set_kennismaking(store, ids["member"], {"who": "Anna", "role": "y" * (LONG_TEXT_MAX + 1)})
    assert everything(store) == before


def test_a_kennismaking_answer_of_100k_characters_is_refused_on_adding_the_member(store, ids):
    before = everything(store)
    with pytest.raises(DomainError) as caught:
        teams.add_member(store, ids["team"], "Bram", {"motivation": "z" * 100_000})
    assert caught.value.code == "answer_long" and caught.value.params["length"] == 100_000
    assert everything(store) == before


# -- the checks themselves, without a database ------------------------------------
def test_clean_line_and_block_differ_only_in_line_breaks():
    assert clean_line("  a \n b\t c ", 10, "x") == "a b c"
    assert clean_block("  a \r\n b\t c ", 10, "x") == "a \n b\t c"
    with pytest.raises(DomainError) as caught:
        clean_line("   ", 10, "member_name", required=True)
    assert caught.value.code == "member_name_empty"


def test_shorten_keeps_a_list_entry_to_one_bounded_line():
    assert shorten("Gemeente\nUtrecht", 40) == "Gemeente Utrecht"
    assert shorten("x" * 100_000, 40) == "x" * 39 + "…"


def test_printable_shows_what_a_terminal_would_obey():
    assert printable("Team \x1b[2J\x00") == "Team \\x1b[2J\\x00"
    assert printable("a\nb\u202ec\ud800") == "a\\nb\\u202ec\\ud800"
    assert printable("Chloë 😀 漢") == "Chloë 😀 漢"


@pytest.mark.parametrize(("label", "text", "line"), [
    ("Bestuurder", "Jan, Piet", "Bestuurder: Jan, Piet"),
    ("Wie speelt welke rol?", "De gemeente trekt", "Wie speelt welke rol? De gemeente trekt"),
    ("Zelfde als:", "de vraag", "Zelfde als: de vraag"),
    ("Klaar!", "ja", "Klaar! ja"),
    ("Welk doel is bereikt? ", "Tien gemeenten", "Welk doel is bereikt? Tien gemeenten"),
])
def test_a_label_gets_a_colon_only_when_it_has_no_mark_of_its_own(label, text, line):
    assert labelled(label, text) == line
