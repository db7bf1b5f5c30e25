"""The programme: now and next, the plan of every step, each team's slip, shifting the day."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.clock.timers import TimerState
from app.day.programme import (
    day_shift_minutes,
    item_end,
    moment,
    phase_window,
    planned_step_starts,
    programme_items,
    set_announcement,
    shift_rest_of_day,
    slip_seconds,
)
from app.errors import DomainError
from app.event.events import create_event, get_event
from app.paths import template_path
from tests.conftest import MINI_TEMPLATE

DAY = date(2026, 3, 11)  # winter time: Amsterdam is UTC+1


def utc(hhmm: str) -> datetime:
    """A Amsterdam clock time on DAY, in UTC."""
    hours, minutes = map(int, hhmm.split(":"))
    return datetime(2026, 3, 11, hours - 1, minutes, tzinfo=timezone.utc)


@pytest.fixture
def event(store):
    """A Staatsprint day with nothing fixed, as every event made before fixed items (schema 0010) is:
    a shift moves every later item. How a fixed lunch anchors a shift: tests/day/test_programme_edit.py."""
    source = template_path("staatsprint").read_text(encoding="utf-8")
    assert source.count("fixed = true") == 2
    return create_event(store, source.replace("fixed = true", "fixed = false"), DAY)


def test_now_and_next(store, event):
    items = programme_items(store, event)
    assert moment(items, utc("09:00")).current is None
    assert moment(items, utc("09:00")).next.title_nl.startswith("Opening")
    at_lunch = moment(items, utc("12:40"))
    assert at_lunch.current.title_nl.startswith("Lunch") and at_lunch.next.phase_key == "ideeen"
    assert moment(items, utc("18:00")).next is None
    assert item_end(items, at_lunch.current) == utc("13:15")
    assert item_end(items, items[-1]) is None


def test_every_step_has_a_planned_start(store, event, staatsprint_template):
    plan = planned_step_starts(staatsprint_template, programme_items(store, event))
    assert plan["braindump"] == utc("10:30")
    assert plan["clustering"] == utc("10:35")
    assert plan["vehicle"] == utc("11:05")
    assert plan["hkw"] == utc("11:40")
    assert plan["crystal_ball"] == utc("14:05")
    assert plan["pitch"] == utc("14:50")


def test_slip_is_behind_positive_and_ahead_negative(store, event, staatsprint_template):
    items = programme_items(store, event)
    # At 10:50 a team still on its brain dump (planned 10:30-10:35) that used 3 minutes is 17 min behind.
    timers = {("braindump", ""): TimerState(duration_s=300).start(utc("10:47"))}
    assert slip_seconds(staatsprint_template, items, "braindump", timers, utc("10:50")) == 17 * 60
    # At 10:50 a team already starting the vehicle (planned 11:05) is 15 min ahead.
    assert slip_seconds(staatsprint_template, items, "vehicle", {}, utc("10:50")) == -15 * 60
    # The time used in a step counts at most its minutes.
    long = {("clustering", ""): TimerState(duration_s=600).start(utc("10:35"))}
    assert slip_seconds(staatsprint_template, items, "clustering", long, utc("11:05")) == 20 * 60
    # Not started yet: behind once the first step should have begun, never ahead.
    assert slip_seconds(staatsprint_template, items, None, {}, utc("10:00")) == 0
    assert slip_seconds(staatsprint_template, items, None, {}, utc("10:40")) == 10 * 60


def test_parts_count_together(store, event, staatsprint_template):
    items = programme_items(store, event)
    timers = {
        ("idea_race", "round1"): TimerState(duration_s=300).start(utc("13:15")).finish(utc("13:20")),
        ("idea_race", "review"): TimerState(duration_s=600).start(utc("13:20")),
    }
    assert slip_seconds(staatsprint_template, items, "idea_race", timers, utc("13:25")) == 0


def test_shifting_the_rest_of_the_day_moves_the_plan(store, event, staatsprint_template):
    moved = shift_rest_of_day(store, event, 15, utc("12:20"))
    items = programme_items(store, event)
    assert len(moved.moved_ids) == 8 and moved.fixed_nl == ""  # lunch at 12:30 and everything after it
    assert [i.starts_at for i in items if i.title_nl.startswith("Lunch")] == [utc("12:45")]
    assert planned_step_starts(staatsprint_template, items)["idea_race"] == utc("13:30")
    assert planned_step_starts(staatsprint_template, items)["braindump"] == utc("10:30")  # the past stays
    assert day_shift_minutes(staatsprint_template, items) == 15


def test_a_shift_that_would_start_an_item_before_now_is_refused(store, event):
    before = [i.starts_at for i in programme_items(store, event)]
    with pytest.raises(DomainError) as caught:
        shift_rest_of_day(store, event, -20, utc("12:20"))  # lunch (12:30) would start at 12:10
    assert caught.value.code == "shift_before_now"
    assert [i.starts_at for i in programme_items(store, event)] == before
    with pytest.raises(DomainError, match="at most 180"):
        shift_rest_of_day(store, event, 240, utc("12:20"))
    with pytest.raises(DomainError, match="nothing of the programme"):
        shift_rest_of_day(store, event, 5, utc("18:00"))


def test_a_shift_back_is_allowed_when_it_fits(store, event):
    shift_rest_of_day(store, event, -5, utc("12:20"))
    lunch = next(i for i in programme_items(store, event) if i.title_nl.startswith("Lunch"))
    assert lunch.starts_at == utc("12:25")


def test_the_announcement_line(store, event):
    set_announcement(store, event, "  Nog   5 minuten! ")
    assert get_event(store, event).announcement == "Nog 5 minuten!"
    with pytest.raises(DomainError, match="140"):
        set_announcement(store, event, "x" * 141)
    assert get_event(store, event).announcement == "Nog 5 minuten!"


def test_the_second_template_plans_its_own_day(store, mini_template):
    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    plan = planned_step_starts(mini_template, programme_items(store, event_id))
    first = mini_template.phases[0]
    assert plan[first.steps[0].key].astimezone(timezone.utc) + timedelta(minutes=first.steps[0].minutes) == plan[first.steps[1].key]


def test_a_shift_during_a_phase_gives_its_teams_the_time(store, event, staatsprint_template):
    items = programme_items(store, event)
    at = utc("10:50")
    assert slip_seconds(staatsprint_template, items, None, {}, at) == 20 * 60
    behind = slip_seconds(staatsprint_template, items, "braindump", {}, at)
    shift_rest_of_day(store, event, 15, at)  # phase 1 now ends at 11:55
    items = programme_items(store, event)
    assert slip_seconds(staatsprint_template, items, "braindump", {}, at) == behind - 15 * 60


def test_a_plenary_item_lasts_until_the_next(store, event):
    from app.day.programme import item_minutes

    items = programme_items(store, event)
    feedback = next(i for i in items if i.title_nl.startswith("Terugkoppeling"))
    assert item_minutes(items, feedback) == 15
    shift_rest_of_day(store, event, 10, utc("12:20"))  # lunch and after move; the feedback item runs
    items = programme_items(store, event)
    assert item_minutes(items, next(i for i in items if i.id == feedback.id)) == 25
    assert item_minutes(items, items[-1]) == 30  # the borrel: no end, the default


def test_which_plenary_item_to_time(store, event):
    from app.day.programme import plenary_to_time

    items = programme_items(store, event)
    assert plenary_to_time(items, utc("09:42")).title_nl.startswith("Welkomstwoord")  # on now
    assert plenary_to_time(items, utc("11:00")).title_nl.startswith("Terugkoppeling")  # the next
    assert plenary_to_time(items, utc("18:00")).title_nl.startswith("Afronding")  # the day's last


def test_the_phase_window_follows_the_programme(store, event, staatsprint_template):
    before = phase_window(staatsprint_template, programme_items(store, event), "ideeen")
    assert before == (utc("13:15"), utc("14:50"))
    shift_rest_of_day(store, event, 10, utc("12:20"))  # lunch and all after it
    assert phase_window(staatsprint_template, programme_items(store, event), "ideeen") == (utc("13:25"), utc("15:00"))
    # Phase 2 and the plenary after it had begun: they stay where they were.
    assert phase_window(staatsprint_template, programme_items(store, event), "definieren") == (utc("11:40"), utc("12:15"))


def test_a_day_moved_as_a_whole_is_not_shifted(store, event, staatsprint_template):
    """The demo anchors its whole day at the hour it is made: that is no shift, even past midnight."""
    shift_rest_of_day(store, event, 180, utc("08:00"))
    shift_rest_of_day(store, event, 180, utc("08:00"))
    shift_rest_of_day(store, event, 180, utc("08:00"))
    items = programme_items(store, event)
    assert day_shift_minutes(staatsprint_template, items) == 0
    assert phase_window(staatsprint_template, items, "pitch") == (utc("23:50"), utc("23:50") + timedelta(minutes=55))


def test_a_team_done_with_the_day_has_no_slip(store, event, staatsprint_template):
    items = programme_items(store, event)
    # The pitch (the last step, 55 minutes from 14:50) timed in full: at 21:00 the team is done, not 315 min behind.
    done = {("pitch", "pitch"): TimerState(duration_s=55 * 60).start(utc("14:50")).finish(utc("15:45"))}
    assert slip_seconds(staatsprint_template, items, "pitch", done, utc("21:00")) is None
    # Still at it: the last step's timebox has not run out, so the slip counts.
    under_way = {("pitch", "pitch"): TimerState(duration_s=55 * 60).start(utc("14:50")).finish(utc("15:20"))}
    assert slip_seconds(staatsprint_template, items, "pitch", under_way, utc("15:30")) == 10 * 60
