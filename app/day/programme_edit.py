"""The facilitator's edits of the day's programme: add, remove, move, resize, rename, lock an item,
set a locked item's clock time.

Each edit is one transaction that changes the event's template (through the template validation:
the same refusals and messages as a template file) and the programme's rows together, so the plan
and the rows stay as app/day/programme.py compares them: position by position, every row as far from
its plan as before the edit (the day's shifts are kept). How the times follow: app/day/programme_flow.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from app.day.programme_flow import Day, Slot, clock_minutes, flow, read_day
from app.day.template import ProgrammeKind
from app.errors import DomainError
from app.event.event_template import edit_event_template_in, template_data
from app.storage.store import Store, existing
from db.models import Event, ProgrammeItem

MINUTES_IN_A_DAY = 24 * 60


def add_item(store: Store, event_id: int, after_id: int | None, title_nl: str, title_en: str, kind: str, minutes: int) -> int:
    """A new item after ``after_id`` (None: first of the day) lasting ``minutes``; the items after it
    move on. Returns the new row's id. A phase comes with the template: no new phase items."""
    if kind not in {k.value for k in ProgrammeKind} or kind == ProgrammeKind.PHASE.value:
        raise DomainError("programme_kind", f"an added item is plenary, break, jury or social, not {kind!r}", kind=kind)
    _check_minutes(minutes)

    existing_ids: set[int] = set()

    def edit(day: Day) -> list[Slot]:
        existing_ids.update(slot.row.id for slot in day.slots)
        at = 0 if after_id is None else _index(day, after_id) + 1
        neighbour = day.slots[at] if at < len(day.slots) else day.slots[at - 1]
        entry = {"start": "00:00", "title": {"nl": title_nl, "en": title_en}, "kind": kind}
        return day.slots[:at] + [Slot(entry, None, 0, minutes, neighbour.delay)] + day.slots[at:]

    rows = _apply(store, event_id, edit)
    return next(row.id for row in rows if row.id not in existing_ids)


def remove_item(store: Store, event_id: int, item_id: int) -> None:
    """The item goes; the items after it move up by its length (up to the next fixed item)."""

    def edit(day: Day) -> list[Slot]:
        slot = day.slots[_index(day, item_id)]
        if slot.data.get("phase"):
            raise DomainError("programme_phase_item", f"{slot.data['title']['en']} is where its phase runs: a phase item cannot be removed",
                              **slot.titled("item"))
        if len(day.slots) == 1:
            raise DomainError("programme_last_one", "the programme keeps at least one item")
        return [other for other in day.slots if other is not slot]

    _apply(store, event_id, edit)


def move_item(store: Store, event_id: int, item_id: int, to: int) -> None:
    """The item to place ``to`` (0 is the first); every item keeps its length, the times follow."""

    def edit(day: Day) -> list[Slot]:
        index = _index(day, item_id)
        slot = day.slots[index]
        if slot.fixed and to != index:
            raise DomainError("programme_move_fixed", f"{slot.data['title']['en']} has a fixed time: change its time, or unlock it to move it",
                              **slot.titled("item"), at=day.clock(slot.start))
        rest = [other for other in day.slots if other is not slot]
        place = max(0, min(to, len(rest)))
        return rest[:place] + [slot] + rest[place:]

    _apply(store, event_id, edit, item_id)


def resize_item(store: Store, event_id: int, item_id: int, minutes: int) -> None:
    """The item lasts ``minutes``; the items after it move (up to the next fixed item)."""
    _check_minutes(minutes)

    def edit(day: Day) -> list[Slot]:
        index = _index(day, item_id)
        slot = day.slots[index]
        if index == len(day.slots) - 1:
            raise DomainError("programme_last_item", "the day's last item has no end to change", **slot.titled("item"))
        after = day.slots[index + 1]
        if after.fixed and minutes < after.start - slot.start:
            raise DomainError("programme_ends_at_fixed", f"{slot.data['title']['en']} lasts until {after.data['title']['en']} "
                              f"(fixed at {day.clock(after.start)}): lengthen an item before it, or unlock the fixed one",
                              **slot.titled("item"), **after.titled("fixed"), at=day.clock(after.start))
        slot.minutes = minutes
        return day.slots

    _apply(store, event_id, edit, item_id)


def rename_item(store: Store, event_id: int, item_id: int, title_nl: str, title_en: str) -> None:
    def edit(day: Day) -> list[Slot]:
        day.slots[_index(day, item_id)].data["title"] = {"nl": title_nl, "en": title_en}
        return day.slots

    _apply(store, event_id, edit)


def set_fixed(store: Store, event_id: int, item_id: int, fixed: bool) -> None:
    """Lock an item at the clock time it has now (it then stays put while the rest moves), or unlock it."""

    def edit(day: Day) -> list[Slot]:
        slot = day.slots[_index(day, item_id)]
        slot.data["fixed"] = fixed
        if fixed:
            slot.delay = 0  # its plan becomes the time it has now: a fixed item is where the plan says
        return day.slots

    _apply(store, event_id, edit)


def set_fixed_time(store: Store, event_id: int, item_id: int, clock: str) -> None:
    """A fixed item's clock time ("HH:MM", local); the items before it flow up to it, the ones after from it."""

    def edit(day: Day) -> list[Slot]:
        slot = day.slots[_index(day, item_id)]
        if not slot.fixed:
            raise DomainError("programme_not_fixed", f"{slot.data['title']['en']} has no fixed time: lock it first", **slot.titled("item"))
        slot.start = day.line_minutes(_local_moment(slot.row.starts_at, clock, day.zone))
        return day.slots

    _apply(store, event_id, edit, item_id)


def _apply(store: Store, event_id: int, edit: Callable[[Day], list[Slot]], item_id: int | None = None) -> list[ProgrammeItem]:
    """Read the day, let ``edit`` rearrange its slots (of the item ``item_id``, when one is edited),
    flow the times, and store plan and rows in one transaction; returns the rows in their new order."""
    with store.write() as session:
        event = existing(session, Event, event_id, "event")
        raw = template_data(event)
        rows = list(session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id)).all())
        day = read_day(raw["programme"], rows, ZoneInfo(raw["meta"].get("timezone", "Europe/Amsterdam")))
        old = [slot.data["start"] for slot in day.slots]
        slots = edit(day)
        flow(day, slots, day.slots[0].start)
        plan = _plan_minutes(day, slots)
        try:
            edit_event_template_in(session, event_id, lambda data: _write_plan(data, slots, plan, old))
        except DomainError as error:
            raise _inside_phase(error, slots, item_id) from None
        return _write_rows(session, event_id, day, slots, rows)


def _inside_phase(error: DomainError, slots: list[Slot], item_id: int | None) -> DomainError:
    """A phase left too short by an edit of another item, one whose time lies in the phase's window
    (the afternoon break inside the pitches): the refusal names that item too, as the cause."""
    slot = next((slot for slot in slots if slot.row is not None and slot.row.id == item_id), None)
    if error.code != "phase_steps_over" or slot is None or slot.data.get("phase") == error.params["phase"]:
        return error
    return DomainError("programme_phase_over", f"{slot.data['title']['en']} lies in the window of phase {error.params['number']}: "
                       f"{error.message}", **error.params, **slot.titled("item"))


def _plan_minutes(day: Day, slots: list[Slot]) -> list[int]:
    """Each slot's start by the plan: its row's start less its delay (within the template's day)."""
    plan = [slot.start - slot.delay for slot in slots]
    for slot, minutes in zip(slots, plan):
        if not 0 <= minutes < MINUTES_IN_A_DAY:
            raise DomainError("programme_past_midnight", f"{slot.data['title']['en']} would start at {day.clock(slot.start)}, "
                              "outside the day", **slot.titled("item"), starts=day.clock(slot.start))
    return plan


def _write_plan(data: dict, slots: list[Slot], plan: list[int], old: list[str]) -> None:
    """The template's programme, phases and jury as the slots now have them."""
    for index, (slot, minutes) in enumerate(zip(slots, plan)):
        slot.data["start"] = _clock(minutes)
        slot.data.pop("minutes", None)
        if slot.over and index + 1 < len(slots):
            slot.data["minutes"] = plan[index + 1] - minutes + slot.over
    _follow_phases(data, slots, plan, old)
    jury = data.get("jury")
    if jury and jury.get("pitches_at") in old:
        was = old.index(jury["pitches_at"])
        jury["pitches_at"] = next((_clock(minutes) for slot, minutes in zip(slots, plan) if slot.was == was), jury["pitches_at"])
    data["programme"] = [slot.data for slot in slots]


def _follow_phases(data: dict, slots: list[Slot], plan: list[int], old: list[str]) -> None:
    """Each phase from its own item's start to the start of the item that ended it, or, when that
    one went or moved away, of the first item after the phase's own that came after it; a phase
    without such an item keeps its length."""
    for phase in data["phases"]:
        index = next((i for i, slot in enumerate(slots) if slot.data.get("phase") == phase["key"]), None)
        if index is None:
            continue
        end = plan[index] + clock_minutes(phase["end"]) - clock_minutes(phase["start"])
        if phase["end"] in old:
            ended_by = old.index(phase["end"])
            after = [i for i, slot in enumerate(slots) if i > index and slot.was is not None and slot.was >= ended_by]
            if after:
                end = plan[after[0]]
        phase["start"], phase["end"] = _clock(plan[index]), _clock(end)


def _write_rows(session: Session, event_id: int, day: Day, slots: list[Slot], rows: list[ProgrammeItem]) -> list[ProgrammeItem]:
    kept = {slot.row.id for slot in slots if slot.row is not None}
    for row in rows:
        if row.id not in kept:
            session.delete(row)
    session.flush()
    written = []
    for position, slot in enumerate(slots):
        row = slot.row or ProgrammeItem(event_id=event_id, position=position, starts_at=day.origin, title_nl="", title_en="", kind="")
        values = {"position": position, "starts_at": day.origin + timedelta(minutes=slot.start), "title_nl": slot.data["title"]["nl"],
                  "title_en": slot.data["title"]["en"], "kind": slot.data["kind"], "phase_key": slot.data.get("phase"),
                  "fixed": bool(slot.data.get("fixed"))}
        if slot.row is None or any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
        written.append(row)
    session.flush()
    return written


def _index(day: Day, item_id: int) -> int:
    for index, slot in enumerate(day.slots):
        if slot.row is not None and slot.row.id == item_id:
            return index
    raise DomainError("programme_item_missing", "this programme item no longer exists")


def _check_minutes(minutes: int) -> None:
    if not 1 <= minutes <= MINUTES_IN_A_DAY:
        raise DomainError("programme_minutes", f"an item lasts 1 to {MINUTES_IN_A_DAY} minutes", limit=MINUTES_IN_A_DAY)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _local_moment(near: datetime, clock: str, zone: ZoneInfo) -> datetime:
    """``clock`` on the local day of ``near``."""
    try:
        hours, minutes = (int(part) for part in clock.strip().split(":"))
        return near.astimezone(zone).replace(hour=hours, minute=minutes)
    except ValueError:
        raise DomainError("programme_clock", f"not a clock time: {clock!r} (write e.g. 12:30)", clock=clock) from None
