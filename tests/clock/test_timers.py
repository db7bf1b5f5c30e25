"""Timer arithmetic with a fake clock: pause, resume, extend, overrun, reopen, blocked loops, jumps."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.clock.clock import FakeClock, SteadyClock
from app.clock.timers import Status, TimerKey, Timers, TimerState, timer_plan
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path

T0 = datetime(2026, 3, 11, 9, 30, tzinfo=timezone.utc)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_a_running_timer_counts_down_from_its_start():
    state = TimerState(duration_s=300).start(at(0))
    assert state.remaining(at(100)) == 200
    assert state.status(at(100)) is Status.RUNNING
    assert state.deadline() == at(300)


def test_pause_and_resume_keep_the_time_left():
    state = TimerState(duration_s=300).start(at(0)).pause(at(60))
    assert state.remaining(at(1000)) == 240  # paused: the clock may run, the timer does not
    assert state.status(at(1000)) is Status.PAUSED
    state = state.resume(at(1000))
    assert state.remaining(at(1030)) == 210
    assert state.deadline() == at(1240)


def test_toggle_starts_pauses_and_resumes():
    state = TimerState(duration_s=60)
    state = state.toggle(at(0))
    assert state.status(at(1)) is Status.RUNNING
    state = state.toggle(at(10))
    assert state.status(at(11)) is Status.PAUSED
    assert state.toggle(at(20)).remaining(at(20)) == 50


def test_extensions_add_and_take_minutes():
    state = TimerState(duration_s=300).start(at(0))
    state = state.extend(60, at(10)).extend(300, at(10))
    assert state.remaining(at(10)) == 300 + 360 - 10
    state = state.extend(-60, at(10))
    assert state.remaining(at(10)) == 590


def test_minus_one_minute_never_jumps_past_zero():
    state = TimerState(duration_s=300).start(at(0))
    state = state.extend(-60, at(270))  # 30 s left: taking a minute ends it now
    assert state.remaining(at(270)) == 0
    assert state.extend(-60, at(400)) == state  # already over: nothing to take


def test_minus_one_minute_before_the_start_keeps_a_minute():
    state = TimerState(duration_s=120).extend(-60, at(0)).extend(-60, at(0))
    assert state.total_s == 60


def test_an_overrun_is_counted_not_hidden():
    state = TimerState(duration_s=300).start(at(0))
    assert state.remaining(at(433)) == -133
    assert state.status(at(433)) is Status.OVERRUN


def test_reset_forgets_start_pauses_and_extensions():
    state = TimerState(duration_s=300).start(at(0)).extend(60, at(1)).pause(at(5)).reset()
    assert state == TimerState(duration_s=300)
    assert state.status(at(9)) is Status.IDLE


def test_finish_stops_the_clock_where_it_is():
    state = TimerState(duration_s=300).start(at(0)).pause(at(100)).resume(at(200)).finish(at(250))
    assert state.status(at(999)) is Status.DONE
    assert state.elapsed(at(999)) == 150


def test_a_clock_set_back_never_gives_more_than_the_full_time():
    state = TimerState(duration_s=300).start(at(100))
    assert state.remaining(at(0)) == 300


def test_a_seventy_minute_phase_of_timers_adds_up(staatsprint_template):
    phase = staatsprint_template.phase("probleem")
    moment, total = 0, 0
    for step in phase.steps:
        state = TimerState(duration_s=step.minutes * 60).start(at(moment))
        moment += step.minutes * 60
        assert state.remaining(at(moment)) == 0
        total += step.minutes
    assert total == 70 and moment == 70 * 60


def test_parts_run_as_their_own_timers_in_order(staatsprint_template, mini_template):
    assert [(p.key, p.minutes) for p in timer_plan(staatsprint_template, "idea_race")] == [("round1", 5), ("review", 10), ("round2", 5)]
    assert [(p.key, p.minutes) for p in timer_plan(staatsprint_template, "braindump")] == [("", 5)]
    assert [p.minutes for p in timer_plan(mini_template, "quick_race")] == [3, 3]


# -- stored timers -------------------------------------------------------------
@pytest.fixture
def stored(store):
    source = template_path("staatsprint").read_text(encoding="utf-8")
    event_id = create_event(store, source, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    clock = FakeClock(T0)
    return Timers(store, clock), clock, TimerKey(event_id, team_id, "braindump")


def test_reopening_mid_step_shows_the_right_time(stored, store):
    timers, clock, key = stored
    timers.apply(key, 300, "start")
    clock.advance(125)
    reopened = Timers(store, clock)  # a new app instance on the same database
    assert reopened.state(key, 300).remaining(clock.now()) == 175


def test_reopening_after_the_step_expired_shows_the_overrun(stored, store):
    timers, clock, key = stored
    timers.apply(key, 300, "start")
    clock.advance(3600)
    state = Timers(store, clock).state(key, 300)
    assert state.status(clock.now()) is Status.OVERRUN
    assert state.remaining(clock.now()) == -3300


def test_a_blocked_event_loop_of_thirty_seconds_loses_nothing(stored):
    timers, clock, key = stored
    timers.apply(key, 300, "start")
    clock.advance(10)
    before = timers.state(key, 300).remaining(clock.now())
    clock.advance(30)  # no tick for 30 s: nothing was counted, so nothing was missed
    assert timers.state(key, 300).remaining(clock.now()) == before - 30


def test_stored_pause_extend_and_plenary_timers(stored):
    timers, clock, key = stored
    timers.apply(key, 300, "start")
    clock.advance(60)
    timers.apply(key, 300, "pause")
    timers.apply(key, 300, "extend", 300)
    clock.advance(600)
    assert timers.state(key, 300).remaining(clock.now()) == 540
    plenary = TimerKey(key.event_id, None, "programme_3")
    timers.apply(plenary, 1800, "start")
    assert set(timers.states(key.event_id, None)) == {("programme_3", "")}
    assert set(timers.states(key.event_id, key.team_id)) == {("braindump", "")}


def test_every_timer_change_is_announced(stored, store):
    timers, _clock, key = stored
    heard = []
    store.feed.subscribe(heard.append)
    timers.apply(key, 300, "start")
    timers.apply(key, 300, "resume")  # changes nothing: no commit, no announcement
    assert [[(c.table, c.team_id) for c in batch] for batch in heard] == [[("step_state", key.team_id)]]


def test_a_timer_without_time_is_refused(stored):
    timers, _clock, key = stored
    with pytest.raises(DomainError, match="positive duration"):
        timers.apply(key, 0, "start")


def test_the_second_template_times_its_steps_too(store, mini_template):
    from tests.conftest import MINI_TEMPLATE

    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    team_id = add_team(store, event_id, None)
    clock = FakeClock(T0)
    timers = Timers(store, clock)
    step = mini_template.steps()[0]
    key = TimerKey(event_id, team_id, step.key)
    timers.apply(key, step.minutes * 60, "start")
    clock.advance(step.minutes * 60 + 5)
    assert timers.state(key, step.minutes * 60).remaining(clock.now()) == -5


# -- the steady clock ----------------------------------------------------------
class _Machine:
    """A wall clock the 'user' can move, and a steady clock that only moves forward."""

    def __init__(self):
        self.wall = T0
        self.steady = 1000.0

    def tick(self, seconds):
        self.wall += timedelta(seconds=seconds)
        self.steady += seconds


def test_a_system_clock_jump_does_not_move_the_timers():
    machine = _Machine()
    clock = SteadyClock(wall=lambda: machine.wall, steady=lambda: machine.steady)
    state = TimerState(duration_s=300).start(clock.now())
    machine.tick(60)
    machine.wall -= timedelta(hours=1)  # someone sets the system clock back an hour
    assert state.remaining(clock.now()) == pytest.approx(240)
    assert clock.jumps == [pytest.approx(-3600)]
    machine.tick(30)
    assert state.remaining(clock.now()) == pytest.approx(210)
    assert len(clock.jumps) == 1  # reported once, not on every tick


def test_a_forward_jump_is_ignored_as_well():
    machine = _Machine()
    clock = SteadyClock(wall=lambda: machine.wall, steady=lambda: machine.steady)
    start = clock.now()
    machine.wall += timedelta(minutes=20)
    assert clock.now() == start
    assert clock.jumps == [pytest.approx(1200)]


def test_small_drift_is_not_a_jump():
    machine = _Machine()
    clock = SteadyClock(wall=lambda: machine.wall, steady=lambda: machine.steady)
    machine.wall += timedelta(seconds=1)
    clock.now()
    assert clock.jumps == []


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(300, "5:00"), (299.2, "5:00"), (298.9, "4:59"), (0.4, "0:01"), (0, "0:00"), (-0.5, "0:00"), (-133.7, "+2:13"), (3900, "1:05:00"), (-3661, "+1:01:01")],
)
def test_clock_text(seconds, text):
    from app.clock.timers import clock_text

    assert clock_text(seconds) == text


def test_next_part_finishes_one_and_starts_the_next_in_one_commit(stored, store, staatsprint_template):
    from app.clock.timers import current_part, next_part

    timers, clock, key = stored
    plan = timer_plan(staatsprint_template, "idea_race")
    timers.apply(TimerKey(key.event_id, key.team_id, "idea_race", "round1"), 300, "start")
    clock.advance(300)
    heard = []
    store.feed.subscribe(heard.append)
    assert next_part(timers, key.event_id, key.team_id, "idea_race", plan) == 1
    assert len(heard) == 1
    states = timers.states(key.event_id, key.team_id)
    assert states[("idea_race", "round1")].status(clock.now()) is Status.DONE
    assert states[("idea_race", "review")].status(clock.now()) is Status.RUNNING
    assert current_part(plan, states, "idea_race") == 1


def test_leaving_a_step_stops_its_timer(stored, staatsprint_template):
    from app.clock.timers import finish_step

    timers, clock, key = stored
    timers.apply(key, 300, "start")
    clock.advance(200)
    finish_step(timers, key.event_id, key.team_id, "braindump", timer_plan(staatsprint_template, "braindump"))
    clock.advance(500)
    state = timers.state(key, 300)
    assert state.status(clock.now()) is Status.DONE and state.elapsed(clock.now()) == 200


def test_restarting_a_finished_timer_forgets_its_extensions():
    state = TimerState(duration_s=300).extend(120, at(0)).start(at(0)).finish(at(10))
    assert state.start(at(20)).total_s == 300
    assert TimerState(duration_s=300).extend(-60, at(0)).start(at(0)).total_s == 240  # set before the start: kept


def test_going_back_into_a_step_reopens_its_part_paused_where_it_stopped(stored, staatsprint_template):
    from app.day.navigation import leave_step

    timers, clock, key = stored
    plan = timer_plan(staatsprint_template, "idea_race")
    race = TimerKey(key.event_id, key.team_id, "idea_race", "round1")
    leave_step(timers, key.event_id, key.team_id, None, "idea_race", staatsprint_template)
    timers.apply(race, 300, "start")
    clock.advance(300)
    from app.clock.timers import current_part, next_part

    next_part(timers, key.event_id, key.team_id, "idea_race", plan)
    clock.advance(120)  # two minutes into the review, the team moves on
    leave_step(timers, key.event_id, key.team_id, "idea_race", "idea_vote", staatsprint_template)
    clock.advance(600)
    leave_step(timers, key.event_id, key.team_id, "idea_vote", "idea_race", staatsprint_template)  # and back
    states = timers.states(key.event_id, key.team_id)
    assert current_part(plan, states, "idea_race") == 1
    review = states[("idea_race", "review")]
    assert review.status(clock.now()) is Status.PAUSED and review.remaining(clock.now()) == 480
