"""Removing a member: their notes keep a readable author; a revealed vote keeps their dots, an open one gives them back."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlmodel import select

from app.board.board import add_note, notes
from app.event.events import create_event
from app.event.teams import add_member, add_team, removal, remove_member
from app.outcomes.knelpunten import add_knelpunt
from app.paths import template_path
from app.voting.vote_step import result, reveal
from app.voting.voting import ballots, cast
from db.models import Member, Note, Vote

NOW = datetime(2026, 3, 11, 11, 0, tzinfo=timezone.utc)


@pytest.fixture
def voted(store, staatsprint_template):
    """Four members have placed all ten dots each on two knelpunten (40 dots); Anna wrote two notes."""
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    people = [add_member(store, team_id, n) for n in ("Anna de Wit", "Bram", "Cas", "Dewi")]
    step = staatsprint_template.step("dot_vote")
    items = [add_knelpunt(store, team_id, "Inkoop"), add_knelpunt(store, team_id, "Data")]
    for voter, spread in zip(people, ((7, 3), (2, 8), (10, 0), (5, 5))):
        for target, count in zip(items, spread):
            for _ in range(count):
                cast(store, step.rules, team_id, step.key, voter, target)
    for text in ("Formulieren zijn te lang", "Niemand kent de regels"):
        add_note(store, team_id, "braindump", people[0], text, 0, 0)
    return event_id, team_id, people, step, items


def _names(store, team_id) -> dict[int, str]:
    with store.read() as session:
        return {m.id: m.name for m in session.exec(select(Member).where(Member.team_id == team_id))}


def test_after_the_reveal_the_dots_stay_and_the_notes_keep_their_author(store, voted, staatsprint_template):
    event_id, team_id, (anna, *_others), step, (inkoop, data) = voted
    reveal(store, event_id, team_id, step, NOW)
    assert removal(store, anna).notes == 2
    assert (removal(store, anna).dots_kept, removal(store, anna).dots_taken_back) == (10, 0)
    before = result(store, staatsprint_template, team_id, step).ranking
    assert before == ((inkoop, 24), (data, 16))
    remove_member(store, anna)
    assert result(store, staatsprint_template, team_id, step).ranking == before  # 40 dots, still 40
    with store.read() as session:
        kept = session.exec(select(Vote).where(Vote.voter_id.is_(None))).all()
    assert {(v.voter_name, v.dots) for v in kept} == {("Anna de Wit", 7), ("Anna de Wit", 3)}
    board = notes(store, team_id, ["braindump"])
    assert [n.author(_names(store, team_id)) for n in board] == ["Anna de Wit", "Anna de Wit"]


def test_before_the_reveal_their_dots_are_taken_back(store, voted, staatsprint_template):
    _event_id, team_id, (anna, *_others), step, (inkoop, data) = voted
    effects = removal(store, anna)
    assert (effects.notes, effects.dots_kept, effects.dots_taken_back) == (2, 0, 10)
    remove_member(store, anna)
    assert result(store, staatsprint_template, team_id, step).ranking == ((inkoop, 17), (data, 13))
    assert all(b.voter_id is not None for b in ballots(store, team_id, step.key))
    with store.read() as session:
        assert [n.author_name for n in session.exec(select(Note))] == ["Anna de Wit", "Anna de Wit"]


def test_a_member_without_work_leaves_nothing_behind(store, voted):
    _event_id, team_id, _people, _step, _items = voted
    eva = add_member(store, team_id, "Eva")
    effects = removal(store, eva)
    assert (effects.notes, effects.dots_kept, effects.dots_taken_back) == (0, 0, 0)
    remove_member(store, eva)
    with store.read() as session:
        assert session.get(Member, eva) is None


def test_a_note_carries_its_authors_name_from_the_start_and_through_a_rename(store, voted):
    _event_id, team_id, (anna, *_others), _step, _items = voted
    from app.event.teams import rename_member

    rename_member(store, anna, "Anna de Wit-Bakker")
    assert {n.author_name for n in notes(store, team_id, ["braindump"])} == {"Anna de Wit-Bakker"}


def test_undoing_a_delete_after_the_author_left_brings_the_note_back_with_their_name(store, voted):
    from app.board.board import delete_notes, restore_notes

    _event_id, team_id, (anna, *_others), _step, _items = voted
    gone, dots = delete_notes(store, [n.id for n in notes(store, team_id, ["braindump"])])
    remove_member(store, anna)
    restore_notes(store, gone, dots)
    back = notes(store, team_id, ["braindump"])
    assert [(n.author_id, n.author(_names(store, team_id))) for n in back] == [(None, "Anna de Wit"), (None, "Anna de Wit")]
