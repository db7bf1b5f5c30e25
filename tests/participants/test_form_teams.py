"""Forming a challenge's teams on the database: who is placed, which teams are reused, made or deleted,
what a started team keeps, and refusals that change nothing (both engines)."""

from __future__ import annotations

from collections import Counter
import pytest
from sqlmodel import select

from app.errors import DomainError
from app.event.teams import add_member, set_role
from app.participants.formation import key
from app.participants.placing import form_teams, formation_boards, place_member, set_absent, set_team_room
from db.models import Team, TeamRole
from tests.participants.formation_fixtures import registered


@pytest.fixture
def event(store):
    return registered(store)


def test_the_challenges_participants_are_dealt_into_new_teams(event, staatsprint_template):
    event.add_many(23)
    event.add_many(4, challenge="it_personeel", start=100)
    absent = event.add("Afwezige Deelnemer", absent=True)
    formed = form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", size=5, seed=4)
    teams = event.teams()
    assert [t.id for t in teams] == formed
    assert [t.number for t in teams] == [1, 2, 3, 4, 5]
    assert all(t.name is None and event.challenge_of(t) == "markt_overheid" for t in teams)
    members = event.members()
    placed = [m for m in members if m.challenge_pref == "markt_overheid" and not m.absent]
    sizes = Counter(m.team_id for m in placed)
    assert sorted(sizes.values()) == [4, 4, 5, 5, 5] and set(sizes) == set(formed)
    belastingdienst = [m for m in placed if m.organisation == "Belastingdienst"]
    assert max(Counter(m.team_id for m in belastingdienst).values()) <= -(-len(belastingdienst) // 5)
    assert event.team_of(absent) is None  # not there today: not placed
    assert all(m.team_id is None for m in members if m.challenge_pref == "it_personeel")
    for team_id in formed:  # positions 0.. in each team
        assert sorted(m.position for m in placed if m.team_id == team_id) == list(range(sizes[team_id]))
    with event.store.read() as session:
        assert session.exec(select(TeamRole)).all() == []  # the teams choose their roles themselves


def test_the_same_seed_forms_the_same_teams(event, staatsprint_template):
    event.add_many(17)
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=3, seed=99)
    first = [event.in_team(t.id) for t in event.teams()]
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=3, seed=99)
    assert [event.in_team(t.id) for t in event.teams()] == first
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=3, seed=100)
    assert [event.in_team(t.id) for t in event.teams()] != first


def test_reforming_reuses_teams_keeps_their_rooms_and_deletes_the_ones_not_needed(event, staatsprint_template):
    event.add_many(12)
    formed = form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=4, seed=1)
    set_team_room(event.store, formed[0], "Zaal 1")
    again = form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", size=6, seed=2)
    assert again == formed[:2]
    assert [t.room for t in event.teams()] == ["Zaal 1", ""]
    assert sorted(len(event.in_team(t)) for t in again) == [6, 6]


def test_a_started_team_and_its_members_are_left_alone(event, staatsprint_template):
    event.add_many(10)
    first, second = form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=2, seed=5)
    captain = next(m.id for m in event.members() if m.team_id == first)
    set_role(event.store, first, "captain", captain, staatsprint_template)  # the team chose its captain: started
    kept = event.in_team(first)
    event.add_many(3, start=50)
    formed = form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", size=2, seed=6)
    assert event.in_team(first) == kept
    assert second in formed and first not in formed
    assert sum(len(event.in_team(t)) for t in formed) == 10 - len(kept) + 3  # only the others were dealt
    assert max(len(event.in_team(t)) for t in formed) <= 2
    (board,) = [b for b in formation_boards(event.store, event.event_id, staatsprint_template) if b.challenge_key == "markt_overheid"]
    assert [c.started for c in board.teams] == [c.team_id == first for c in board.teams]


def test_a_team_on_a_step_counts_as_started(event, staatsprint_template):
    event.add_many(6)
    first, _second = form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=2, seed=5)
    with event.store.write() as session:
        team = session.get(Team, first)
        team.current_step = "braindump"
        session.add(team)
    kept = event.in_team(first)
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=1, seed=7)
    assert event.in_team(first) == kept


def test_an_absent_member_of_a_reformed_team_becomes_unplaced(event, staatsprint_template):
    event.add_many(6)
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=2, seed=5)
    someone = event.members()[0].id
    set_absent(event.store, someone, True)
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=2, seed=5)
    assert event.team_of(someone) is None
    assert sum(m.team_id is not None for m in event.members()) == 5


def test_people_of_one_name_are_formed_into_different_teams(event, staatsprint_template):
    for index in range(3):
        event.add("Jan de Vries", organisation="RVO")
        event.add(f"Collega {index}", organisation="UWV")
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=3, seed=3)
    for team in event.teams():
        names = [key(n) for n in event.in_team(team.id)]
        assert len(names) == len(set(names))


@pytest.mark.parametrize(("size", "count", "code", "params"), [
    (5, None, "team_size_too_large", {"size": 5, "participants": 4}),
    (None, 5, "team_count_too_large", {"count": 5, "participants": 4}),
    (0, None, "team_size_invalid", {"size": 0}),
    (None, 0, "team_count_invalid", {"count": 0}),
])
def test_an_impossible_size_or_count_is_refused_and_nothing_changes(event, staatsprint_template, size, count, code, params):
    event.add_many(4)
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=2, seed=1)
    before = event.state()
    with pytest.raises(DomainError) as caught:
        form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", size=size, count=count, seed=1)
    assert (caught.value.code, caught.value.params) == (code, params)
    assert event.state() == before


def test_nobody_to_place_and_an_unknown_challenge_are_refused(event, staatsprint_template):
    event.add_many(3, challenge="it_personeel")
    event.add("Afwezig", absent=True)
    before = event.state()
    with pytest.raises(DomainError) as caught:
        form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", size=3)
    assert (caught.value.code, caught.value.params) == ("nobody_to_place", {"challenge": "markt_overheid"})
    with pytest.raises(DomainError) as caught:
        form_teams(event.store, event.event_id, staatsprint_template, "geen_challenge", size=3)
    assert (caught.value.code, caught.value.params) == ("challenge_unknown", {"challenge": "geen_challenge"})
    assert event.state() == before


def test_members_moved_by_hand_are_dealt_again_only_when_their_team_has_not_started(event, staatsprint_template):
    event.add_many(4)
    first, second = form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=2, seed=1)
    late = add_member(event.store, second, "Laatkomer")  # added by hand into a team, no preference
    form_teams(event.store, event.event_id, staatsprint_template, "markt_overheid", count=1, seed=1)
    assert event.team_of(late) == first  # the team was re-formed, so its members too
    place_member(event.store, late, None)
    assert event.team_of(late) is None
