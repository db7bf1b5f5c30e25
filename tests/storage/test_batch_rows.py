"""Rows made many at a time (a new event, the demo): one INSERT per table, the same checks as one by one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import new_members, new_role, new_team
from app.paths import template_path
from app.storage.store import insert_many
from db.models import Team
from tests.statements import counted


@pytest.fixture
def event_id(store) -> int:
    return create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))


def _teams(store) -> list[Team]:
    with store.read() as session:
        return list(session.exec(select(Team).order_by(Team.number)).scalars())


def test_many_rows_are_one_insert_and_each_row_gets_its_id(store, event_id):
    batches = []
    store.feed.subscribe(batches.append)
    teams = [new_team(event_id, None, number, f"Team {number}") for number in range(1, 41)]
    with counted(store.engine) as sent, store.write() as session:
        insert_many(store, session, teams, "number")
    assert len(sent.starting("INSERT")) == 1
    assert {(t.id, t.number, t.name) for t in teams} == {(t.id, t.number, t.name) for t in _teams(store)}
    assert sorted(c.row_id for c in batches[0]) == sorted(t.id for t in teams)
    assert all(c.table == "team" and c.action == "insert" and c.event_id == event_id for c in batches[0])


def test_rows_the_columns_do_not_tell_apart_are_refused_and_nothing_is_made(store, event_id):
    teams = [new_team(event_id, None, 1, "Een"), new_team(event_id, None, 1, "Twee")]
    with pytest.raises(ValueError, match="not told apart"):
        with store.write() as session:
            insert_many(store, session, teams, "number")
    assert _teams(store) == []


def test_many_rows_are_made_only_inside_a_write(store, event_id):
    with store.read() as session, pytest.raises(RuntimeError):
        insert_many(store, session, [new_team(event_id, None, 1, None)])
    assert _teams(store) == []


def test_new_members_are_checked_as_one_by_one():
    members = new_members(1, 7, [("  Anna   de Vries ", {"who": " Anna ", "why": " "}), ("Bram", {})])
    assert [(m.team_id, m.position, m.name, m.kennismaking) for m in members] == [
        (7, 0, "Anna de Vries", {"who": "Anna"}), (7, 1, "Bram", {})]
    with pytest.raises(DomainError) as twice:
        new_members(1, 7, [("Anna", {}), ("anna ", {})])
    assert twice.value.code == "member_name_duplicate" and twice.value.params == {"name": "anna"}


def test_a_new_role_must_be_the_templates(staatsprint_template):
    assert new_role(staatsprint_template, 3, "captain", 9).member_id == 9
    with pytest.raises(DomainError) as unknown:
        new_role(staatsprint_template, 3, "chef", 9)
    assert unknown.value.code == "role_unknown"
