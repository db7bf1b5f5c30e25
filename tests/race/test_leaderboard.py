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
from app.race.start import false_start, start_all, start_race
from app.race.writing import add_idea, add_typed, set_count
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
    race.to_race()
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


def _on_paper(race, *, rounds: int = 1):
    """Every team at the race and started; then on to its ``rounds``-th round, writing nothing live."""
    race.to_race()
    start_all(race.timers, race.template, race.event_id, race.step)
    for team in race.team_ids:
        while _round_index(race, team) < rounds - 1:
            race.next_part(team)


def _round_index(race, team):
    states = race.timers.states(race.event_id, team)
    run = [key for key in race.plan.rounds if (race.step, key) in states and states[(race.step, key)].started_at]
    return len(run) - 1


def test_a_count_by_hand_replaces_the_round_s_typed_notes_and_can_be_taken_back(race):
    team = race.team_ids[0]
    _on_paper(race)
    first = race.plan.rounds[0]
    for _ in range(2):
        add_typed(race.timers, race.template, race.event_id, team, race.step, first, None, "Van papier")
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
    _on_paper(race, rounds=2)
    last = race.plan.rounds[-1]
    for team in race.team_ids:
        set_count(race.store, race.template, team, race.step, last, 5 + team, "facilitator")
    board = _board(race)
    assert board.final and [s.counts.team_id for s in board.winners] == [race.team_ids[-1]]


def test_the_leaders_of_one_round(race):
    one, two, three = race.team_ids
    first, second = race.plan.rounds
    _on_paper(race, rounds=2)
    for team, count in ((one, 4), (two, 4), (three, 2)):
        set_count(race.store, race.template, team, race.step, first, count, "facilitator")
    set_count(race.store, race.template, three, race.step, second, 9, "facilitator")
    board = _board(race)
    leaders, most = round_leaders(board, first)
    assert ([c.team_id for c in leaders], most) == ([one, two], 4)
    assert [c.team_id for c in round_leaders(board, second)[0]] == [three]


def _hand_counts(race):
    with race.store.read() as session:
        return [(row.team_id, row.part_key, row.count) for row in session.exec(select(RaceCount)).all()]


def test_a_count_by_hand_for_a_round_not_run_yet_is_refused_and_nothing_changes(race):
    one, two, _three = race.team_ids
    first, second = race.plan.rounds
    with pytest.raises(DomainError) as refused:  # not started
        set_count(race.store, race.template, one, race.step, first, 4, "facilitator")
    assert refused.value.code == "race_count_not_run"
    _on_paper(race)
    race.next_part(two)  # the review: round 2 is still to come
    with pytest.raises(DomainError) as refused:
        set_count(race.store, race.template, two, race.step, second, 4, "captain")
    assert refused.value.code == "race_count_not_run"
    assert _hand_counts(race) == []


def test_a_count_by_hand_for_a_round_written_live_is_refused_and_nothing_changes(race):
    one = race.team_ids[0]
    _on_paper(race)
    _write(race, one, 2)
    with pytest.raises(DomainError) as refused:
        set_count(race.store, race.template, one, race.step, race.plan.rounds[0], 0, "captain")
    assert refused.value.code == "race_count_live"
    assert _hand_counts(race) == [] and _board(race).standings[0].counts.total == 2


def test_no_winner_while_a_team_at_the_race_is_back_at_the_start_line(race):
    one, two, three = race.team_ids
    race.to_race()
    start_all(race.timers, race.template, race.event_id, race.step)
    _write(race, one, 2)
    false_start(race.timers, race.template, race.event_id, three, race.step)  # back at the start line
    for team in (one, two):
        race.next_part(team)
        race.next_part(team)
    race.clock.advance(race.plan.parts[-1].minutes * 60 + 1)  # round 2 has run out for one and two
    board = _board(race)
    assert not board.final and board.winners == [] and [s.counts.team_id for s in board.leaders] == [one]
    start_race(race.timers, race.template, race.event_id, three, race.step)
    race.next_part(three)
    race.next_part(three)
    race.clock.advance(race.plan.parts[-1].minutes * 60 + 1)
    board = _board(race)
    assert board.final and [s.counts.team_id for s in board.winners] == [one]


def test_a_team_earlier_in_the_day_does_not_hold_the_race_up(race):
    one, two, _three = race.team_ids
    race.to_race(one)
    start_all(race.timers, race.template, race.event_id, race.step)
    _write(race, one, 1)
    race.next_part(one)
    race.next_part(one)
    race.clock.advance(race.plan.parts[-1].minutes * 60 + 1)
    assert _board(race).final
    race.to_race(two)  # a team arrives at the race: the race is not over for the room
    assert not _board(race).final
