"""Timers as stored deadlines: pure arithmetic over (start, duration, pauses, extensions).

Nothing here counts ticks. The remaining time is computed from a clock whenever someone asks,
so a restart, a sleeping laptop or a blocked event loop never makes a timer drift. A timer is
one ``StepState`` row: a team's step (or one part of it), or a plenary timer (no team).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from enum import Enum

from sqlmodel import select, update

from app.clock.clock import Clock, stamp
from app.day.template import Template
from app.errors import DomainError
from app.storage.store import Store
from db.dml import insert_or_nothing
from db.models import StepState

MIN_TOTAL_S = 60  # -1 min on a timer not yet started stops at one minute


class Status(str, Enum):
    IDLE = "idle"  # not started
    RUNNING = "running"
    PAUSED = "paused"
    OVERRUN = "overrun"  # running past zero: the timebox is a guide, an overrun is shown, never hidden
    DONE = "done"  # finished (the team moved on)


@dataclass(frozen=True)
class TimerState:
    duration_s: int
    started_at: datetime | None = None
    paused_at: datetime | None = None
    paused_total_s: float = 0.0
    extended_s: int = 0
    finished_at: datetime | None = None

    @property
    def total_s(self) -> int:
        return self.duration_s + self.extended_s

    def elapsed(self, now: datetime) -> float:
        """Seconds the timer has run: pauses excluded, never negative (a clock set back)."""
        if self.started_at is None:
            return 0.0
        end = self.finished_at or self.paused_at or now
        return max(0.0, (end - self.started_at).total_seconds() - self.paused_total_s)

    def remaining(self, now: datetime) -> float:
        """Seconds left; negative while running over time."""
        return self.total_s - self.elapsed(now)

    def status(self, now: datetime) -> Status:
        if self.finished_at is not None:
            return Status.DONE
        if self.started_at is None:
            return Status.IDLE
        if self.paused_at is not None:
            return Status.PAUSED
        return Status.OVERRUN if self.remaining(now) < 0 else Status.RUNNING

    def deadline(self) -> datetime | None:
        """When a running timer reaches zero."""
        if self.started_at is None or self.paused_at is not None or self.finished_at is not None:
            return None
        return self.started_at + timedelta(seconds=self.total_s + self.paused_total_s)

    # -- what the buttons do (pure: a new state from the old one) ------------
    def start(self, now: datetime) -> TimerState:
        if self.started_at is not None and self.finished_at is None:
            return self.resume(now)
        # A finished timer starts afresh; one never started keeps what was added beforehand.
        extended = 0 if self.finished_at is not None else self.extended_s
        return replace(self, started_at=now, paused_at=None, paused_total_s=0.0, finished_at=None, extended_s=extended)

    def reopen(self) -> TimerState:
        """A finished timer paused where it stopped: the team came back to this step."""
        if self.finished_at is None:
            return self
        return replace(self, paused_at=self.finished_at, finished_at=None)

    def pause(self, now: datetime) -> TimerState:
        if self.started_at is None or self.paused_at is not None or self.finished_at is not None:
            return self
        return replace(self, paused_at=max(now, self.started_at))

    def resume(self, now: datetime) -> TimerState:
        if self.paused_at is None:
            return self
        pause = max(0.0, (now - self.paused_at).total_seconds())
        return replace(self, paused_at=None, paused_total_s=self.paused_total_s + pause)

    def toggle(self, now: datetime) -> TimerState:
        """Space: start, pause or resume."""
        if self.started_at is None or self.finished_at is not None:
            return self.start(now)
        return self.resume(now) if self.paused_at is not None else self.pause(now)

    def extend(self, seconds: int, now: datetime) -> TimerState:
        """Add time, or take it (negative): never past zero of a started timer, never under a
        minute for one not started."""
        if seconds < 0 and self.started_at is not None:
            seconds = -min(-seconds, max(0, int(self.remaining(now))))
        elif seconds < 0:
            seconds = max(seconds, MIN_TOTAL_S - self.total_s)
        return replace(self, extended_s=self.extended_s + seconds) if seconds else self

    def reset(self) -> TimerState:
        return TimerState(duration_s=self.duration_s)

    def finish(self, now: datetime) -> TimerState:
        """The step is over (the team moves on): the timer stops where it is."""
        if self.finished_at is not None:
            return self
        running = self.resume(now) if self.paused_at is not None else self
        started = running.started_at or now
        return replace(running, started_at=started, finished_at=max(now, started))


@dataclass(frozen=True)
class TimerKey:
    """Which timer: a team's step or step part; ``team_id`` None is a plenary timer of the event."""

    event_id: int
    team_id: int | None
    step_key: str
    part_key: str = ""


@dataclass(frozen=True)
class PartPlan:
    key: str
    minutes: int


def timer_plan(template: Template, step_key: str) -> list[PartPlan]:
    """The timers a step runs, in order: one per part, or one for the whole step."""
    step = template.step(step_key)
    if step.parts:
        return [PartPlan(part.key, part.minutes) for part in step.parts]
    return [PartPlan("", step.minutes)]


class Timers:
    """Reads and changes stored timers; every change is one committed transaction."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def state(self, key: TimerKey, duration_s: int) -> TimerState:
        """The timer's state; one never started is idle with ``duration_s``."""
        with self.store.read() as session:
            row = _row(session, key)
        return state_of(row) if row is not None else TimerState(duration_s=duration_s)

    def states(self, event_id: int, team_id: int | None) -> dict[tuple[str, str], TimerState]:
        """Every stored timer of a team (or the plenary ones), by (step key, part key)."""
        with self.store.read() as session:
            rows = session.exec(
                select(StepState).where(StepState.event_id == event_id, StepState.team_id == team_id)
            ).all()
        return {(row.step_key, row.part_key): state_of(row) for row in rows}

    def apply(self, key: TimerKey, duration_s: int, action: str, seconds: int = 0) -> TimerState:
        """Do ``action`` (start, pause, resume, toggle, extend, reset, finish) now and commit it."""
        if duration_s <= 0:
            raise DomainError("timer_duration", "a timer needs a positive duration", duration=duration_s)
        with self.store.write() as session:
            now = stamp(self.clock, session)  # on a shared event the server's clock (app.clock.clock)
            row = _row(session, key, lock=True)
            state = state_of(row) if row is not None else TimerState(duration_s=duration_s)
            changed = _act(state, action, now, seconds)
            if changed == state:
                return state
            if row is None:  # made now, or a moment ago on another laptop: act on what is stored
                row = claim(self.store, session, key, duration_s)
                state = state_of(row)
                changed = _act(state, action, now, seconds)
            if action == "extend":
                return _extend_in_statement(self.store, session, row, changed.extended_s - state.extended_s)
            write_state(row, changed)
            session.add(row)
        return changed


def claim(store: Store, session, key: TimerKey, duration_s: int) -> StepState:
    """The timer's row, locked; made (idle) when missing. Two laptops making it at once make one:
    the unique key of a team's timer, or the partial index of a plenary one, turns the second
    insert down on every engine, and the second then reads the first's row."""
    row = _row(session, key, lock=True)
    if row is None:
        store.execute(session, insert_or_nothing(session.get_bind().dialect.name, StepState).values(
            event_id=key.event_id, team_id=key.team_id, step_key=key.step_key, part_key=key.part_key, duration_s=duration_s))
        row = _row(session, key, lock=True)
    return row


FIELDS = tuple(field.name for field in fields(TimerState))  # a timer row stores exactly these


def _extend_in_statement(store: Store, session, row: StepState, seconds: int) -> TimerState:
    """Time added (or taken) by the statement itself, ``extended_s = extended_s + :seconds``: two laptops
    pressing +1 minute at once give +2 minutes on every engine, whatever either had read. (The clamp
    for time taken was computed from the row as locked; the stored value is the statement's.)"""
    if not seconds:
        return state_of(row)
    statement = update(StepState).where(StepState.id == row.id).values(extended_s=StepState.extended_s + seconds)
    returned = store.execute_rows(session, statement, *(StepState.__table__.c[name] for name in FIELDS))
    session.expire(row)  # the session's copy is stale: read again if asked within this write
    return TimerState(**{name: returned[0]._mapping[name] for name in FIELDS})


def _act(state: TimerState, action: str, now: datetime, seconds: int) -> TimerState:
    if action == "extend":
        return state.extend(seconds, now)
    if action == "reset":
        return state.reset()
    if action in ("start", "pause", "resume", "toggle", "finish"):
        return getattr(state, action)(now)
    if action == "reopen":
        return state.reopen()
    raise ValueError(f"not a timer action: {action}")


def _row(session, key: TimerKey, lock: bool = False) -> StepState | None:
    query = select(StepState).where(
        StepState.event_id == key.event_id,
        StepState.team_id == key.team_id,  # None compares as IS NULL: a plenary timer
        StepState.step_key == key.step_key,
        StepState.part_key == key.part_key,
    )
    if lock:  # two laptops pressing at once: the second waits, then builds on the first's change
        query = query.with_for_update()
    return session.exec(query).first()


def state_of(row: StepState) -> TimerState:
    return TimerState(**{name: getattr(row, name) for name in FIELDS})


def write_state(row: StepState, state: TimerState) -> None:
    for name in FIELDS:
        setattr(row, name, getattr(state, name))


LAST_MINUTE_S = 60


def tone(status: Status, remaining: float) -> str:
    """How a timer should look: 'idle', 'normal', 'last' (its last minute) or 'over' (past zero)."""
    if status in (Status.IDLE, Status.DONE):
        return "idle"
    if remaining < 0:
        return "over"
    return "last" if remaining <= LAST_MINUTE_S else "normal"


def clock_text(seconds: float) -> str:
    """'4:59' counting down (a started second still shows), '+2:13' over time, '1:05:00' past an hour."""
    if seconds > 0:
        whole, sign = math.ceil(seconds - 1e-9), ""
    else:
        whole = math.floor(-seconds + 1e-9)
        sign = "+" if whole > 0 else ""
    hours, rest = divmod(int(whole), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"


def current_part(plan: list[PartPlan], states: dict[tuple[str, str], TimerState], step_key: str) -> int:
    """Index of the part the team is in: the first not finished (the last when all are)."""
    for index, part in enumerate(plan):
        state = states.get((step_key, part.key))
        if state is None or state.finished_at is None:
            return index
    return len(plan) - 1


def next_part(timers: Timers, event_id: int, team_id: int, step_key: str, plan: list[PartPlan]) -> int:
    """Finish the running part and start the next, in one transaction; the new part's index."""
    states = timers.states(event_id, team_id)
    index = current_part(plan, states, step_key)
    if index + 1 >= len(plan):
        return index
    with timers.store.write():
        current, following = plan[index], plan[index + 1]
        timers.apply(TimerKey(event_id, team_id, step_key, current.key), current.minutes * 60, "finish")
        timers.apply(TimerKey(event_id, team_id, step_key, following.key), following.minutes * 60, "start")
    return index + 1


def reopen_step(timers: Timers, event_id: int, team_id: int, step_key: str, plan: list[PartPlan]) -> None:
    """The team comes back to a step: its last started part is reopened, paused where it stopped."""
    states = timers.states(event_id, team_id)
    started = [part for part in plan if (step_key, part.key) in states and states[(step_key, part.key)].started_at]
    if started:
        last = started[-1]
        timers.apply(TimerKey(event_id, team_id, step_key, last.key), last.minutes * 60, "reopen")


def finish_step(timers: Timers, event_id: int, team_id: int, step_key: str, plan: list[PartPlan]) -> None:
    """The team leaves a step: its started timers stop where they are (one transaction)."""
    states = timers.states(event_id, team_id)
    with timers.store.write():
        for part in plan:
            state = states.get((step_key, part.key))
            if state is not None and state.started_at is not None and state.finished_at is None:
                timers.apply(TimerKey(event_id, team_id, step_key, part.key), part.minutes * 60, "finish")
