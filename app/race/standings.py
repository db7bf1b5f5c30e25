"""The race's counts (per round, per member, total) and the leaderboard across the event's teams.

Counts read what ``app.race.rounds.counting_round`` stored on each note: an idea counts for the
round in its ``part_key`` (written live, or typed in after that round); a note with "" is kept but
counts for none. A round counted by hand (``RaceCount``: the team raced on paper) counts that
number instead of its notes. Ties share a rank; every team tied for first wins the prize, once
every team that races (at or past the race step, or started it) has finished its last round.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import select

from app.clock.timers import Status
from app.clock.timers import state_of as timer_state
from app.day.navigation import step_keys
from app.day.template import Template
from app.race.rounds import TYPED, RacePlan, race_plan
from app.storage.store import Store
from db.models import RaceCount, StepState, Team
from db.public_views import note_counts


@dataclass(frozen=True)
class RoundCount:
    live: int = 0  # written live inside the round
    typed: int = 0  # typed in after the round by a scribe
    by_hand: int | None = None  # entered by hand: counts instead of the notes
    entered_by: str = ""  # "captain" or "facilitator" when by hand

    @property
    def total(self) -> int:
        return self.by_hand if self.by_hand is not None else self.live + self.typed


@dataclass(frozen=True)
class TeamCounts:
    team_id: int
    rounds: dict[str, RoundCount]  # by round key, every round of the race
    uncounted: int = 0  # kept, written in the review or after a round's end
    per_member: dict[int | None, int] = field(default_factory=dict)  # counted ideas by author id (None: nobody chosen)
    started: bool = False  # the start signal was given, or a count entered by hand
    finished: bool = False  # the last round has ended (or was counted by hand)
    racing: bool = False  # the team races: it is at or past the race step, or has started it

    @property
    def total(self) -> int:
        return sum(count.total for count in self.rounds.values())

    @property
    def by_hand(self) -> str:
        """Who entered a count by hand ("facilitator" before "captain"), "" when nobody did."""
        who = {count.entered_by for count in self.rounds.values() if count.by_hand is not None}
        return next((name for name in ("facilitator", "captain") if name in who), "")

    @property
    def typed(self) -> bool:
        return any(count.typed and count.by_hand is None for count in self.rounds.values())


@dataclass(frozen=True)
class Standing:
    counts: TeamCounts
    rank: int  # 1 + the number of teams with more ideas
    tied: bool  # another team has as many


@dataclass(frozen=True)
class Leaderboard:
    standings: list[Standing]  # best first; ties in team order
    final: bool  # every team that races has finished its last round
    prize_sheets: int | None

    @property
    def leaders(self) -> list[Standing]:
        """Every team tied for first, once anyone has an idea."""
        return [s for s in self.standings if s.rank == 1 and s.counts.total > 0]

    @property
    def winners(self) -> list[Standing]:
        """The prize's winners: the leaders, once the race is over."""
        return self.leaders if self.final else []


def round_leaders(board: Leaderboard, round_key: str) -> tuple[list[TeamCounts], int]:
    """Every team tied for the most ideas in one round, and that count (no one while nobody has any)."""
    most = max((s.counts.rounds[round_key].total for s in board.standings), default=0)
    return [s.counts for s in board.standings if most and s.counts.rounds[round_key].total == most], most


def ranked(counts: Iterable[TeamCounts]) -> list[Standing]:
    """Best first (a stable sort: ties keep the order given); ties share a rank."""
    ordered = sorted(counts, key=lambda c: -c.total)
    totals = [c.total for c in ordered]
    return [Standing(c, 1 + sum(1 for t in totals if t > c.total), totals.count(c.total) > 1) for c in ordered]


def leaderboard(store: Store, template: Template, event_id: int, step_key: str, now: datetime) -> Leaderboard:
    counts = event_counts(store, template, event_id, step_key, now)
    racing = [c for c in counts if c.racing]
    final = bool(racing) and all(c.finished for c in racing)
    return Leaderboard(ranked(counts), final, template.step(step_key).rules.prize_sheets)


def event_counts(store: Store, template: Template, event_id: int, step_key: str, now: datetime,
                 team_ids: Iterable[int] | None = None) -> list[TeamCounts]:
    """Every team's counts (or those of ``team_ids``), in team order: four queries in all."""
    plan = race_plan(template, step_key)
    keys = step_keys(template)
    with store.read() as session:
        query = select(Team.id, Team.current_step).where(Team.event_id == event_id).order_by(Team.number)
        steps = {t: s for t, s in session.execute(query).all() if team_ids is None or t in set(team_ids)}
        teams = list(steps)
        counted = note_counts(session.get_bind().dialect.name)  # a team's login reads other teams' counts only
        notes = session.execute(
            select_columns(counted.c.team_id, counted.c.part_key, counted.c.author_id, func.sum(counted.c.n))
            .where(counted.c.team_id.in_(teams), counted.c.step_key == step_key)
            .group_by(counted.c.team_id, counted.c.part_key, counted.c.author_id)).all()
        hand = session.exec(select(RaceCount).where(RaceCount.team_id.in_(teams), RaceCount.step_key == step_key)).all()
        timers = session.exec(select(StepState).where(StepState.event_id == event_id, StepState.team_id.in_(teams),
                                                      StepState.step_key == step_key)).all()
    there = {team for team, step in steps.items() if step in keys and keys.index(step) >= keys.index(step_key)}
    return [_team_counts(plan, team, notes, hand, timers, now, team in there) for team in teams]


def _team_counts(plan: RacePlan, team_id: int, notes, hand, timers, now: datetime, there: bool) -> TeamCounts:
    live = {key: 0 for key in plan.rounds}
    typed = {key: 0 for key in plan.rounds}
    uncounted, per_member = 0, {}
    for note_team, part_key, author_id, count in notes:
        if note_team != team_id:
            continue
        round_key, _, _ = part_key.partition(TYPED)
        if round_key not in live:
            uncounted += count
            continue
        (typed if part_key.endswith(TYPED) else live)[round_key] += count
        per_member[author_id] = per_member.get(author_id, 0) + count
    by_hand = {row.part_key: row for row in hand if row.team_id == team_id and row.part_key in live}
    rounds = {key: RoundCount(live[key], typed[key], by_hand[key].count if key in by_hand else None,
                              by_hand[key].entered_by if key in by_hand else "") for key in plan.rounds}
    states = {row.part_key: timer_state(row) for row in timers if row.team_id == team_id}
    first, last = states.get(plan.rounds[0]), states.get(plan.rounds[-1])
    started = bool(by_hand) or (first is not None and first.started_at is not None)
    finished = plan.rounds[-1] in by_hand or (last is not None and last.status(now) in (Status.OVERRUN, Status.DONE))
    return TeamCounts(team_id, rounds, uncounted, per_member, started, finished, started or there)


def member_counts(counts: TeamCounts, names: dict[int, str], anonymous: bool) -> list[tuple[str, int]]:
    """The counted ideas per member, most first; without names when the step is anonymous."""
    rows = sorted(counts.per_member.items(), key=lambda item: -item[1])
    if anonymous:
        return [("", count) for _author, count in rows]
    return [(names.get(author, "") if author is not None else "", count) for author, count in rows]
