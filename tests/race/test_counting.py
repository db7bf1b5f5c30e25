"""The one counting rule on a fake clock: in a round, in the review, in overrun, across a pause; and the start line."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.clock.timers import TimerKey
from app.errors import DomainError
from app.race.rounds import Stage, position
from app.race.standings import event_counts, member_counts
from app.race.start import StartAll, false_start, false_start_all, start_all, start_race
from app.race.writing import add_idea, add_typed
from db.models import Note, StepState, Team


def _write(race, team, text="Idee", author=None):
    return add_idea(race.timers, race.template, race.event_id, team, race.step, author, text)


def _part_keys(race, team):
    with race.store.read() as session:
        return [n.part_key for n in session.exec(select(Note).where(Note.team_id == team).order_by(Note.id)).all()]


def _counts(race, team):
    return event_counts(race.store, race.template, race.event_id, race.step, race.clock.now(), [team])[0]


def _stage(race, team):
    return position(race.plan, race.timers.states(race.event_id, team), race.clock.now()).stage


def test_nothing_is_written_before_the_start_signal(race):
    team = race.team_ids[0]
    assert _stage(race, team) is Stage.START_LINE
    with pytest.raises(DomainError) as refused:
        _write(race, team)
    assert refused.value.code == "race_not_started"
    assert _part_keys(race, team) == []


def test_an_empty_idea_is_refused_and_nothing_changes(race):
    team = race.team_ids[0]
    start_race(race.timers, race.template, race.event_id, team, race.step)
    with pytest.raises(DomainError) as refused:
        _write(race, team, "   \n ")
    assert refused.value.code == "idea_empty"
    assert _part_keys(race, team) == []


def test_an_idea_counts_for_the_round_it_is_written_in_and_not_in_the_review(race):
    team, (anna, bas) = race.team_ids[0], race.members[race.team_ids[0]]
    first, second = race.plan.rounds
    start_race(race.timers, race.template, race.event_id, team, race.step)
    race.clock.advance(10)
    _write(race, team, "Een", anna)
    race.clock.advance(race.minutes(0) * 60 - 10)  # exactly at zero: still the round's running time
    _write(race, team, "Twee", bas)
    race.next_part(team)  # the review
    assert _stage(race, team) is Stage.BETWEEN
    _write(race, team, "In de review", anna)
    race.next_part(team)  # round 2
    race.clock.advance(30)
    _write(race, team, "Drie", anna)
    assert _part_keys(race, team) == [first, first, "", second]
    counts = _counts(race, team)
    assert (counts.rounds[first].total, counts.rounds[second].total, counts.total, counts.uncounted) == (2, 1, 3, 1)
    assert counts.per_member == {anna: 2, bas: 1}


def test_an_idea_written_in_overrun_is_kept_but_not_counted(race):
    team = race.team_ids[0]
    start_race(race.timers, race.template, race.event_id, team, race.step)
    race.clock.advance(race.minutes(0) * 60 + 1)
    assert _stage(race, team) is Stage.OVERTIME
    _write(race, team, "Te laat")
    assert _part_keys(race, team) == [""]
    assert _counts(race, team).total == 0 and _counts(race, team).uncounted == 1


def test_an_idea_written_during_a_pause_does_not_count_and_the_pause_does_not_eat_the_round(race):
    team, key = race.team_ids[0], race.plan.rounds[0]
    timer = TimerKey(race.event_id, team, race.step, key)
    start_race(race.timers, race.template, race.event_id, team, race.step)
    race.clock.advance(20)
    race.timers.apply(timer, race.minutes(0) * 60, "pause")
    race.clock.advance(race.minutes(0) * 60)  # a long pause: longer than the round itself
    assert _stage(race, team) is Stage.PAUSED
    _write(race, team, "Tijdens de pauze")
    race.timers.apply(timer, race.minutes(0) * 60, "resume")
    race.clock.advance(race.minutes(0) * 60 - 30)  # the round's time, pauses excluded, has not run out
    _write(race, team, "Na de pauze")
    assert _part_keys(race, team) == ["", key]


def test_the_scribe_types_ideas_in_under_their_round_afterwards(race):
    team, (anna, _bas) = race.team_ids[0], race.members[race.team_ids[0]]
    first, second = race.plan.rounds
    with pytest.raises(DomainError) as refused:
        add_typed(race.timers, race.template, race.event_id, team, race.step, first, anna, "Op papier")
    assert refused.value.code == "race_round_not_run" and _part_keys(race, team) == []
    start_race(race.timers, race.template, race.event_id, team, race.step)
    race.clock.advance(race.minutes(0) * 60 + 100)
    add_typed(race.timers, race.template, race.event_id, team, race.step, first, anna, "Op papier")
    with pytest.raises(DomainError):
        add_typed(race.timers, race.template, race.event_id, team, race.step, second, anna, "Nog niet")
    assert _part_keys(race, team) == [f"{first}:typed"]
    counts = _counts(race, team)
    assert counts.rounds[first].typed == 1 and counts.total == 1 and counts.typed


def test_a_false_start_goes_back_to_the_line_and_keeps_what_was_written(race):
    team, first = race.team_ids[0], race.plan.rounds[0]
    start_race(race.timers, race.template, race.event_id, team, race.step)
    race.clock.advance(5)
    _write(race, team, "Vroeg")
    false_start(race.timers, race.template, race.event_id, team, race.step)
    assert _stage(race, team) is Stage.START_LINE
    with pytest.raises(DomainError):
        _write(race, team, "Te vroeg")
    start_race(race.timers, race.template, race.event_id, team, race.step)
    assert _part_keys(race, team) == [first] and _counts(race, team).total == 1


def test_a_false_start_is_refused_once_round_1_is_over(race):
    team = race.team_ids[0]
    start_race(race.timers, race.template, race.event_id, team, race.step)
    race.clock.advance(race.minutes(0) * 60 + 1)
    with pytest.raises(DomainError) as refused:
        false_start(race.timers, race.template, race.event_id, team, race.step)
    assert refused.value.code == "race_false_start_late"
    assert _stage(race, team) is Stage.OVERTIME


def test_the_start_signal_for_all_starts_every_team_not_started_in_one_go(race):
    first, second, third = race.team_ids
    race.to_race()
    start_race(race.timers, race.template, race.event_id, second, race.step)
    race.clock.advance(3)
    batches = []
    race.store.feed.subscribe(batches.append)
    assert start_all(race.timers, race.template, race.event_id, race.step) == StartAll([first, third], [])
    assert len(batches) == 1  # one transaction
    states = {team: race.timers.states(race.event_id, team)[(race.step, race.plan.rounds[0])].started_at for team in race.team_ids}
    assert states[first] == states[third] == race.clock.now() != states[second]
    assert start_all(race.timers, race.template, race.event_id, race.step) == StartAll([], [])
    with pytest.raises(DomainError) as refused:
        start_race(race.timers, race.template, race.event_id, first, race.step)
    assert refused.value.code == "race_started"


def test_counts_per_member_have_no_names_when_the_step_is_anonymous(race):
    team, (anna, bas) = race.team_ids[0], race.members[race.team_ids[0]]
    start_race(race.timers, race.template, race.event_id, team, race.step)
    for author in (anna, bas, bas):
        _write(race, team, "Idee", author)
    counts = _counts(race, team)
    names = {anna: "Anna", bas: "Bas"}
    assert member_counts(counts, names, anonymous=False) == [("Bas", 2), ("Anna", 1)]
    assert member_counts(counts, names, anonymous=True) == [("", 2), ("", 1)]


def test_a_false_start_for_the_room_sends_back_only_the_teams_still_in_round_1(race):
    first, second, third = race.team_ids
    race.to_race()
    start_all(race.timers, race.template, race.event_id, race.step)
    race.next_part(second)  # the second team went on to the review
    assert false_start_all(race.timers, race.template, race.event_id, race.step) == [first, third]
    assert [_stage(race, team) for team in race.team_ids] == [Stage.START_LINE, Stage.BETWEEN, Stage.START_LINE]


def _step_of(race, team):
    with race.store.read() as session:
        return session.get(Team, team).current_step


def test_the_start_signal_for_all_leaves_teams_earlier_in_the_day_where_they_are(race):
    first, second, third = race.team_ids
    race.to_race(second)
    before = _step_of(race, first)
    assert before != race.step
    assert start_all(race.timers, race.template, race.event_id, race.step) == StartAll([second], [first, third])
    assert [_step_of(race, team) for team in race.team_ids] == [before, race.step, before]
    assert [_stage(race, team) for team in race.team_ids] == [Stage.START_LINE, Stage.ROUND, Stage.START_LINE]
    with race.store.read() as session:
        assert session.exec(select(StepState).where(StepState.team_id == first)).all() == []  # no step marked done


def test_a_team_s_own_start_signal_at_another_step_moves_it_to_the_race_in_one_transaction(race):
    team = race.team_ids[0]
    assert _step_of(race, team) != race.step
    batches = []
    race.store.feed.subscribe(batches.append)
    start_race(race.timers, race.template, race.event_id, team, race.step)
    assert len(batches) == 1
    assert _step_of(race, team) == race.step and _stage(race, team) is Stage.ROUND
