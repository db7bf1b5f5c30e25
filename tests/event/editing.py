"""Shared by the event editor's tests: an event to edit, and what it holds (to show a refusal changed nothing)."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from app.event.events import create_event
from app.paths import template_path
from db.models import Challenge, Event, ProgrammeItem
from tests.conftest import MINI_TEMPLATE

DAY = date(2026, 3, 11)


def new_event(store, which: str = "staatsprint") -> int:
    path = template_path("staatsprint") if which == "staatsprint" else MINI_TEMPLATE
    return create_event(store, path.read_text(encoding="utf-8"), DAY)


def held(store, event_id: int) -> tuple:
    """The event's row, template, programme and challenge rows, as comparable values."""
    with store.read() as session:
        event = session.get(Event, event_id)
        items = session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id).order_by(ProgrammeItem.id)).all()
        rows = session.exec(select(Challenge).where(Challenge.event_id == event_id).order_by(Challenge.id)).all()
        return ((event.name, event.day, event.location, event.version, event.template_json),
                [(i.starts_at, i.title_nl, i.version) for i in items], [(c.key, c.position) for c in rows])
