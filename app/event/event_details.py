"""An event's own details: its name, its day and its place. A new day moves the whole programme to
that date, each item at the same clock time where the event takes place (the template's time zone)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import select

from app.event.events import event_template
from app.storage.store import Store, existing
from app.text import clean_line, column_limit
from db.models import Event, ProgrammeItem


def set_event_details(store: Store, event_id: int, name: str, day: date, location: str) -> None:
    """Rename, re-date and re-place the event in one transaction; a refused name or place
    (empty name, too long, a control character) changes nothing."""
    name = clean_line(name, column_limit(Event.name), "event_name", required=True)
    location = clean_line(location, column_limit(Event.location), "event_location")
    with store.write() as session:
        event = existing(session, Event, event_id, "event")
        if day != event.day:
            zone = ZoneInfo(event_template(event).meta.timezone)
            items = session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id)).all()
            for item in items:
                item.starts_at = moved_to(item.starts_at, event.day, day, zone)
                session.add(item)
        if (name, day, location) != (event.name, event.day, event.location):
            event.name, event.day, event.location = name, day, location
            session.add(event)


def moved_to(moment: datetime, old_day: date, new_day: date, zone: ZoneInfo) -> datetime:
    """``moment`` on ``new_day`` instead of ``old_day``: the same clock time there (a summer-time
    change between the two days does not shift it), an item after midnight still the day after."""
    local = moment.astimezone(zone)
    day = new_day + (local.date() - old_day)
    return datetime.combine(day, local.time(), zone).astimezone(UTC)
