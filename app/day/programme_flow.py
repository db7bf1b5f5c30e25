"""How the programme flows when the facilitator edits it.

Every item keeps its length when things move; a fixed item (lunch, the borrel) keeps its clock time;
the items between two fixed ones follow on from the first. An item whose length no longer fits before
the fixed item after it is shortened to what is left and flagged (``over``); an item that would start at
or after a fixed item is refused, saying which and where.

Times here are minutes on the day's own line: from the moment the template's 00:00 falls on, as the
rows have it (``origin``), so a day shifted or moved as a whole computes the same way. An item's
``delay`` is how far its row lies from the template's plan (the facilitator's shifts of the day): an
edit keeps every item's delay, so the slip of the teams and the day's shift mean what they meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.errors import DomainError
from db.models import ProgrammeItem

LAST_ITEM_MIN = 30  # the day's last item has no next item to end it


@dataclass
class Slot:
    """One programme item while an edit runs."""

    data: dict  # its template entry (start, title, kind, phase, fixed, minutes)
    row: ProgrammeItem | None  # its row; None: added by this edit
    start: int  # minutes on the day's line, as its row has it
    minutes: int  # how long it wants to last
    delay: int  # minutes its row lies later than the plan
    was: int | None = None  # its place before the edit; None: added by this edit
    over: int = field(default=0)  # minutes it runs into the fixed item after it

    @property
    def fixed(self) -> bool:
        return bool(self.data.get("fixed"))

    def titled(self, role: str) -> dict[str, str]:
        """Its titles as a refusal's parameters: ``{role}_nl`` and ``{role}_en``."""
        return {f"{role}_nl": self.data["title"]["nl"], f"{role}_en": self.data["title"]["en"]}


@dataclass(frozen=True)
class Day:
    """The programme as an edit finds it: its slots in order, where its line starts, its time zone."""

    slots: list[Slot]
    origin: datetime
    zone: ZoneInfo

    def clock(self, minutes: int) -> str:
        """A point on the day's line as the local clock shows it."""
        return (self.origin + timedelta(minutes=minutes)).astimezone(self.zone).strftime("%H:%M")

    def line_minutes(self, moment: datetime) -> int:
        return int((moment - self.origin).total_seconds() // 60)


def clock_minutes(clock: str) -> int:
    hours, minutes = (int(part) for part in clock.split(":"))
    return hours * 60 + minutes


def read_day(programme: list[dict], rows: list[ProgrammeItem], zone: ZoneInfo) -> Day:
    """The slots of a programme: the template's entries and their rows, matched by position."""
    by_position = sorted(rows, key=lambda row: row.position)
    plan = [clock_minutes(entry["start"]) for entry in programme]
    fixed = [index for index, entry in enumerate(programme) if entry.get("fixed")]
    anchor = fixed[0] if fixed else 0  # as app/day/programme.py measures delays
    origin = by_position[anchor].starts_at - timedelta(minutes=plan[anchor])
    starts = [int((row.starts_at - origin).total_seconds() // 60) for row in by_position]
    slots = []
    for index, (entry, row) in enumerate(zip(programme, by_position)):
        if index + 1 < len(programme):
            overflow = max(0, (entry.get("minutes") or 0) - (plan[index + 1] - plan[index]))
            minutes = starts[index + 1] - starts[index] + overflow
        else:
            minutes = entry.get("minutes") or LAST_ITEM_MIN
        slots.append(Slot(entry, row, starts[index], minutes, starts[index] - plan[index], was=index))
    for slot, after in zip(slots, slots[1:]):
        slot.over = max(0, slot.start + slot.minutes - after.start) if after.fixed else 0
    return Day(slots, origin, zone)


def flow(day: Day, slots: list[Slot], day_start: int) -> None:
    """Give every slot its start: the first at ``day_start`` (or its fixed time), each next one when
    the one before ends, a fixed one at its own time. Refused when an item would start at or after
    the fixed item that follows it."""
    for index, slot in enumerate(slots):
        slot.over = 0
        if index == 0:
            slot.start = slot.start if slot.fixed else day_start
            continue
        before = slots[index - 1]
        follows = before.start + before.minutes
        if not slot.fixed:
            slot.start = follows
            continue
        if before.start >= slot.start:
            raise DomainError(
                "programme_overlaps_fixed",
                f"{before.data['title']['en']} would start at {day.clock(before.start)}, not before "
                f"{slot.data['title']['en']} (fixed at {day.clock(slot.start)})",
                **before.titled("item"), **slot.titled("fixed"), starts=day.clock(before.start), at=day.clock(slot.start),
            )
        before.over = max(0, follows - slot.start)
