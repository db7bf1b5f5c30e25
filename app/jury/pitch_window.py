"""Does the running order fit the programme's pitch window?

The window is the programme item that starts at the template's ``jury.pitches_at`` (as the day may
have been shifted: its stored start), until the next item starts. Each team that pitches (absent teams
do not) takes ``pitch_minutes + qa_minutes + changeover_minutes``; rooms run in parallel, each in the
whole window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.day.programme import item_end
from app.day.template import Template
from app.jury.running_order import Slot, rooms_of
from db.models import ProgrammeItem


@dataclass(frozen=True)
class Fit:
    """One room's order against the window: ``start``/``end`` None when the programme has no pitch item
    (or it is the day's last, with no end)."""

    room: str
    teams: int  # the teams that pitch (absent ones left out)
    needed_minutes: int
    start: datetime | None
    end: datetime | None

    @property
    def window_minutes(self) -> int | None:
        return None if self.start is None or self.end is None else int((self.end - self.start).total_seconds() // 60)

    @property
    def fits(self) -> bool:
        return self.window_minutes is not None and self.needed_minutes <= self.window_minutes


def turn_minutes(template: Template) -> int:
    """What one team's turn takes: its pitch, the questions and the changeover."""
    jury = template.jury
    return jury.pitch_minutes + jury.qa_minutes + jury.changeover_minutes


def pitch_window(template: Template, items: list[ProgrammeItem]) -> tuple[datetime | None, datetime | None]:
    """The pitch item's start and end by the (possibly shifted) programme; (None, None) without one."""
    item = next((item for item in items if item.position < len(template.programme)
                 and template.programme[item.position].start == template.jury.pitches_at), None)
    if item is None:
        return None, None
    return item.starts_at, item_end(items, item)


def fit_per_room(template: Template, items: list[ProgrammeItem], slots: list[Slot]) -> list[Fit]:
    """Every room's fit, in the order's room order."""
    start, end = pitch_window(template, items)
    turn = turn_minutes(template)
    fits = []
    for room in rooms_of(slots):
        teams = sum(1 for slot in slots if slot.room == room and not slot.absent)
        fits.append(Fit(room, teams, teams * turn, start, end))
    return fits


def fits(template: Template, items: list[ProgrammeItem], slots: list[Slot]) -> list[Fit]:
    """The warnings: each room whose order does not fit the window (or that has no window)."""
    return [fit for fit in fit_per_room(template, items, slots) if not fit.fits]


def planned_starts(template: Template, items: list[ProgrammeItem], slots: list[Slot]) -> dict[int, datetime]:
    """When each present team's turn should start: the window's start plus the turns before it."""
    start, _end = pitch_window(template, items)
    if start is None:
        return {}
    turn = timedelta(minutes=turn_minutes(template))
    starts: dict[int, datetime] = {}
    for room in rooms_of(slots):
        present = [slot for slot in slots if slot.room == room and not slot.absent]
        starts.update({slot.team_id: start + turn * index for index, slot in enumerate(present)})
    return starts
