"""The day's programme: what is on now, what comes next, how far each team runs behind.

Programme items are stored with their start times (UTC); each phase's steps are planned from
the start of that phase's programme item, so shifting the rest of the day moves the plan too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select

from app.clock.timers import TimerState, timer_plan
from app.day.template import Template
from app.errors import DomainError
from app.storage.store import Store
from app.text import clean_line, column_limit
from db.models import Event, ProgrammeItem

SHIFT_LIMIT_MIN = 180


@dataclass(frozen=True)
class Moment:
    """Where the programme is at a moment: the current item (None before the day) and the next."""

    current: ProgrammeItem | None
    next: ProgrammeItem | None


def moment(items: list[ProgrammeItem], now: datetime) -> Moment:
    started = [item for item in items if item.starts_at <= now]
    upcoming = [item for item in items if item.starts_at > now]
    return Moment(started[-1] if started else None, upcoming[0] if upcoming else None)


def item_end(items: list[ProgrammeItem], item: ProgrammeItem) -> datetime | None:
    """When an item ends: when the next one starts (the last item has no end)."""
    later = [other.starts_at for other in items if other.starts_at > item.starts_at]
    return min(later) if later else None


PLENARY_DEFAULT_MIN = 30
SLIP_WARNING_S = 300  # a team this far behind the programme is flagged  # the last item of the day has no next item to end it


def item_minutes(items: list[ProgrammeItem], item: ProgrammeItem) -> int:
    """How long an item lasts: until the next one starts (at least a minute)."""
    end = item_end(items, item)
    return max(1, int((end - item.starts_at).total_seconds() // 60)) if end else PLENARY_DEFAULT_MIN


def plenary_key(item: ProgrammeItem) -> str:
    """The timer key of a plenary item's timer."""
    return f"programme_{item.id}"


def phase_allowance(template: Template, items: list[ProgrammeItem], phase_key: str) -> float:
    """Seconds the facilitator gave a phase by shifting the day while it ran: how much later
    its end (the item starting when it should end) moved than its start."""
    start, end = _phase_items(template, items, phase_key)
    if start is None or end is None:
        return 0.0
    return (_delay(template, items, end) - _delay(template, items, start)).total_seconds()


def phase_window(template: Template, items: list[ProgrammeItem], phase_key: str) -> tuple[datetime, datetime] | None:
    """When a phase runs by the (possibly shifted) programme: from its own item's start to the
    start of the item that follows it (or its template length after its start). None when the
    programme has no item for it."""
    start, end = _phase_items(template, items, phase_key)
    if start is None:
        return None
    if end is not None:
        return start.starts_at, end.starts_at
    phase = template.phase(phase_key)
    length = timedelta(minutes=_clock_minutes(phase.end) - _clock_minutes(phase.start))
    return start.starts_at, start.starts_at + length


def _phase_items(template: Template, items: list[ProgrammeItem], phase_key: str) -> tuple[ProgrammeItem | None, ProgrammeItem | None]:
    """The programme item a phase starts with, and the one starting when the phase should end."""
    phase = template.phase(phase_key)
    start = next((item for item in items if item.phase_key == phase_key), None)
    end = next((item for item in items if template.programme[item.position].start == phase.end), None)
    return start, end


def _clock_minutes(clock: str) -> int:
    hours, minutes = (int(part) for part in clock.split(":"))
    return hours * 60 + minutes


def _delay(template: Template, items: list[ProgrammeItem], item: ProgrammeItem) -> timedelta:
    """How far an item has been shifted against the day's first item, compared with the template.

    Measured from the first item, not from the calendar: a day moved as a whole (the demo,
    anchored at the hour it is made; a day that crosses midnight) has no shift."""
    first = min(items, key=lambda other: other.position)
    planned = _clock_minutes(template.programme[item.position].start) - _clock_minutes(template.programme[first.position].start)
    return (item.starts_at - first.starts_at) - timedelta(minutes=planned)


def planned_step_starts(template: Template, items: list[ProgrammeItem]) -> dict[str, datetime]:
    """When each step should start: its phase's programme start plus the minutes before it."""
    phase_starts = {item.phase_key: item.starts_at for item in items if item.phase_key}
    plan: dict[str, datetime] = {}
    for phase in template.phases:
        start = phase_starts.get(phase.key)
        if start is None:
            continue
        for step in phase.steps:
            plan[step.key] = start
            start += timedelta(minutes=step.minutes)
    return plan


def slip_seconds(
    template: Template,
    items: list[ProgrammeItem],
    current_step: str | None,
    timers: dict[tuple[str, str], TimerState],
    now: datetime,
) -> float | None:
    """How far a team runs behind the programme (positive) or ahead of it (negative).

    The team's position is the planned start of its current step plus the time its timers
    have run in that step (at most the step's minutes). None when the plan has no such step,
    and for a team done with the day (see ``done_with_the_day``): it has no slip.
    """
    plan = planned_step_starts(template, items)
    if not plan:
        return None
    if current_step is None:
        first = min(plan.values())
        return max(0.0, (now - first).total_seconds())
    if current_step not in plan:
        return None
    step_seconds = template.step(current_step).minutes * 60
    used = step_seconds_used(timers, current_step, now)
    if done_with_the_day(template, current_step, used):
        return None
    position = plan[current_step] + timedelta(seconds=min(used, step_seconds))
    allowance = phase_allowance(template, items, template.phase_of(current_step).key)
    return (now - position).total_seconds() - allowance


def done_with_the_day(template: Template, current_step: str | None, used_seconds: float) -> bool:
    """A team at the day's last step whose timebox there has run out has finished its day."""
    last = template.steps()[-1]
    return current_step == last.key and used_seconds >= last.minutes * 60


def step_seconds_used(timers: dict[tuple[str, str], TimerState], step_key: str | None, now: datetime) -> float:
    """How long a team's timers have run in ``step_key``, all its parts together."""
    return sum(state.elapsed(now) for (key, _part), state in timers.items() if key == step_key)


def programme_items(store: Store, event_id: int) -> list[ProgrammeItem]:
    with store.read() as session:
        return list(
            session.exec(
                select(ProgrammeItem).where(ProgrammeItem.event_id == event_id).order_by(ProgrammeItem.starts_at, ProgrammeItem.position)
            ).all()
        )


def shift_rest_of_day(store: Store, event_id: int, minutes: int, now: datetime) -> int:
    """Move every item that has not started yet by ``minutes``; returns how many moved.

    Refused (nothing changes) when it would make an item start before the one now running,
    or for a shift of more than three hours at once.
    """
    if minutes == 0:
        return 0
    if abs(minutes) > SHIFT_LIMIT_MIN:
        raise DomainError("shift_too_large", f"shift at most {SHIFT_LIMIT_MIN} minutes at once", limit=SHIFT_LIMIT_MIN)
    with store.write() as session:
        items = list(session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id)).all())
        later = [item for item in items if item.starts_at > now]
        if not later:
            raise DomainError("shift_nothing_left", "nothing of the programme is still to come")
        earliest_allowed = max([now] + [item.starts_at for item in items if item.starts_at <= now])
        if min(item.starts_at for item in later) + timedelta(minutes=minutes) < earliest_allowed:
            raise DomainError("shift_before_now", "the next item would start before the current one", minutes=minutes)
        for item in later:
            item.starts_at = item.starts_at + timedelta(minutes=minutes)
            session.add(item)
        return len(later)


def day_shift_minutes(template: Template, items: list[ProgrammeItem]) -> int:
    """How far the facilitator has moved the day: every shift moves the last item, so its delay
    against the template is the sum of them all."""
    if not items:
        return 0
    last = max(items, key=lambda item: item.position)
    return int(_delay(template, items, last).total_seconds() // 60)


def set_announcement(store: Store, event_id: int, text: str) -> None:
    """The line the beamer shows under the countdown ("Nog 5 minuten!"); empty clears it."""
    clean = clean_line(text, column_limit(Event.announcement), "announcement")
    with store.write() as session:
        event = session.get(Event, event_id)
        if event.announcement != clean:
            event.announcement = clean
            session.add(event)


def step_timer_keys(template: Template, step_key: str) -> list[str]:
    return [part.key for part in timer_plan(template, step_key)]


def plenary_to_time(items: list[ProgrammeItem], now: datetime) -> ProgrammeItem | None:
    """The plenary item a facilitator most likely wants to time: the one on now, else the next,
    else the day's last."""
    plenary = [item for item in items if item.kind == "plenary"]
    at = moment(items, now)
    upcoming = [i for i in plenary if (at.current is not None and i.id == at.current.id) or i.starts_at > now]
    return upcoming[0] if upcoming else (plenary[-1] if plenary else None)
