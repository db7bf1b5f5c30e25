"""The facilitator's moves on the board (both engines): placing a participant, empty teams, rooms,
absence, preferences, forgetting e-mail addresses, and the boards themselves. Refusals change nothing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select

from app.board.board import add_note
from app.errors import DomainError
from app.event.teams import add_team, set_role
from app.participants.placing import (
    add_empty_team,
    forget_emails,
    formation_boards,
    place_member,
    remove_team_if_empty,
    set_absent,
    set_challenge_pref,
    set_team_room,
)
from db.models import Member, Note, StepState, TeamRole
from tests.participants.formation_fixtures import registered


@pytest.fixture
def event(store):
    return registered(store)


def _refused(event, action, code: str) -> DomainError:
    before = event.state()
    with pytest.raises(DomainError) as caught:
        action()
    assert caught.value.code == code
    assert event.state() == before
    return caught.value


def test_a_participant_is_placed_at_a_position_and_back_among_the_unplaced(event):
    team = add_empty_team(event.store, event.event_id, "markt_overheid")
    anna, bram, cas = (event.add(name) for name in ("Anna", "Bram", "Cas"))
    place_member(event.store, anna, team)
    place_member(event.store, bram, team)
    place_member(event.store, cas, team, position=0)
    assert event.in_team(team) == ["Cas", "Anna", "Bram"]
    place_member(event.store, bram, team, position=1)  # reordered within the team
    assert event.in_team(team) == ["Cas", "Bram", "Anna"]
    place_member(event.store, cas, None)
    assert event.in_team(team) == ["Bram", "Anna"]
    assert event.team_of(cas) is None
    place_member(event.store, anna, team, position=99)  # past the end: last
    assert event.in_team(team) == ["Bram", "Anna"]


def test_a_namesake_is_refused_and_nothing_changes(event):
    team = add_empty_team(event.store, event.event_id, "markt_overheid")
    place_member(event.store, event.add("Jan de Vries", organisation="RVO"), team)
    other = event.add("JAN de Vries", organisation="UWV")
    error = _refused(event, lambda: place_member(event.store, other, team), "member_name_duplicate")
    assert error.params == {"name": "JAN de Vries"}


def test_a_missing_member_or_team_is_refused(event):
    someone = event.add("Anna")
    _refused(event, lambda: place_member(event.store, someone, 9999), "team_missing")
    _refused(event, lambda: place_member(event.store, 9999, None), "member_missing")


def test_leaving_a_team_costs_the_roles_there_and_the_notes_keep_the_name(event, staatsprint_template):
    team = add_empty_team(event.store, event.event_id, "markt_overheid")
    other = add_empty_team(event.store, event.event_id, "markt_overheid")
    anna = event.add("Anna de Wit")
    place_member(event.store, anna, team)
    set_role(event.store, team, "captain", anna, staatsprint_template)
    add_note(event.store, team, "braindump", anna, "Formulieren zijn te lang", 0, 0)
    place_member(event.store, anna, other)
    with event.store.read() as session:
        assert session.exec(select(TeamRole)).all() == []
        (note,) = session.exec(select(Note)).all()
    assert (note.team_id, note.author_id, note.author_name) == (team, None, "Anna de Wit")
    assert event.in_team(other) == ["Anna de Wit"]


def test_a_move_within_the_team_keeps_the_role(event, staatsprint_template):
    team = add_empty_team(event.store, event.event_id, "markt_overheid")
    anna, bram = event.add("Anna"), event.add("Bram")
    place_member(event.store, anna, team)
    place_member(event.store, bram, team)
    set_role(event.store, team, "captain", anna, staatsprint_template)
    place_member(event.store, anna, team, position=1)
    with event.store.read() as session:
        assert [r.member_id for r in session.exec(select(TeamRole)).all()] == [anna]


def test_an_empty_team_is_added_and_removed(event):
    team = add_empty_team(event.store, event.event_id, "it_personeel")
    (added,) = event.teams()
    assert (added.id, added.number, event.challenge_of(added), added.name) == (team, 1, "it_personeel", None)
    remove_team_if_empty(event.store, team)
    assert event.teams() == []


def test_a_team_with_members_or_work_is_not_removed(event):
    team = add_empty_team(event.store, event.event_id, "markt_overheid")
    anna = event.add("Anna", absent=True)
    place_member(event.store, anna, team)
    error = _refused(event, lambda: remove_team_if_empty(event.store, team), "team_has_members")
    assert error.params == {"number": 1, "count": 1}
    place_member(event.store, anna, None)
    with event.store.write() as session:
        session.add(StepState(event_id=event.event_id, team_id=team, step_key="braindump", duration_s=600,
                              started_at=datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)))
    error = _refused(event, lambda: remove_team_if_empty(event.store, team), "team_started")
    assert error.params == {"number": 1}
    _refused(event, lambda: remove_team_if_empty(event.store, 9999), "team_missing")


def test_a_room_is_set_cleaned_and_cleared(event):
    team = add_empty_team(event.store, event.event_id, "markt_overheid")
    set_team_room(event.store, team, "  Zaal   De Hofvijver ")
    assert event.teams()[0].room == "Zaal De Hofvijver"
    set_team_room(event.store, team, "")
    assert event.teams()[0].room == ""
    error = _refused(event, lambda: set_team_room(event.store, team, "x" * 81), "team_room_long")
    assert error.params == {"limit": 80, "length": 81}
    _refused(event, lambda: set_team_room(event.store, team, "Zaal\x00"), "text_control")


def test_absence_and_the_preferred_challenge_are_set(event):
    anna = event.add("Anna")
    set_absent(event.store, anna, True)
    set_challenge_pref(event.store, anna, "it_personeel")
    (member,) = event.members()
    assert (member.absent, member.challenge_pref) == (True, "it_personeel")
    set_challenge_pref(event.store, anna, None)
    set_absent(event.store, anna, False)
    (member,) = event.members()
    assert (member.absent, member.challenge_pref) == (False, None)
    error = _refused(event, lambda: set_challenge_pref(event.store, anna, "geen_challenge"), "challenge_unknown")
    assert error.params == {"challenge": "geen_challenge"}
    _refused(event, lambda: set_absent(event.store, 9999, True), "member_missing")


def test_forgetting_emails_empties_this_events_addresses_at_once(event):
    event.add_many(3)
    event.add("Zonder Adres")
    neighbour = registered(event.store)
    neighbour.add("Buur", email="buur@example.nl")
    assert forget_emails(event.store, event.event_id) == 3
    assert [m.email for m in event.members()] == ["", "", "", ""]
    assert [m.email for m in neighbour.members()] == ["buur@example.nl"]
    assert forget_emails(event.store, event.event_id) == 0
    _refused(event, lambda: forget_emails(event.store, 9999), "event_missing")


def test_the_boards_follow_the_templates_order_with_the_rest_last(event, staatsprint_template):
    gemeente = add_empty_team(event.store, event.event_id, "gemeentelijke_it")
    loose_team = add_team(event.store, event.event_id, None)
    anna = event.add("Anna", challenge="markt_overheid", organisation="RVO")
    event.add("Bram", challenge=None)
    event.add("Cas", challenge="verdwenen_challenge")
    event.add("Dewi", challenge="markt_overheid", absent=True)
    place_member(event.store, event.add("Eva", challenge="gemeentelijke_it"), gemeente)
    boards = formation_boards(event.store, event.event_id, staatsprint_template)
    assert [b.challenge_key for b in boards] == ["gemeentelijke_it", "markt_overheid", "it_personeel", None]
    first, markt, personeel, rest = boards
    assert [(c.team_id, c.number, [p.name for p in c.members], c.started) for c in first.teams] == [(gemeente, 1, ["Eva"], False)]
    assert [p.name for p in markt.unplaced] == ["Anna", "Dewi"]
    assert markt.unplaced[0].id == anna and markt.unplaced[0].organisation == "RVO"
    assert [(w.code, w.params) for w in markt.warnings] == [("unplaced", {"count": 1})]  # Dewi is absent
    assert personeel.teams == () and personeel.unplaced == () and personeel.warnings == ()
    assert [c.team_id for c in rest.teams] == [loose_team]
    assert sorted(p.name for p in rest.unplaced) == ["Bram", "Cas"]
    assert [w.code for w in rest.warnings] == ["team_empty", "unplaced"]


def test_without_loose_participants_or_teams_there_is_no_last_board(event, staatsprint_template):
    event.add("Anna")
    assert [b.challenge_key for b in formation_boards(event.store, event.event_id, staatsprint_template)] == [
        "gemeentelijke_it", "markt_overheid", "it_personeel"]


def test_a_board_marks_a_started_team(event, staatsprint_template):
    started, waiting = (add_empty_team(event.store, event.event_id, "markt_overheid") for _ in range(2))
    place_member(event.store, event.add("Anna"), started)
    with event.store.write() as session:
        session.add(StepState(event_id=event.event_id, team_id=waiting, step_key="braindump", duration_s=600))  # not started
        session.add(StepState(event_id=event.event_id, team_id=started, step_key="braindump", duration_s=600,
                              started_at=datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)))
    (board,) = [b for b in formation_boards(event.store, event.event_id, staatsprint_template) if b.challenge_key == "markt_overheid"]
    assert [(c.team_id, c.started) for c in board.teams] == [(started, True), (waiting, False)]


def test_member_positions_are_kept_in_order_in_one_transaction(event):
    team = add_empty_team(event.store, event.event_id, "markt_overheid")
    people = [event.add(f"Deelnemer {i}") for i in range(4)]
    for person in people:
        place_member(event.store, person, team)
    changes = []
    event.store.feed.subscribe(changes.append)
    place_member(event.store, people[3], team, position=0)
    assert len(changes) == 1  # one commit
    with event.store.read() as session:
        positions = [m.position for m in session.exec(select(Member).where(Member.team_id == team).order_by(Member.position))]
    assert positions == [0, 1, 2, 3]
