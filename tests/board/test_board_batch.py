"""Actions on a selection of notes are one SQL statement, not one per note, and still refuse,
version and announce like any change.

What is counted: see tests/statements.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.board.board import (
    add_cluster,
    assign_each,
    assign_notes,
    colour_each,
    colour_notes,
    delete_notes,
    move_notes,
    notes,
    restore_notes,
)
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from db.models import Note
from tests.statements import Statements

SELECTION = 500
@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    return team_id, add_member(store, team_id, "Anna")


@pytest.fixture
def statements(store):
    return Statements(store.engine)


@pytest.fixture
def heard(store):
    batches = []
    store.feed.subscribe(batches.append)
    return batches


def many_notes(store, team_id: int, author_id: int, count: int) -> list[int]:
    rows = [dict(team_id=team_id, step_key="clustering", author_id=author_id, author_name="Anna", text=f"note {i}",
                 colour="yellow", x=float(i), y=0.0, part_key="") for i in range(count)]
    with store.write() as session:
        return sorted(row.id for row in store.insert_rows(session, Note.__table__, rows))


def versions(store, note_ids) -> dict[int, int]:
    with store.read() as session:
        return dict(session.execute(select(Note.id, Note.version).where(Note.id.in_(note_ids))).all())


def state(store, team_id):
    return notes(store, team_id, ["clustering"])


def test_a_batch_colour_of_500_notes_is_one_statement_that_versions_and_announces_every_note(store, team, statements, heard):
    team_id, anna = team
    ids = many_notes(store, team_id, anna, SELECTION)
    heard.clear()
    statements.clear()
    colour_notes(store, ids, "green")
    assert len(statements.seen) == 1 and statements.starting("UPDATE")
    assert {n.colour for n in state(store, team_id)} == {"green"}
    assert set(versions(store, ids).values()) == {2}
    (batch,) = heard
    assert sorted(c.row_id for c in batch) == ids and {(c.table, c.action, c.team_id) for c in batch} == {("note", "update", team_id)}


def test_a_selection_moved_is_one_statement_with_each_note_its_own_place(store, team, statements, heard):
    team_id, anna = team
    ids = many_notes(store, team_id, anna, SELECTION)
    places = {note_id: (1000.0 + index, 50.0 * index) for index, note_id in enumerate(ids)}
    heard.clear()
    statements.clear()
    move_notes(store, places)
    assert len(statements.seen) == 1 and statements.starting("UPDATE")
    assert {n.id: (n.x, n.y) for n in state(store, team_id)} == places
    assert set(versions(store, ids).values()) == {2}
    assert sorted(c.row_id for c in heard[0]) == ids


def test_a_selection_put_in_a_cluster_is_one_update_after_one_read_of_where_the_notes_were(store, team, statements, heard):
    team_id, anna = team
    ids = many_notes(store, team_id, anna, SELECTION)
    cluster_id = add_cluster(store, team_id, "clustering", "Geld", (0, 0, 400, 300), ids[:3])
    heard.clear()
    statements.clear()
    before = assign_notes(store, ids, cluster_id)
    assert len(statements.starting("UPDATE")) == 1 and len(statements.starting("SELECT")) == 1 and len(statements.seen) == 2
    assert before == {note_id: (cluster_id if note_id in ids[:3] else None) for note_id in ids}
    assert {n.cluster_id for n in state(store, team_id)} == {cluster_id}
    assert sorted(c.row_id for c in heard[0]) == ids


def test_deleting_a_selection_is_one_delete_and_undo_one_insert_whatever_its_size(store, team, statements, heard):
    team_id, anna = team
    ids = many_notes(store, team_id, anna, SELECTION)
    kept = state(store, team_id)
    counted = {}
    for size in (5, SELECTION - 5):
        chosen = ids[:size] if size == 5 else ids[5:]
        statements.clear()
        gone, dots = delete_notes(store, chosen)
        counted[size, "delete"] = (len(statements.seen), len(statements.starting("DELETE")))
        assert [n.id for n in gone] == chosen
        statements.clear()
        restore_notes(store, gone, dots)
        counted[size, "restore"] = (len(statements.seen), len(statements.starting("INSERT")))
    assert counted[5, "delete"] == counted[SELECTION - 5, "delete"] and counted[5, "delete"][1] == 1
    assert counted[5, "restore"] == counted[SELECTION - 5, "restore"] and counted[5, "restore"][1] == 1
    assert state(store, team_id) == kept
    deleted, restored = heard[-2], heard[-1]
    assert sorted(c.row_id for c in deleted) == ids[5:] and {c.action for c in deleted} == {"delete"}
    assert sorted(c.row_id for c in restored) == ids[5:] and {c.action for c in restored} == {"insert"}


def test_undo_of_a_batch_gives_each_note_its_own_colour_and_cluster_back_in_one_statement(store, team, statements):
    team_id, anna = team
    ids = many_notes(store, team_id, anna, 6)
    left = add_cluster(store, team_id, "clustering", "Links", (0, 0, 400, 300), ids[:2])
    right = add_cluster(store, team_id, "clustering", "Rechts", (500, 0, 400, 300), ids[2:4])
    colour_each(store, dict(zip(ids, ["peach", "green", "blue", "lilac", "yellow", "green"])))
    before = state(store, team_id)
    colours = {n.id: n.colour for n in before}
    clusters_before = assign_notes(store, ids, right)
    colour_notes(store, ids, "blue")
    statements.clear()
    colour_each(store, colours)
    assert len(statements.seen) == 1
    statements.clear()
    assert assign_each(store, clusters_before) == dict.fromkeys(ids, right)
    assert len(statements.starting("UPDATE")) == 1
    assert [(n.colour, n.cluster_id) for n in state(store, team_id)] == [(n.colour, n.cluster_id) for n in before]
    assert [n.cluster_id for n in before] == [left, left, right, right, None, None]
    with pytest.raises(DomainError):
        colour_each(store, {ids[0]: "purple"})


def _colour(store, ids):
    colour_notes(store, ids, "blue")


def _move(store, ids):
    move_notes(store, {note_id: (500.0 + index, 0.0) for index, note_id in enumerate(ids)})


def _assign(store, ids):
    assign_notes(store, ids, None)


def _delete(store, ids):
    delete_notes(store, ids)


@pytest.mark.parametrize("action", [_colour, _move, _assign, _delete], ids=["colour", "move", "assign", "delete"])
def test_a_note_removed_meanwhile_refuses_the_whole_batch_and_changes_nothing(store, team, heard, action):
    team_id, anna = team
    ids = many_notes(store, team_id, anna, 20)
    delete_notes(store, [ids[7]])  # on another laptop, say
    before, before_versions = state(store, team_id), versions(store, ids)
    heard.clear()
    with pytest.raises(DomainError) as refused:
        action(store, ids)
    assert (refused.value.code, str(refused.value)) == ("note_missing", f"there is no note {ids[7]}")
    assert state(store, team_id) == before and versions(store, ids) == before_versions
    assert heard == []
