"""Events: create one from a template, list them, read one's day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select

from app.day.template import STORED, Template
from app.day.template_additions import completed
from app.day.template_file import parse_template, read_template_source
from app.storage.store import Store, existing, insert_many
from app.text import clean_line, column_limit
from db.models import Challenge, Event, ProgrammeItem, Team


@dataclass(frozen=True)
class EventSummary:
    id: int
    name: str
    day: date
    template_key: str
    team_count: int


def create_event_from_file(store: Store, path: Path, day: date, name: str | None = None, location: str = "") -> int:
    """Validate the template file, then make the event; a bad template changes nothing."""
    return create_event(store, read_template_source(path), day, name, location, file_name=path.name)


def create_event(store: Store, template_source: str, day: date, name: str | None = None, location: str = "",
                 file_name: str = "template") -> int:
    """A new event with the template's programme and challenges, dated ``day``.

    The event keeps the validated template (as JSON), so it carries its own day even
    when the template file changes or the event moves to another laptop. ``file_name`` names the
    template in a refusal.
    """
    return create_event_from_template(store, parse_template(template_source, file_name), day, name, location)


def create_event_from_template(store: Store, template: Template, day: date, name: str | None = None, location: str = "",
                               announcement: str = "", moved_by: timedelta = timedelta(0)) -> int:
    """``create_event`` with the template parsed already (validated: ``parse_template``).
    ``moved_by``: the whole programme later (or earlier) by that much, its shape kept (the demo's
    day, anchored at the moment it is made)."""
    name = clean_line(name or template.meta.title.nl, column_limit(Event.name), "event_name", required=True)
    location = clean_line(location, column_limit(Event.location), "event_location")
    announcement = clean_line(announcement, column_limit(Event.announcement), "announcement")
    zone = ZoneInfo(template.meta.timezone)
    with store.write() as session:
        event = Event(
            name=name,
            template_key=template.meta.key,
            template_json=template.model_dump_json(),
            day=day,
            location=location,
            announcement=announcement,
        )
        session.add(event)
        session.flush()
        insert_many(store, session, [
            ProgrammeItem(event_id=event.id, position=position, starts_at=local_to_utc(day, item.start, zone) + moved_by,
                          title_nl=item.title.nl, title_en=item.title.en, kind=item.kind.value, phase_key=item.phase, fixed=item.fixed)
            for position, item in enumerate(template.programme)
        ])
        insert_many(store, session, [
            Challenge(event_id=event.id, key=challenge.key, position=position) for position, challenge in enumerate(template.challenges)
        ])
        return event.id


def today(template: Template) -> date:
    """Today where the event takes place (the template's time zone), not the laptop's."""
    return datetime.now(ZoneInfo(template.meta.timezone)).date()


def local_to_utc(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=zone).astimezone(ZoneInfo("UTC"))


def list_events(store: Store) -> list[EventSummary]:
    with store.read() as session:
        events = session.exec(select(Event).order_by(Event.day.desc(), Event.id)).all()
        teams = session.exec(select(Team.event_id)).all()
    return [
        EventSummary(e.id, e.name, e.day, e.template_key, sum(1 for t in teams if t == e.id)) for e in events
    ]


def event_template(event: Event) -> Template:
    """The template an event was made from (parsed once per event and version)."""
    return _parsed(event.id, event.version, event.template_json, event.template_key)


@lru_cache(maxsize=8)
def _parsed(_event_id: int, _version: int, source: str, key: str) -> Template:
    # JSON written by create_event from a validated template: pydantic reads it in a few ms.
    return Template.model_validate_json(completed(source, key), context=STORED)


def get_event(store: Store, event_id: int) -> Event:
    with store.read() as session:
        return existing(session, Event, event_id, "event")


def programme(store: Store, event_id: int) -> list[ProgrammeItem]:
    with store.read() as session:
        return list(
            session.exec(
                select(ProgrammeItem).where(ProgrammeItem.event_id == event_id).order_by(ProgrammeItem.position)
            ).all()
        )


def challenges(store: Store, event_id: int) -> list[Challenge]:
    with store.read() as session:
        return list(
            session.exec(select(Challenge).where(Challenge.event_id == event_id).order_by(Challenge.position)).all()
        )
