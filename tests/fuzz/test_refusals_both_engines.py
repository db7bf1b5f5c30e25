"""Inputs the fuzzers refuse, on both engines: each importer's refusal changes nothing in the database,
also on PostgreSQL (the fuzzers themselves run on SQLite to stay fast). A damaged row late in a file
proves a merge or an import is all or nothing."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from app.demo.event import create_demo_event
from app.errors import DomainError
from app.event.events import create_event_from_file
from app.jury.merge import import_juror_files
from app.participants.import_command import command_fields
from app.participants.import_plan import import_participants
from app.participants.import_read import read_registration
from app.signed.sealed import seal
from app.sync.team_file import KIND, export_team_file, import_team_file, team_kit
from db.models import Team
from tests.conftest import MINI_TEMPLATE
from tests.fuzz.common import dump
from tests.jury.conftest import make_jury_event

BAD_TEMPLATES = [b"[" * 5000, b"\xff\xfe\x00garbage", MINI_TEMPLATE.read_bytes().replace(b'start = "13:10"', b'start = "25:99"'),
                 MINI_TEMPLATE.read_bytes().replace(b'key = "mini_sprint"', b'key = ""'), MINI_TEMPLATE.read_bytes()[:-200]]


@pytest.mark.parametrize("index", range(len(BAD_TEMPLATES)))
def test_a_refused_template_makes_no_event(store, tmp_path, index):
    create_event_from_file(store, MINI_TEMPLATE, date(2027, 3, 10))
    path = tmp_path / "bad.toml"
    path.write_bytes(BAD_TEMPLATES[index])
    before = dump(store)
    with pytest.raises(DomainError) as caught:
        create_event_from_file(store, path, date(2027, 3, 10))
    assert "bad.toml" in str(caught.value)
    assert dump(store) == before


BAD_CSV = [b"Naam;E-mailadres\r\nAnna;anna@example.nl\r\nBram;geen-adres\r\n",  # the last row refused: nothing imported
           b'Naam;E-mailadres\r\n"Anna;anna@example.nl\r\n', b"\x00\x01\x02", b"PK\x03\x04broken zip"]


@pytest.mark.parametrize("index", range(len(BAD_CSV)))
def test_a_refused_registration_file_imports_nobody(store, tmp_path, index):
    event_id = create_event_from_file(store, MINI_TEMPLATE, date(2027, 3, 10))
    path = tmp_path / "aanmeldingen.csv"
    path.write_bytes(BAD_CSV[index])
    before = dump(store)
    with pytest.raises(DomainError) as caught:
        table = read_registration(path)
        import_participants(store, event_id, table, command_fields(store, table, []), "en")
    assert str(caught.value)
    assert dump(store) == before


# What the fuzzer found (each merged rows of the wrong kind or crashed before the fix in app/sync/row_codec.py),
# put in the LAST vote row, its version raised so the merge writes it (after other tables merged).
VOTE_DAMAGES = [("dots", 10**30), ("voter_name", []), ("voter_name", {}), ("voter_name", True), ("voter_name", "x" * 81),
                ("id", {"a": 1}), ("dots", "not a number")]


def _team_file_damages(body: dict) -> list[dict]:
    found = []
    for column, value in VOTE_DAMAGES:
        damaged = json.loads(json.dumps(body))
        votes = damaged["tables"]["vote"]
        row = votes["rows"][-1]
        row[0] += 1
        row[votes["columns"].index(column)] = value
        found.append(damaged)
    cut = json.loads(json.dumps(body))
    cut["tables"]["note"]["rows"][-1] = cut["tables"]["note"]["rows"][-1][:3]
    return found + [cut]


def test_a_refused_team_file_merges_nothing(store):
    event_id = create_demo_event(store, datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc))
    with store.read() as session:
        team_id = session.scalars(select(Team.id).where(Team.event_id == event_id).order_by(Team.id)).first()
    data, key = export_team_file(store, team_id), bytes.fromhex(team_kit(store, team_id)["key"])
    body = json.loads(data)["body"]
    for damaged in _team_file_damages(body):
        before = dump(store)
        with pytest.raises(DomainError) as caught:
            import_team_file(store, seal(KIND, damaged, key), name="team.staatsprint-team")
        assert "team.staatsprint-team" in str(caught.value) or caught.value.params
        assert dump(store) == before


def test_a_refused_juror_file_scores_nothing(store, staatsprint_template, tmp_path):
    event = make_jury_event(store, staatsprint_template, tmp_path)
    bodies = []
    for value in ({"a": 1}, 999, "7", None):
        body = event.body("Anna")
        body["teams"][-1]["scores"][event.criteria[-1].key] = value
        bodies.append(body)
    for body in bodies:
        before = dump(store)
        result = import_juror_files(store, event.event_id, [event.write(event.sealed(body, "Anna"), "Anna.json")])
        assert result.files[0].outcome == "refused" and result.files[0].message
        assert dump(store) == before


def test_a_team_file_whose_column_name_is_not_text_is_refused(store):
    """Found by the fuzzer: a column name null made the merge raise SQLAlchemy's ArgumentError."""
    event_id = create_demo_event(store, datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc))
    with store.read() as session:
        team_id = session.scalars(select(Team.id).where(Team.event_id == event_id).order_by(Team.id)).first()
    data, key = export_team_file(store, team_id), bytes.fromhex(team_kit(store, team_id)["key"])
    body = json.loads(data)["body"]
    body["tables"]["note"]["columns"][3] = None
    before = dump(store)
    with pytest.raises(DomainError) as caught:
        import_team_file(store, seal(KIND, body, key), name="team.staatsprint-team")
    assert caught.value.code == "sync_file_broken"
    assert dump(store) == before


@pytest.mark.parametrize("tables", [None, "note"])
def test_a_team_file_whose_tables_are_not_a_table_of_tables_is_refused(store, tables):
    """Found by the deep fuzz run: ``"tables": null`` made the import raise TypeError."""
    event_id = create_demo_event(store, datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc))
    with store.read() as session:
        team_id = session.scalars(select(Team.id).where(Team.event_id == event_id).order_by(Team.id)).first()
    data, key = export_team_file(store, team_id), bytes.fromhex(team_kit(store, team_id)["key"])
    body = json.loads(data)["body"]
    body["tables"] = tables
    before = dump(store)
    with pytest.raises(DomainError) as caught:
        import_team_file(store, seal(KIND, body, key), name="team.staatsprint-team")
    assert caught.value.code in ("sync_file_broken", "team_file_other_team") and "team.staatsprint-team" in str(caught.value)
    assert dump(store) == before
