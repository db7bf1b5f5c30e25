"""What the all-teams dashboard reads: every team's data in a few queries, one per table, grouped by team.

The dashboard watches twenty teams at once, so it never asks per team: each table is read once for the
whole event (only the columns it needs, only the rows of the teams' current steps where that is all it
shows). After a change (``read_again``) only the tables the change touched are read again, and only for
the teams it names: a note of one team is one team's notes, dots and race counts, not twenty teams' rows. The idea race's counts come from the race's own
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

# What each part of a team's rows is read from: a change of these tables reads that part again.
STEP_TABLES = {"team", "step_state"}
BALLOT_TABLES = {"team", "vote", "knelpunt", "cluster", "note"}  # the dots, and what they are on
RACE_TABLES = {"team", "note", "race_count", "step_state"}
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
    fixed: bool  # a fixed clock time: the slip rule measures the day's shift from the first one


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
    """Every team's rows: a statement per table for the whole event."""
    with store.read() as session:
        teams = _teams(session, event_id)
        members = _members(session, event_id)
        items = _items(session, event_id)
        steps = _current_steps(session, event_id)
        notes = _notes(session, event_id)
        ballots = _current_ballots(session, event_id, template, teams)
    race = _race(store, event_id, template, teams, now)
    return DashboardRows(teams, members, items, steps, notes, ballots, race)


def read_again(store: Store, rows: DashboardRows, event_id: int, template: Template, now: datetime,
               team_ids: set[int], tables: set[str]) -> DashboardRows:
    """``rows`` after a change of ``tables`` for ``team_ids``: only what those tables feed is read again, and
    only for those teams (the members and the programme, which a change may move between teams, in whole);
    every other team's rows are kept as they were read."""
    teams, members, items, steps, notes, ballots, race = (rows.teams, rows.members, rows.items, rows.steps, rows.notes,
                                                          rows.ballots, rows.race)
    teamwise = tables if team_ids else set()  # a change of members or of the programme alone names no team
    with store.read() as session:
        if "team" in tables:
            fresh = _teams(session, event_id, team_ids)
            teams = sorted([team for team in teams if team.id not in team_ids] + fresh, key=lambda team: team.number)
        changed = [team for team in teams if team.id in team_ids]
        if "member" in tables:
            members = _members(session, event_id)
        if "programme_item" in tables:
            items = _items(session, event_id)
        if teamwise & STEP_TABLES:
            steps = _replaced(steps, _current_steps(session, event_id, team_ids), team_ids)
        if "note" in teamwise:
            notes = _replaced(notes, _notes(session, event_id, team_ids), team_ids)
        if teamwise & BALLOT_TABLES:
            ballots = _replaced(ballots, _current_ballots(session, event_id, template, changed), team_ids)
    if teamwise & RACE_TABLES:
        race = _replaced(race, _race(store, event_id, template, changed, now), team_ids)
    return DashboardRows(teams, members, items, steps, notes, ballots, race)


def _replaced(kept: dict, fresh: dict, team_ids: set[int]) -> dict:
    """``kept`` with the entries of ``team_ids`` taken from ``fresh`` (a team without any there: none)."""
    return {**{team: value for team, value in kept.items() if team not in team_ids}, **fresh}


def _teams(session, event_id: int, team_ids: set[int] | None = None) -> list[TeamRow]:
    query = (columns(Team.id, Team.number, Team.name, Challenge.key, Team.current_step)
             .outerjoin(Challenge, Challenge.id == Team.challenge_id).where(Team.event_id == event_id).order_by(Team.number))
    return [TeamRow(*row) for row in session.execute(_of(query, Team.id, team_ids)).all()]


def _members(session, event_id: int) -> dict[int, list[MemberRow]]:
    members: dict[int, list[MemberRow]] = defaultdict(list)
    for team_id, *member in session.execute(
            columns(Member.team_id, Member.id, Member.name, Member.absent)
            .where(Member.event_id == event_id, Member.team_id.is_not(None))
            .order_by(Member.position, Member.id)).all():
        members[team_id].append(MemberRow(*member))
    return dict(members)


def _items(session, event_id: int) -> list[ItemRow]:
    return [ItemRow(*row) for row in session.execute(
        columns(ProgrammeItem.id, ProgrammeItem.position, ProgrammeItem.starts_at, ProgrammeItem.phase_key, ProgrammeItem.fixed)
        .where(ProgrammeItem.event_id == event_id).order_by(ProgrammeItem.starts_at, ProgrammeItem.position)).all()]


def _notes(session, event_id: int, team_ids: set[int] | None = None) -> dict[int, dict[str, int]]:
    notes: dict[int, dict[str, int]] = defaultdict(dict)
    query = (columns(Note.team_id, Note.step_key, func.count()).join(Team, Team.id == Note.team_id)
             .where(Team.event_id == event_id).group_by(Note.team_id, Note.step_key))
    for team_id, step_key, count in session.execute(_of(query, Note.team_id, team_ids)).all():
        notes[team_id][step_key] = count
    return dict(notes)


def _of(query, column, team_ids: set[int] | None):
    """The query for those teams only (None: every team)."""
    return query if team_ids is None else query.where(column.in_(team_ids))


def _current_steps(session, event_id: int, team_ids: set[int] | None = None) -> dict[int, StepRow]:
    """Every team's timers of its current step, with the step's reveal and anonymous switch (its "" part)."""
    timers: dict[int, dict[tuple[str, str], TimerState]] = defaultdict(dict)
    revealed: dict[int, bool] = {}
    anonymous: dict[int, bool | None] = {}
    query = (columns(StepState.team_id, StepState.step_key, StepState.part_key, StepState.revealed_at, StepState.anonymous, *TIMER_COLUMNS)
             .join(Team, and_(Team.id == StepState.team_id, Team.current_step == StepState.step_key))
             .where(StepState.event_id == event_id))
    for team_id, step_key, part_key, revealed_at, switch, *timer in session.execute(_of(query, StepState.team_id, team_ids)).all():
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
    query = (columns(Vote.team_id, Vote.voter_id, Vote.target_id, Vote.dots)
             .join(Team, and_(Team.id == Vote.team_id, Team.current_step == Vote.step_key))
             .where(Team.event_id == event_id, Vote.dots > 0))
    for team_id, voter_id, target_id, dots in session.execute(_of(query, Vote.team_id, set(voting))).all():
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
