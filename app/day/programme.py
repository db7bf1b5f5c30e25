"""The day's programme: what is on now, what comes next, how far each team runs behind.

Programme items are stored with their start times (UTC); each phase's steps are planned from
the start of that phase's programme item, so shifting the rest of the day moves the plan too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import takewhile
from zoneinfo import ZoneInfo

from sqlmodel import select

from app.clock.timers import TimerState, timer_plan
from app.day.template import Template
from app.errors import DomainError
from app.event.events import event_template
from app.storage.store import Store, existing
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
    """How far an item has been shifted against the day's anchor, compared with the template.

    Measured from an item, not from the calendar: a day moved as a whole (the demo, anchored at
    the hour it is made; a day that crosses midnight) has no shift. The anchor is the day's first
    fixed item (no shift moves it), else its first item."""
    anchor = _delay_anchor(items)
    planned = _clock_minutes(template.programme[item.position].start) - _clock_minutes(template.programme[anchor.position].start)
    return (item.starts_at - anchor.starts_at) - timedelta(minutes=planned)


def _delay_anchor(items: list[ProgrammeItem]) -> ProgrammeItem:
    """The item every delay is measured from: the first fixed item, else the first item."""
    fixed = [item for item in items if item.fixed]
    return min(fixed or items, key=lambda other: other.position)


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


@dataclass(frozen=True)
class DayShift:
    """What a shift did: the items it moved and, when a fixed item stopped it, that item and how long
    the last moved item before it lasts now (it got shorter or longer by the shift)."""

    moved_ids: tuple[int, ...]
    fixed_nl: str = ""
    fixed_en: str = ""
    fixed_at: str = ""  # the fixed item's clock time, "12:30"
    last_nl: str = ""
    last_en: str = ""
    last_minutes: int = 0


def shift_rest_of_day(store: Store, event_id: int, minutes: int, now: datetime) -> DayShift:
    """Move the items that have not started yet by ``minutes``, up to the next fixed item; returns
    what moved.

    A fixed item (lunch, the borrel) holds its clock time and anchors what follows it: a shift in
    the morning moves the morning's items up to lunch, and the afternoon stays as it is. Refused
    (nothing changes) when the next item is fixed, when an item would start at or after the fixed
    one, when an item would start before the one now running, or for more than three hours at once.
    """
    if minutes == 0:
        return DayShift(())
    if abs(minutes) > SHIFT_LIMIT_MIN:
        raise DomainError("shift_too_large", f"shift at most {SHIFT_LIMIT_MIN} minutes at once", limit=SHIFT_LIMIT_MIN)
    with store.write() as session:
        items = sorted(session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id)).all(),
                       key=lambda item: (item.starts_at, item.position))
        later = [item for item in items if item.starts_at > now]
        if not later:
            raise DomainError("shift_nothing_left", "nothing of the programme is still to come")
        moving = list(takewhile(lambda item: not item.fixed, later))
        fixed = later[len(moving)] if len(moving) < len(later) else None
        zone = ZoneInfo(event_template(existing(session, Event, event_id, "event")).meta.timezone)
        if not moving:
            raise DomainError("shift_fixed_next", f"the next item, {fixed.title_en}, has a fixed time ({_local(fixed.starts_at, zone)})",
                              **_titled("fixed", fixed), at=_local(fixed.starts_at, zone))
        earliest_allowed = max([now] + [item.starts_at for item in items if item.starts_at <= now])
        if moving[0].starts_at + timedelta(minutes=minutes) < earliest_allowed:
            raise DomainError("shift_before_now", "the next item would start before the current one", minutes=minutes)
        last = moving[-1].starts_at + timedelta(minutes=minutes)
        if fixed is not None and last >= fixed.starts_at:
            most = int((fixed.starts_at - moving[-1].starts_at).total_seconds() // 60) - 1  # it keeps a minute
            raise DomainError("shift_into_fixed", f"{moving[-1].title_en} would start at {_local(last, zone)}, not before "
                              f"{fixed.title_en} (fixed at {_local(fixed.starts_at, zone)}); shift at most {most} minutes",
                              **_titled("item", moving[-1]), **_titled("fixed", fixed), starts=_local(last, zone),
                              at=_local(fixed.starts_at, zone), most=max(0, most))
        for item in moving:
            item.starts_at = item.starts_at + timedelta(minutes=minutes)
            session.add(item)
        moved = tuple(item.id for item in moving)
        if fixed is None:
            return DayShift(moved)
        last = moving[-1]
        return DayShift(moved, fixed.title_nl, fixed.title_en, _local(fixed.starts_at, zone), last.title_nl, last.title_en,
                        int((fixed.starts_at - last.starts_at).total_seconds() // 60))


def _local(moment_: datetime, zone: ZoneInfo) -> str:
    return moment_.astimezone(zone).strftime("%H:%M")


def _titled(role: str, item: ProgrammeItem) -> dict[str, str]:
    """An item's titles as a refusal's parameters: ``{role}_nl`` and ``{role}_en``."""
    return {f"{role}_nl": item.title_nl, f"{role}_en": item.title_en}


def day_shift_minutes(template: Template, items: list[ProgrammeItem], now: datetime | None = None) -> int:
    """How far the facilitator has moved what is still to come: the delay against the template of
    the next item that is not fixed (after ``now``; without a moment, the day's last such item).
    With nothing fixed every shift moves the last item, so its delay is the sum of them all."""
    movable = sorted((item for item in items if not item.fixed), key=lambda item: item.position)
    if now is not None:
        movable = [item for item in movable if item.starts_at > now][:1]
    if not movable:
        return 0
    return int(_delay(template, items, movable[-1]).total_seconds() // 60)


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
