"""The facilitator's programme edits: the times follow, a fixed item stays put, a refusal says what
and where and changes nothing, and the plan and the rows stay as the slip compares them."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from app.day import programme_edit as edit
from app.day.programme import (
    day_shift_minutes,
    phase_allowance,
    phase_window,
    planned_step_starts,
    programme_items,
    slip_seconds,
)
from app.day.programme import shift_rest_of_day
from app.day.programme_plan import programme_plan
from app.day.template_file import TemplateError
from app.errors import DomainError
from app.event.events import create_event, event_template, get_event
from app.paths import template_path
from tests.conftest import MINI_TEMPLATE
from tests.day.test_programme import utc


MAY_1_AT_13_00 = datetime(2026, 5, 1, 11, 0, tzinfo=timezone.utc)  # summer time: Amsterdam is UTC+2


@pytest.fixture
def event(store):
    return create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))


def times(store, event_id) -> dict[str, str]:
    return {row.title_nl: row.starts for row in programme_plan(store, event_id)}


def item(store, event_id, title: str):
    """The plan's row of the item whose Dutch title is, or else starts with, ``title``."""
    rows = programme_plan(store, event_id)
    return next((row for row in rows if row.title_nl == title), None) or next(row for row in rows if row.title_nl.startswith(title))


def snapshot(store, event_id):
    """Everything an edit may change: the rows and the template."""
    rows = [(i.id, i.position, i.starts_at, i.title_nl, i.fixed) for i in programme_items(store, event_id)]
    return rows, get_event(store, event_id).template_json


def test_a_longer_morning_item_moves_the_morning_up_to_lunch(store, event):
    edit.resize_item(store, event, item(store, event, "Welkomstwoord").item_id, 15)
    now = times(store, event)
    assert now["Break-out rooms: toelichting challenges"] == "09:55" and now["Wat is het probleem?"] == "10:40"
    assert now["Lunch!"] == "12:30" and now["Ideeën bedenken & uitwerken"] == "13:15"  # fixed, and what follows it
    feedback = item(store, event, "Terugkoppeling")
    assert (feedback.starts, feedback.minutes, feedback.over) == ("12:25", 15, 10)  # runs 10 minutes into lunch
    assert (feedback.fixed_next_nl, feedback.fixed_next_at) == ("Lunch!", "12:30")
    template = event_template(get_event(store, event))
    assert (template.phase("probleem").start, template.phase("probleem").end) == ("10:40", "11:50")
    assert planned_step_starts(template, programme_items(store, event))["hkw"] == utc("11:50")
    assert day_shift_minutes(template, programme_items(store, event)) == 0  # a plan edit is no shift


def test_a_shorter_item_gives_the_time_to_the_item_before_lunch(store, event):
    edit.resize_item(store, event, item(store, event, "Terugkoppeling").item_id, 20)  # 5 too long now
    edit.resize_item(store, event, item(store, event, "Break-out").item_id, 25)
    feedback = item(store, event, "Terugkoppeling")
    assert (feedback.starts, feedback.minutes, feedback.over) == ("12:10", 20, 0)  # fits again, and keeps its 20
    edit.resize_item(store, event, item(store, event, "Break-out").item_id, 20)
    assert (item(store, event, "Terugkoppeling").starts, item(store, event, "Terugkoppeling").minutes) == ("12:05", 25)


def test_add_remove_and_move_recalculate_the_times(store, event):
    new_id = edit.add_item(store, event, item(store, event, "Welkomstwoord").item_id, "Groepsfoto", "Group photo", "plenary", 10)
    assert item(store, event, "Groepsfoto").item_id == new_id
    assert times(store, event)["Groepsfoto"] == "09:45" and times(store, event)["Break-out rooms: toelichting challenges"] == "09:55"
    assert event_template(get_event(store, event)).programme[2].title.en == "Group photo"
    edit.remove_item(store, event, new_id)
    edit.remove_item(store, event, item(store, event, "Welkomstwoord").item_id)
    assert times(store, event)["Break-out rooms: toelichting challenges"] == "09:40"
    assert item(store, event, "Terugkoppeling").minutes == 20  # the 5 minutes go to the item before lunch
    edit.move_item(store, event, item(store, event, "Opening").item_id, 1)
    now = times(store, event)
    assert (now["Break-out rooms: toelichting challenges"], now["Opening door Hackathonopmaat"]) == ("09:30", "10:00")
    assert now["Pauze + kennismaking met je team"] == "10:10"
    rows = programme_items(store, event)
    assert [r.position for r in sorted(rows, key=lambda r: r.starts_at)] == list(range(len(rows)))


def test_rename_and_lock(store, event):
    pause = item(store, event, "Pauze").item_id  # 15:00, within the pitch phase's window
    edit.rename_item(store, event, pause, "Koffie", "Coffee")
    edit.set_fixed(store, event, pause, True)
    assert item(store, event, "Koffie").fixed and event_template(get_event(store, event)).programme[10].fixed
    assert [i.fixed for i in programme_items(store, event) if i.id == pause] == [True]
    edit.set_fixed(store, event, pause, False)
    assert not item(store, event, "Koffie").fixed


def test_a_fixed_item_gets_another_clock_time(store, event):
    lunch = item(store, event, "Lunch").item_id
    edit.set_fixed_time(store, event, lunch, "12:20")
    feedback = item(store, event, "Terugkoppeling")
    assert (feedback.starts, feedback.over, feedback.fixed_next_at) == ("12:15", 10, "12:20")
    assert times(store, event)["Ideeën bedenken & uitwerken"] == "13:05"
    assert times(store, event)["Start borrel"] == "17:05"  # fixed too
    assert item(store, event, "Afronding").minutes == 15  # it takes what the earlier afternoon left


@pytest.mark.parametrize("action, what, starts, fixed, at", [
    (lambda s, e: edit.resize_item(s, e, item(s, e, "Break-out").item_id, 200), "Terugkoppeling eerste fases", "15:05", "Lunch!", "12:30"),
    (lambda s, e: edit.set_fixed_time(s, e, item(s, e, "Lunch").item_id, "12:45"), "Afronding dag + bekendmaking winnaars", "17:15",
     "Start borrel", "17:05"),
    (lambda s, e: edit.move_item(s, e, item(s, e, "Terugkoppeling").item_id, 7), "Afronding dag + bekendmaking winnaars", "17:15",
     "Start borrel", "17:05"),
])
def test_an_edit_that_overlaps_a_fixed_item_is_refused(store, event, action, what, starts, fixed, at):
    before = snapshot(store, event)
    with pytest.raises(DomainError) as caught:
        action(store, event)
    assert caught.value.code == "programme_overlaps_fixed"
    assert (caught.value.params["item_nl"], caught.value.params["starts"]) == (what, starts)
    assert (caught.value.params["fixed_nl"], caught.value.params["at"]) == (fixed, at)
    assert snapshot(store, event) == before


def test_refusals_that_change_nothing(store, event):
    before = snapshot(store, event)
    cases = {
        "programme_move_fixed": lambda: edit.move_item(store, event, item(store, event, "Lunch").item_id, 2),
        "programme_phase_item": lambda: edit.remove_item(store, event, item(store, event, "Wat is het").item_id),
        "programme_ends_at_fixed": lambda: edit.resize_item(store, event, item(store, event, "Terugkoppeling").item_id, 10),
        "programme_not_fixed": lambda: edit.set_fixed_time(store, event, item(store, event, "Pauze").item_id, "15:10"),
        "programme_clock": lambda: edit.set_fixed_time(store, event, item(store, event, "Lunch").item_id, "half een"),
        "programme_kind": lambda: edit.add_item(store, event, None, "Fase", "Phase", "phase", 10),
        "programme_last_item": lambda: edit.resize_item(store, event, item(store, event, "Start borrel").item_id, 60),
    }
    for code, action in cases.items():
        with pytest.raises(DomainError) as caught:
            action()
        assert caught.value.code == code
    with pytest.raises(TemplateError) as caught:
        edit.rename_item(store, event, item(store, event, "Pauze").item_id, "  ", "Break")
    assert caught.value.params["problems"] == ["programme[10].title.nl: must not be empty or only spaces"]
    assert snapshot(store, event) == before


def test_a_phase_window_too_short_for_its_steps_is_refused_naming_the_phase_and_its_minutes(store, event):
    before = snapshot(store, event)
    with pytest.raises(DomainError) as caught:
        edit.resize_item(store, event, item(store, event, "Wat is het probleem?").item_id, 60)
    assert caught.value.code == "phase_steps_over"
    assert caught.value.params == {"phase": "probleem", "number": 1, "phase_nl": "Wat is het probleem?", "phase_en": "What is the problem?",
                                   "steps": 70, "window": 60, "start": "10:30", "end": "11:30"}
    assert snapshot(store, event) == before


def test_a_shorter_break_inside_a_phase_window_is_refused_naming_the_break(store, event):
    before = snapshot(store, event)
    with pytest.raises(DomainError) as caught:
        edit.resize_item(store, event, item(store, event, "Pauze").item_id, 30)  # 15:00, inside the pitches' 14:50-15:45
    assert caught.value.code == "programme_phase_over"
    assert caught.value.params["item_nl"] == "Pauze" and caught.value.params["phase_nl"] == "Bouw je flip-over pitch"
    assert (caught.value.params["steps"], caught.value.params["window"], caught.value.params["end"]) == (55, 40, "15:30")
    assert snapshot(store, event) == before


def test_a_shift_is_anchored_by_a_fixed_item(store, event, staatsprint_template):
    shifted = shift_rest_of_day(store, event, 5, utc("10:50"))
    assert len(shifted.moved_ids) == 2  # phase 2 and the feedback; lunch holds
    assert (shifted.fixed_nl, shifted.fixed_at, shifted.last_en, shifted.last_minutes) == ("Lunch!", "12:30", "Feedback on the first phases", 10)
    now = times(store, event)
    assert (now["Het probleem definiëren"], now["Terugkoppeling eerste fases"], now["Lunch!"]) == ("11:45", "12:20", "12:30")
    assert now["Ideeën bedenken & uitwerken"] == "13:15"  # the afternoon stays as it was
    items = programme_items(store, event)
    assert day_shift_minutes(staatsprint_template, items, utc("10:50")) == 5
    assert day_shift_minutes(staatsprint_template, items, utc("12:40")) == 0  # the afternoon is not shifted
    assert phase_allowance(staatsprint_template, items, "probleem") == 300


def test_a_shift_into_a_fixed_item_is_refused(store, event):
    before = snapshot(store, event)
    with pytest.raises(DomainError) as caught:
        shift_rest_of_day(store, event, 15, utc("10:50"))
    assert caught.value.code == "shift_into_fixed"
    assert caught.value.params == {"item_nl": "Terugkoppeling eerste fases", "item_en": "Feedback on the first phases", "fixed_nl": "Lunch!",
                                   "fixed_en": "Lunch!", "starts": "12:30", "at": "12:30", "most": 14}
    with pytest.raises(DomainError) as caught:
        shift_rest_of_day(store, event, 5, utc("12:20"))
    assert caught.value.code == "shift_fixed_next" and caught.value.params["at"] == "12:30"
    assert snapshot(store, event) == before


def test_slip_and_shift_stay_consistent_after_an_edit(store, event, staatsprint_template):
    shift_rest_of_day(store, event, 5, utc("10:50"))  # phase 1 gets 5 more minutes
    at = utc("11:00")
    items = programme_items(store, event)
    slip = slip_seconds(staatsprint_template, items, "clustering", {}, at)
    edit.resize_item(store, event, item(store, event, "Welkomstwoord").item_id, 3)  # the morning 2 minutes earlier
    template = event_template(get_event(store, event))
    items = programme_items(store, event)
    assert day_shift_minutes(template, items, at) == 5 and phase_allowance(template, items, "probleem") == 300
    assert phase_window(template, items, "probleem") == (utc("10:28"), utc("11:43"))
    assert slip_seconds(template, items, "clustering", {}, at) == slip + 120  # its plan starts 2 minutes earlier
    assert times(store, event)["Terugkoppeling eerste fases"] == "12:18"


def test_the_mini_template_flows_the_whole_day(store):
    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    edit.resize_item(store, event_id, item(store, event_id, "Welkom").item_id, 15)
    assert times(store, event_id)["Drankje"] == "14:55"  # nothing is fixed: all of it moves
    template = event_template(get_event(store, event_id))
    assert (template.phases[0].start, template.phases[0].end) == ("13:15", "13:45")
    coffee = item(store, event_id, "Koffie").item_id
    edit.set_fixed(store, event_id, coffee, True)
    assert len(shift_rest_of_day(store, event_id, 5, MAY_1_AT_13_00).moved_ids) == 1  # phase 1 only: the coffee holds
    now = times(store, event_id)
    assert (now["Verkennen"], now["Koffie"], now["Kiezen"]) == ("13:20", "13:45", "13:55")


def test_a_day_without_fixed_items_shifts_as_before(store):
    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    moved = shift_rest_of_day(store, event_id, 10, MAY_1_AT_13_00)
    assert len(moved.moved_ids) == 6 and moved.fixed_nl == "" and times(store, event_id)["Drankje"] == "15:00"
