"""The event's name, day and place: the programme moves with the day, refusals change nothing."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.errors import DomainError
from app.event.event_details import set_event_details
from app.event.events import get_event, programme
from tests.event.editing import DAY, held, new_event

ZONE = ZoneInfo("Europe/Amsterdam")


def test_name_and_place_are_saved_folded_to_one_line(store):
    event_id = new_event(store)
    set_event_details(store, event_id, "  Staatsprint   2027 ", DAY, " Den Haag\n")
    event = get_event(store, event_id)
    assert (event.name, event.location, event.day) == ("Staatsprint 2027", "Den Haag", DAY)


def test_a_new_day_moves_the_programme_keeping_its_clock_times(store):
    event_id = new_event(store)
    before = [item.starts_at.astimezone(ZONE) for item in programme(store, event_id)]
    set_event_details(store, event_id, "Staatsprint", date(2026, 4, 2), "")  # summer time began in between
    after = [item.starts_at.astimezone(ZONE) for item in programme(store, event_id)]
    assert get_event(store, event_id).day == date(2026, 4, 2)
    assert [moment.time() for moment in after] == [moment.time() for moment in before]
    assert {moment.date() for moment in after} == {date(2026, 4, 2)}
    assert after[0] == datetime(2026, 4, 2, 9, 30, tzinfo=ZONE)


@pytest.mark.parametrize(("name", "location", "code"), [
    ("   ", "", "event_name_empty"),
    ("x" * 201, "", "event_name_long"),
    ("Staatsprint", "y" * 201, "event_location_long"),
    ("Staat\x1bsprint", "", "text_control"),
])
def test_a_refused_name_or_place_changes_nothing(store, name, location, code):
    event_id = new_event(store)
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_event_details(store, event_id, name, date(2026, 5, 1), location)
    assert refused.value.code == code
    assert held(store, event_id) == before
