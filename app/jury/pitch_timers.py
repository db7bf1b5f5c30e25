"""A team's pitch timer and Q&A timer before the jury, stored as deadlines like every timer.

Each is a ``StepState`` row of the team (``app/clock/timers.py``): step key ``jury_pitch``, part
``pitch`` (the template's ``jury.pitch_minutes``) and ``qa`` (``jury.qa_minutes``). The questions begin
when the pitch time is up, or earlier when the facilitator starts them: a pitch that runs past its
deadline while the Q&A was not started counts as finished at that deadline, with the Q&A started
then (``settle``: computed from the stored rows, so a restart shows the same). Leaving a team stops
its timers where they are; coming back to it reopens the last one, paused (as a team's step does).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from app.clock.clock import stamp
from app.clock.timers import Status, TimerKey, Timers, TimerState, claim, write_state
from app.day.template_jury import Jury

STEP_KEY = "jury_pitch"
PITCH, QA = "pitch", "qa"


@dataclass(frozen=True)
class PitchClock:
    """What a team's turn shows: the part (PITCH or QA) and that part's state."""

    part: str
    state: TimerState

    def remaining(self, now: datetime) -> float:
        return self.state.remaining(now)

    def status(self, now: datetime) -> Status:
        return self.state.status(now)


def durations(jury: Jury) -> dict[str, int]:
    return {PITCH: jury.pitch_minutes * 60, QA: jury.qa_minutes * 60}


def stored(states: dict[tuple[str, str], TimerState], jury: Jury) -> tuple[TimerState, TimerState]:
    """The team's pitch and Q&A timers from its stored timers (idle when never started)."""
    seconds = durations(jury)
    return (states.get((STEP_KEY, PITCH)) or TimerState(seconds[PITCH]), states.get((STEP_KEY, QA)) or TimerState(seconds[QA]))


def settle(pitch: TimerState, qa: TimerState, now: datetime) -> tuple[TimerState, TimerState]:
    """A running pitch past its deadline with no Q&A yet: the pitch finished at its deadline and the
    Q&A started then."""
    deadline = pitch.deadline()
    if deadline is None or deadline > now or qa.started_at is not None:
        return pitch, qa
    return replace(pitch, finished_at=deadline), replace(qa, started_at=deadline, paused_at=None, finished_at=None)


def pitch_clock(states: dict[tuple[str, str], TimerState], jury: Jury, now: datetime) -> PitchClock:
    """The part a team is in and its timer: the Q&A once it started, else the pitch."""
    pitch, qa = settle(*stored(states, jury), now)
    return PitchClock(QA, qa) if qa.started_at is not None else PitchClock(PITCH, pitch)


def start_pitch(timers: Timers, event_id: int, team_id: int, jury: Jury) -> None:
    """Start the pitch (resume it when paused). A team whose pitch is over pitches again from the start."""
    def act(pitch: TimerState, qa: TimerState, now: datetime) -> tuple[TimerState, TimerState]:
        if pitch.started_at is None or (pitch.paused_at is not None and qa.started_at is None):
            return pitch.start(now), qa
        if pitch.finished_at is not None or qa.started_at is not None:
            return pitch.reset().start(now), qa.reset()
        return pitch, qa
    _change(timers, event_id, team_id, jury, act)


def start_questions(timers: Timers, event_id: int, team_id: int, jury: Jury) -> None:
    """Start the Q&A now (resume it when paused): the pitch stops where it is."""
    def act(pitch: TimerState, qa: TimerState, now: datetime) -> tuple[TimerState, TimerState]:
        if qa.started_at is None or qa.finished_at is not None:
            stopped = pitch.finish(now) if pitch.started_at is not None else pitch
            return stopped, qa.reset().start(now)
        return pitch, qa.resume(now)
    _change(timers, event_id, team_id, jury, act)


def advance(timers: Timers, event_id: int, team_id: int, jury: Jury) -> None:
    """One key for the turn: start (or resume) the pitch, then start the Q&A."""
    now = timers.clock.now()
    part = pitch_clock(timers.states(event_id, team_id), jury, now)
    if part.part == PITCH and part.status(now) in (Status.IDLE, Status.PAUSED):
        start_pitch(timers, event_id, team_id, jury)
    elif part.part == PITCH or part.status(now) is Status.PAUSED:
        start_questions(timers, event_id, team_id, jury)


def leave(timers: Timers, event_id: int, team_id: int, jury: Jury) -> None:
    """The next team comes up: this team's timers stop where they are."""
    def act(pitch: TimerState, qa: TimerState, now: datetime) -> tuple[TimerState, TimerState]:
        return tuple(state.finish(now) if state.started_at is not None else state for state in (pitch, qa))
    _change(timers, event_id, team_id, jury, act)


def come_back(timers: Timers, event_id: int, team_id: int, jury: Jury) -> None:
    """Back to a team (PageUp): its last started timer reopens, paused where it stopped."""
    def act(pitch: TimerState, qa: TimerState, _now: datetime) -> tuple[TimerState, TimerState]:
        if qa.started_at is not None:
            return pitch, qa.reopen()
        return pitch.reopen(), qa
    _change(timers, event_id, team_id, jury, act)


def _change(timers: Timers, event_id: int, team_id: int, jury: Jury, act) -> None:
    """Apply ``act`` to the team's settled pitch and Q&A timers and store what changed, in one transaction."""
    seconds = durations(jury)
    with timers.store.write() as session:
        now = stamp(timers.clock, session)  # on a shared event the server's clock
        keys = {part: TimerKey(event_id, team_id, STEP_KEY, part) for part in (PITCH, QA)}
        before = stored(timers.states(event_id, team_id), jury)
        after = act(*settle(*before, now), now)
        for part, old, new in zip((PITCH, QA), before, after):
            if new != old:
                row = claim(timers.store, session, keys[part], seconds[part])
                write_state(row, new)
                session.add(row)


def where_we_were(order: list[int], states: dict[int, dict[tuple[str, str], TimerState]]) -> int | None:
    """The team to show when the pitches are (re)started: the last of ``order`` whose pitch began, or the
    one after it when its timers were stopped by moving on; the first when nobody pitched yet."""
    began = [team for team in order if (STEP_KEY, PITCH) in states.get(team, {}) and states[team][(STEP_KEY, PITCH)].started_at]
    if not began:
        return order[0] if order else None
    last = began[-1]
    timers = [state for (step, _part), state in states[last].items() if step == STEP_KEY and state.started_at]
    moved_on = all(state.finished_at is not None for state in timers)
    index = order.index(last)
    return order[index + 1] if moved_on and index + 1 < len(order) else last
