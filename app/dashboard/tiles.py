"""The all-teams dashboard: one tile per team — where it is, its timer, its counts, how far it runs behind
the programme — and which teams need a facilitator first.

Everything is read in a few queries for the whole event (``app.dashboard.rows``); the tiles are then plain
arithmetic over those rows and a clock, so a tick recomputes them without reading anything. The rules are
the day's own: the slip (``app.day.programme.slip_seconds``), the vote's budget and progress
(``app.voting.voting.progress``, dots per member of the template), the race's counts, the pitch's
completeness, and the anonymous switch (``app.day.privacy``). A hidden vote, or an anonymous step, gives
counts only: no member is named while their dots are not yet on the wall.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from app.clock.timers import Status, TimerState, current_part, timer_plan, tone
from app.dashboard.pitch_fill import PitchFill, PitchFills
from app.dashboard.rows import DashboardRows, MemberRow, StepRow, TeamRow, read_rows
from app.day.privacy import anonymous_rule
from app.day.programme import SLIP_WARNING_S, done_with_the_day, slip_seconds, step_seconds_used
from app.day.template import Step, StepKind, Template
from app.storage.store import Store
from app.voting.voting import Ballot, progress, voters

FAR_BEHIND_S = 2 * SLIP_WARNING_S  # twice the programme's warning: the facilitator goes there first
VOTE_LATE = 0.25  # a vote with dots still open in the last quarter of its time has stalled


class Attention(IntEnum):
    """How urgently a team needs a facilitator (higher first)."""

    NONE = 0
    IDLE = 1  # no timer runs while the programme says the team should be working
    BEHIND = 2  # at least the programme's warning behind
    VOTE_STALLED = 3  # the vote's time is nearly up with dots still to place
    TIMER_OVER = 4  # the step's timer runs past zero
    FAR_BEHIND = 5  # twice the warning behind


@dataclass(frozen=True)
class Reason:
    """Why a team needs attention, for the facilitator's words: ``seconds`` behind, over or stopped;
    ``count`` dots still open."""

    attention: Attention
    seconds: float = 0.0
    count: int = 0


@dataclass(frozen=True)
class VoteProgress:
    cast: int  # dots placed by the members present
    budget: int  # dots per member x members present (absent members left out)
    voters_done: int  # present members with every dot placed
    voters: int  # present members
    waiting: tuple[str, ...] = ()  # who still has dots to place; empty while the vote is hidden or anonymous
    revealed: bool = False


@dataclass(frozen=True)
class Tile:
    team_id: int
    number: int
    name: str | None
    challenge_key: str | None
    challenge_title: str
    phase_key: str | None
    phase_number: int | None
    phase_title: str
    step_key: str | None  # None: the team has not started the day's first step
    step_title: str
    part_title: str  # the step's part in progress ("Ronde 1"), "" for a step in one piece
    remaining_s: float | None  # the current (part's) timer: left, negative when over; None before the first step
    timer_status: Status | None
    timer_tone: str  # app.clock.timers.tone: idle | normal | last | over
    notes_here: int  # notes in the current step
    notes_total: int
    vote: VoteProgress | None  # the current step is a vote
    ideas: int | None  # the idea race's counted ideas, once the team is at or past it
    pitch: PitchFill | None  # in the pitch's phase
    slip_s: float | None  # behind the programme (positive) or ahead; None: no plan, or done for the day
    done: bool  # done with the day
    attention: Attention
    reasons: tuple[Reason, ...]  # most urgent first

    def label(self, fallback: str) -> str:
        return self.name or f"{fallback} {self.number}"


def dashboard(store: Store, event_id: int, template: Template, now: datetime, lang: str = "nl",
              pitches: PitchFills | None = None) -> list[Tile]:
    """Every team's tile, the teams that need a facilitator first (``pitches``: pitch fills kept between reads)."""
    rows = read_rows(store, event_id, template, now)
    fills = (pitches or PitchFills()).read(store, template, event_id, {t.id: t.current_step for t in rows.teams}, lang)
    return tiles(rows, fills, template, now, lang)


def tiles(rows: DashboardRows, fills: dict[int, PitchFill], template: Template, now: datetime, lang: str,
          team_ids: set[int] | None = None) -> list[Tile]:
    """The tiles from rows already read (of ``team_ids`` only, when given): what a tick recomputes."""
    made = [_tile(team, rows, fills.get(team.id), template, now, lang) for team in rows.teams
            if team_ids is None or team.id in team_ids]
    return most_urgent_first(made)


def most_urgent_first(made: list[Tile]) -> list[Tile]:
    """The order of the tiles: the most urgent attention, then the furthest behind, then by number."""
    return sorted(made, key=lambda tile: (-tile.attention, -(tile.slip_s or 0.0), tile.number))


def _tile(team: TeamRow, rows: DashboardRows, fill: PitchFill | None, template: Template, now: datetime, lang: str) -> Tile:
    step_row = rows.steps.get(team.id, StepRow())
    step = template.step(team.current_step) if team.current_step else None
    timer, part_title = _timer(template, step, step_row, lang)
    used = step_seconds_used(step_row.timers, team.current_step, now)
    done = done_with_the_day(template, team.current_step, used)
    slip = slip_seconds(template, rows.items, team.current_step, step_row.timers, now)
    vote = _vote(step, step_row, rows.members.get(team.id, []), rows.ballots.get(team.id, []))
    remaining = timer.remaining(now) if timer else None
    status = timer.status(now) if timer else None
    notes = rows.notes.get(team.id, {})
    phase = template.phase_of(step.key) if step else None
    race = rows.race.get(team.id)
    reasons = () if done else _reasons(slip, remaining, status, vote, timer)
    return Tile(
        team_id=team.id, number=team.number, name=team.name, challenge_key=team.challenge_key,
        challenge_title=template.challenge(team.challenge_key).title.get(lang) if team.challenge_key else "",
        phase_key=phase.key if phase else None, phase_number=phase.number if phase else None,
        phase_title=phase.title.get(lang) if phase else "", step_key=step.key if step else None,
        step_title=step.title.get(lang) if step else "", part_title=part_title,
        remaining_s=remaining, timer_status=status, timer_tone=tone(status, remaining) if timer else "idle",
        notes_here=notes.get(team.current_step, 0) if step else 0, notes_total=sum(notes.values()),
        vote=vote, ideas=race.total if race is not None else None, pitch=fill,
        slip_s=None if done else slip, done=done,
        attention=reasons[0].attention if reasons else Attention.NONE, reasons=reasons,
    )


def _timer(template: Template, step: Step | None, row: StepRow, lang: str) -> tuple[TimerState | None, str]:
    """The timer of the part in progress (one never started: idle with its minutes), and that part's title."""
    if step is None:
        return None, ""
    plan = timer_plan(template, step.key)
    index = current_part(plan, row.timers, step.key)
    part = plan[index]
    state = row.timers.get((step.key, part.key)) or TimerState(duration_s=part.minutes * 60)
    return state, step.parts[index].title.get(lang) if step.parts else ""


def _vote(step: Step | None, row: StepRow, members: list[MemberRow], ballots: list[Ballot]) -> VoteProgress | None:
    """A vote's progress over the members present: the template's dots per member, each member's dots placed."""
    if step is None or step.kind is not StepKind.DOT_VOTE:
        return None
    present = voters(members)
    each = progress(step.rules, ballots, [member.id for member in present])
    named = not step.rules.hidden_until_reveal and not anonymous_rule(step, row.anonymous)
    waiting = tuple(member.name for member in present if not each[member.id].done) if named and not row.revealed else ()
    return VoteProgress(
        cast=sum(done.placed for done in each.values()), budget=(step.rules.budget_per_member or 0) * len(present),
        voters_done=sum(1 for done in each.values() if done.done), voters=len(present), waiting=waiting, revealed=row.revealed,
    )


def _reasons(slip: float | None, remaining: float | None, status: Status | None,
             vote: VoteProgress | None, timer: TimerState | None) -> tuple[Reason, ...]:
    found = []
    if slip is not None and slip >= SLIP_WARNING_S:
        found.append(Reason(Attention.FAR_BEHIND if slip >= FAR_BEHIND_S else Attention.BEHIND, seconds=slip))
    if status is Status.OVERRUN:
        found.append(Reason(Attention.TIMER_OVER, seconds=-remaining))
    if vote is not None and not vote.revealed and vote.cast < vote.budget and timer is not None and status is not Status.IDLE \
            and remaining <= timer.total_s * VOTE_LATE:
        found.append(Reason(Attention.VOTE_STALLED, count=vote.budget - vote.cast))
    if slip is not None and slip > 0 and status in (None, Status.IDLE, Status.PAUSED):
        found.append(Reason(Attention.IDLE))
    return tuple(sorted(found, key=lambda reason: -reason.attention))
