"""The programme as the event editor shows it: each item's local start, its length, whether it is
fixed, and whether it still fits before the fixed item after it."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlmodel import select

from app.day.programme_flow import read_day
from app.event.event_template import template_data
from app.storage.store import Store, existing
from db.models import Event, ProgrammeItem


@dataclass(frozen=True)
class PlanRow:
    item_id: int
    position: int
    starts: str  # local clock time, "HH:MM", as the rows have it (the day's shifts included)
    minutes: int  # how long it is planned to last (the day's last item: until the day ends, by default)
    last: bool  # the day's last item: nothing after it to end it
    title_nl: str
    title_en: str
    kind: str
    phase_key: str | None
    fixed: bool
    over: int  # minutes it runs into the fixed item after it: 0 when it fits
    fixed_next_nl: str = ""  # that fixed item, when it does not fit
    fixed_next_en: str = ""
    fixed_next_at: str = ""


def programme_plan(store: Store, event_id: int) -> list[PlanRow]:
    with store.read() as session:
        event = existing(session, Event, event_id, "event")
        rows = list(session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id)).all())
    raw = template_data(event)
    day = read_day(raw["programme"], rows, ZoneInfo(raw["meta"].get("timezone", "Europe/Amsterdam")))
    plan = []
    for index, slot in enumerate(day.slots):
        after = day.slots[index + 1] if index + 1 < len(day.slots) else None
        warned = after is not None and slot.over > 0
        plan.append(PlanRow(
            item_id=slot.row.id, position=index, starts=day.clock(slot.start), minutes=slot.minutes, last=after is None,
            title_nl=slot.data["title"]["nl"], title_en=slot.data["title"]["en"], kind=slot.data["kind"],
            phase_key=slot.data.get("phase"), fixed=slot.fixed, over=slot.over,
            fixed_next_nl=after.data["title"]["nl"] if warned else "", fixed_next_en=after.data["title"]["en"] if warned else "",
            fixed_next_at=day.clock(after.start) if warned else "",
        ))
    return plan
