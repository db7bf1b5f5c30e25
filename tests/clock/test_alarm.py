"""The end sound: once at zero, never when muted, never for a step that was already over."""

from __future__ import annotations

from app.clock.alarm import ZeroAlarm
from app.clock.timers import Status


def test_plays_once_when_a_running_timer_crosses_zero():
    alarm = ZeroAlarm()
    plays = [alarm.observe("t", r, Status.RUNNING if r > 0 else Status.OVERRUN) for r in (3, 2, 1, 0.2, -0.3, -1.3, -2.3)]
    assert plays == [False, False, False, False, True, False, False]


def test_muted_never_plays():
    alarm = ZeroAlarm()
    alarm.muted = True
    assert not any(alarm.observe("t", r, Status.RUNNING if r > 0 else Status.OVERRUN) for r in (2, 1, -1))


def test_reopening_an_expired_step_stays_quiet():
    alarm = ZeroAlarm()
    assert [alarm.observe("t", r, Status.OVERRUN) for r in (-300, -299)] == [False, False]


def test_a_paused_timer_does_not_ring_and_a_reset_one_rings_again():
    alarm = ZeroAlarm()
    alarm.observe("t", 5, Status.RUNNING)
    assert not alarm.observe("t", 5, Status.PAUSED)
    alarm.observe("t", 1, Status.RUNNING)
    assert alarm.observe("t", -0.1, Status.OVERRUN)
    alarm.observe("t", 300, Status.IDLE)  # reset
    alarm.observe("t", 1, Status.RUNNING)
    assert alarm.observe("t", 0, Status.RUNNING)


def test_timers_are_told_apart():
    alarm = ZeroAlarm()
    alarm.observe("a", 1, Status.RUNNING)
    alarm.observe("b", -5, Status.OVERRUN)
    assert alarm.observe("a", -1, Status.OVERRUN)
    assert not alarm.observe("b", -6, Status.OVERRUN)


def test_pausing_and_resuming_over_time_does_not_ring_again():
    alarm = ZeroAlarm()
    alarm.observe("t", 1, Status.RUNNING)
    assert alarm.observe("t", -1, Status.OVERRUN)
    assert not alarm.observe("t", -5, Status.PAUSED)
    assert not alarm.observe("t", -5, Status.OVERRUN)  # resumed, still over time


def test_time_added_past_zero_arms_it_again():
    alarm = ZeroAlarm()
    alarm.observe("t", 1, Status.RUNNING)
    assert alarm.observe("t", -2, Status.OVERRUN)
    alarm.observe("t", 58, Status.RUNNING)  # +1 min
    assert alarm.observe("t", -0.2, Status.OVERRUN)


def test_a_paused_timer_reaching_zero_after_resume_rings():
    alarm = ZeroAlarm()
    alarm.observe("t", 30, Status.PAUSED)
    alarm.observe("t", 1, Status.RUNNING)
    assert alarm.observe("t", 0, Status.RUNNING)
