"""The leaderboard across the event's teams: ties as ties, counts by hand, the prize's winners."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.race.standings import (
    RoundCount,
    TeamCounts,
    leaderboard,
    ranked,
    round_leaders,
)
from app.race.start import start_all
from app.race.writing import add_idea, set_count
from db.models import RaceCount


def _counts(team_id: int, total: int) -> TeamCounts:
    return TeamCounts(team_id, {"round1": RoundCount(live=total)})


def test_ties_share_a_rank_and_keep_the_team_order():
    standings = ranked([_counts(1, 4), _counts(2, 7), _counts(3, 4), _counts(4, 7), _counts(5, 1)])
    assert [(s.counts.team_id, s.rank, s.tied) for s in standings] == [
        (2, 1, True), (4, 1, True), (1, 3, True), (3, 3, True), (5, 5, False)]


def _write(race, team, times):
    for _ in range(times):
        add_idea(race.timers, race.template, race.event_id, team, race.step, None, "Idee")


def _board(race):
    return leaderboard(race.store, race.template, race.event_id, race.step, race.clock.now())


def test_the_leader_in_round_1_then_every_team_tied_for_first_wins(race):
    one, two, three = race.team_ids
    start_all(race.timers, race.template, race.event_id, race.step)
    _write(race, one, 3)
    _write(race, two, 1)
    board = _board(race)
    assert [s.counts.team_id for s in board.leaders] == [one] and board.winners == [] and not board.final
    for team in race.team_ids:
        race.next_part(team)
        race.next_part(team)
    _write(race, two, 2)
    set_count(race.store, race.template, three, race.step, race.plan.rounds[0], 3, "facilitator", "Fien")
    board = _board(race)
    assert not board.final  # round 2 still runs
    race.clock.advance(race.plan.parts[-1].minutes * 60 + 1)  # round 2 has run out for every team
    board = _board(race)
    assert board.final and board.prize_sheets == race.template.step(race.step).rules.prize_sheets
    assert [(s.counts.team_id, s.counts.total, s.rank) for s in board.standings] == [(one, 3, 1), (two, 3, 1), (three, 3, 1)]
    assert [s.counts.team_id for s in board.winners] == [one, two, three]
    assert board.standings[2].counts.by_hand == "facilitator"


def test_a_count_by_hand_replaces_the_round_s_notes_and_can_be_taken_back(race):
    team = race.team_ids[0]
    start_all(race.timers, race.template, race.event_id, race.step)
    _write(race, team, 2)
    first = race.plan.rounds[0]
    set_count(race.store, race.template, team, race.step, first, 12, "captain", "Anna")
    board = _board(race)
    assert board.standings[0].counts.total == 12 and board.standings[0].counts.by_hand == "captain"
    set_count(race.store, race.template, team, race.step, first, None, "captain")
    assert _board(race).standings[0].counts.total == 2


@pytest.mark.parametrize("count", [-1, 10_000, 2.5, True])
def test_a_count_that_is_no_count_is_refused_and_nothing_changes(race, count):
    with pytest.raises(DomainError) as refused:
        set_count(race.store, race.template, race.team_ids[0], race.step, race.plan.rounds[0], count, "captain")
    assert refused.value.code == "race_count_invalid"
    with race.store.read() as session:
        assert session.exec(select(RaceCount)).all() == []


def test_a_team_that_raced_on_paper_only_finishes_by_its_last_round_s_count(race):
    last = race.plan.rounds[-1]
    for team in race.team_ids:
        set_count(race.store, race.template, team, race.step, last, 5 + team, "facilitator")
    board = _board(race)
    assert board.final and [s.counts.team_id for s in board.winners] == [race.team_ids[-1]]


def test_the_leaders_of_one_round(race):
    one, two, three = race.team_ids
    first, second = race.plan.rounds
    for team, count in ((one, 4), (two, 4), (three, 2)):
        set_count(race.store, race.template, team, race.step, first, count, "facilitator")
    set_count(race.store, race.template, three, race.step, second, 9, "facilitator")
    board = _board(race)
    leaders, most = round_leaders(board, first)
    assert ([c.team_id for c in leaders], most) == ([one, two], 4)
    assert [c.team_id for c in round_leaders(board, second)[0]] == [three]
