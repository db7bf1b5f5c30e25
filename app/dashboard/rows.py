"""What the all-teams dashboard reads: every team's data in a few queries, one per table, grouped by team.

The dashboard watches twenty teams at once and re-reads on every change of the day, so it never asks
per team: each table is read once for the whole event (only the columns it needs, only the rows of the
teams' current steps where that is all it shows). The idea race's counts come from the race's own
batched read (``app.race.standings.event_counts``); a pitch's completeness, a rule per team, is read
by ``app.dashboard.pitch_fill`` for the teams in the pitch's phase only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, func
from sqlalchemy import select as columns

from app.clock.timers import TimerState
from app.day.navigation import step_keys
from app.day.template import StepKind, Template, VoteTarget
from app.race.standings import TeamCounts, event_counts
from app.storage.store import Store
from app.voting.vote_items import source_step
from app.voting.voting import Ballot
from db.models import Challenge, Cluster, Knelpunt, Member, Note, ProgrammeItem, StepState, Team, Vote

TIMER_COLUMNS = (StepState.duration_s, StepState.started_at, StepState.paused_at, StepState.paused_total_s,
                 StepState.extended_s, StepState.finished_at)  # a TimerState's fields, in its order


@dataclass(frozen=True)
class TeamRow:
    id: int
    number: int
    name: str | None
    challenge_key: str | None
    current_step: str | None

    def label(self, fallback: str) -> str:
        """"Team 3", or its own name (as ``app.event.teams.TeamView.label``)."""
        return self.name or f"{fallback} {self.number}"


@dataclass(frozen=True)
class ItemRow:
    """A programme item as the slip rule reads it (plain data: the rule runs for every team on every tick)."""

    id: int
    position: int
    starts_at: datetime
    phase_key: str | None


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    absent: bool


@dataclass(frozen=True)
class StepRow:
    """A team's current step as stored: its timers by part, whether its dots are revealed, its anonymous switch."""

    timers: dict[tuple[str, str], TimerState] = field(default_factory=dict)
    revealed: bool = False
    anonymous: bool | None = None  # None: the template's rule


@dataclass(frozen=True)
class DashboardRows:
    teams: list[TeamRow]  # in team order
    members: dict[int, list[MemberRow]]  # by team id, in the team's order
    items: list[ItemRow]  # the programme, in time order
    steps: dict[int, StepRow]  # by team id: its current step's state
    notes: dict[int, dict[str, int]]  # by team id: notes per step key
    ballots: dict[int, list[Ballot]]  # by team id: the dots of its current step (a vote), on items that still exist
    race: dict[int, TeamCounts]  # by team id: the idea race's counts of teams at or past the race


def read_rows(store: Store, event_id: int, template: Template, now: datetime) -> DashboardRows:
    with store.read() as session:
        teams = [TeamRow(*row) for row in session.execute(
            columns(Team.id, Team.number, Team.name, Challenge.key, Team.current_step)
            .outerjoin(Challenge, Challenge.id == Team.challenge_id)
            .where(Team.event_id == event_id).order_by(Team.number)).all()]
        members: dict[int, list[MemberRow]] = defaultdict(list)
        for team_id, *member in session.execute(
                columns(Member.team_id, Member.id, Member.name, Member.absent)
                .where(Member.event_id == event_id, Member.team_id.is_not(None))
                .order_by(Member.position, Member.id)).all():
            members[team_id].append(MemberRow(*member))
        items = [ItemRow(*row) for row in session.execute(
            columns(ProgrammeItem.id, ProgrammeItem.position, ProgrammeItem.starts_at, ProgrammeItem.phase_key)
            .where(ProgrammeItem.event_id == event_id).order_by(ProgrammeItem.starts_at, ProgrammeItem.position)).all()]
        steps = _current_steps(session, event_id)
        notes: dict[int, dict[str, int]] = defaultdict(dict)
        for team_id, step_key, count in session.execute(
                columns(Note.team_id, Note.step_key, func.count()).join(Team, Team.id == Note.team_id)
                .where(Team.event_id == event_id).group_by(Note.team_id, Note.step_key)).all():
            notes[team_id][step_key] = count
        ballots = _current_ballots(session, event_id, template, teams)
    race = _race(store, event_id, template, teams, now)
    return DashboardRows(teams, dict(members), items, steps, dict(notes), ballots, race)


def _current_steps(session, event_id: int) -> dict[int, StepRow]:
    """Every team's timers of its current step, with the step's reveal and anonymous switch (its "" part)."""
    timers: dict[int, dict[tuple[str, str], TimerState]] = defaultdict(dict)
    revealed: dict[int, bool] = {}
    anonymous: dict[int, bool | None] = {}
    query = (columns(StepState.team_id, StepState.step_key, StepState.part_key, StepState.revealed_at, StepState.anonymous, *TIMER_COLUMNS)
             .join(Team, and_(Team.id == StepState.team_id, Team.current_step == StepState.step_key))
             .where(StepState.event_id == event_id))
    for team_id, step_key, part_key, revealed_at, switch, *timer in session.execute(query).all():
        timers[team_id][(step_key, part_key)] = TimerState(*timer)
        if part_key == "":
            revealed[team_id], anonymous[team_id] = revealed_at is not None, switch
    return {team: StepRow(timers.get(team, {}), revealed.get(team, False), anonymous.get(team))
            for team in timers.keys() | revealed.keys()}


def _current_ballots(session, event_id: int, template: Template, teams: list[TeamRow]) -> dict[int, list[Ballot]]:
    """The dots of the teams standing at a vote, only those on items still in the vote (as the vote page counts)."""
    voting = {team.id: template.step(team.current_step) for team in teams
              if team.current_step and template.step(team.current_step).kind is StepKind.DOT_VOTE}
    if not voting:
        return {}
    items = _vote_items(session, template, voting)
    found: dict[int, list[Ballot]] = {team: [] for team in voting}
    for team_id, voter_id, target_id, dots in session.execute(
            columns(Vote.team_id, Vote.voter_id, Vote.target_id, Vote.dots).join(Team, and_(Team.id == Vote.team_id, Team.current_step == Vote.step_key))
            .where(Team.event_id == event_id, Vote.dots > 0)).all():
        if team_id in voting and target_id in items.get(team_id, ()):
            found[team_id].append(Ballot(voter_id, target_id, dots))
    return found


def _vote_items(session, template: Template, voting: dict) -> dict[int, set[int]]:
    """The ids of what each team's vote is on (``app.voting.vote_step.vote_items``, for every team at once):
    its knelpunten, or the themes (clusters) or ideas (notes) of the step that made them."""
    items: dict[int, set[int]] = defaultdict(set)
    sources = {team: source_step(template, step) for team, step in voting.items()}
    on = {team: step.rules.votes_on for team, step in voting.items()}
    knelpunt_teams = [team for team, target in on.items() if target is VoteTarget.KNELPUNTEN]
    if knelpunt_teams:
        for team_id, item in session.execute(columns(Knelpunt.team_id, Knelpunt.id).where(Knelpunt.team_id.in_(knelpunt_teams))).all():
            items[team_id].add(item)
    for target, table in ((VoteTarget.THEMES, Cluster), (VoteTarget.IDEAS, Note)):
        wanted = {(team, sources[team].key) for team, kind in on.items() if kind is target and sources[team] is not None}
        if wanted:
            query = columns(table.team_id, table.step_key, table.id).where(table.team_id.in_({team for team, _ in wanted}))
            for team_id, step_key, item in session.execute(query).all():
                if (team_id, step_key) in wanted:
                    items[team_id].add(item)
    return items


def _race(store: Store, event_id: int, template: Template, teams: list[TeamRow], now: datetime) -> dict[int, TeamCounts]:
    """The idea race's counts of the teams at or past it (the race's own rule and read)."""
    race = next((step for step in template.steps() if step.kind is StepKind.IDEA_RACE), None)
    if race is None:
        return {}
    keys = step_keys(template)
    there = [team.id for team in teams if team.current_step in keys and keys.index(team.current_step) >= keys.index(race.key)]
    if not there:
        return {}
    return {counts.team_id: counts for counts in event_counts(store, template, event_id, race.key, now, there)}
