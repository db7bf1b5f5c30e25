"""The stored rows a snapshot is made from, read for every team at once: one query per table.

A 20-team event summary reads the same handful of queries as one team's dossier (plus the pitch's
answers, which ``app.pitch.answers.pitch_sections`` reads per team). The rows are grouped by team;
``app/export/snapshot.py`` and its helpers turn them into the plain data of ``dossier_data``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select as select_columns
from sqlmodel import select

from app.board.board import CLUSTER, CLUSTER_COLUMNS, ClusterView, NoteView
from app.board.note_batch import NOTE, VIEW_COLUMNS
from app.day.template import Template
from app.errors import DomainError
from app.event.events import event_template
from app.event.teams import TeamView, team_views
from app.storage.store import Store
from app.voting.voting import Ballot
from db.models import Answer, Event, FinalChoice, Knelpunt, Milestone, PitchTask, Selection, StepState, StoryPanel, Vote


@dataclass(frozen=True)
class VoteRow:
    step_key: str
    ballot: Ballot


@dataclass(frozen=True)
class StepSwitch:
    """A team's step state as a snapshot needs it: its anonymity switch and whether it was revealed."""

    anonymous: bool | None
    revealed: bool


@dataclass
class TeamRows:
    """Everything stored for one team (lists in the order the app shows them)."""

    team: TeamView
    notes: list[NoteView] = field(default_factory=list)  # by id
    clusters: list[ClusterView] = field(default_factory=list)  # by id
    knelpunten: list[Knelpunt] = field(default_factory=list)  # by position
    votes: list[VoteRow] = field(default_factory=list)
    selections: list[Selection] = field(default_factory=list)  # by rank
    milestones: list[Milestone] = field(default_factory=list)  # by years, then id
    choices: list[FinalChoice] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    panels: list[StoryPanel] = field(default_factory=list)  # by position
    tasks: list[PitchTask] = field(default_factory=list)
    switches: dict[str, StepSwitch] = field(default_factory=dict)  # by step key

    def step_notes(self, step_key: str) -> list[NoteView]:
        return [n for n in self.notes if n.step_key == step_key]

    def step_clusters(self, step_key: str) -> list[ClusterView]:
        return [c for c in self.clusters if c.step_key == step_key]

    def ballots(self, step_key: str) -> list[Ballot]:
        return [v.ballot for v in self.votes if v.step_key == step_key]

    def kept(self, step_key: str) -> list[Selection]:
        return [s for s in self.selections if s.step_key == step_key]

    def step_answers(self, step_key: str) -> dict[str, str]:
        return {a.field_key: a.text for a in self.answers if a.step_key == step_key}

    def anonymous(self, template: Template, step_key: str) -> bool:
        """As ``app.day.privacy.is_anonymous``: the team's switch, else the template's rule."""
        switch = self.switches.get(step_key)
        chosen = switch.anonymous if switch is not None else None
        return template.step(step_key).rules.anonymous if chosen is None else chosen

    def revealed(self, step_key: str) -> bool:
        switch = self.switches.get(step_key)
        return switch is not None and switch.revealed


@dataclass(frozen=True)
class EventRows:
    event: Event
    template: Template
    teams: list[TeamRows]  # in team order


def load(store: Store, event_id: int, team_id: int | None = None) -> EventRows:
    """The event's rows (every team's, or only ``team_id``'s), refused when the event or team is not there."""
    with store.read() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise DomainError("event_missing", f"there is no event {event_id}", event_id=event_id)
        template = event_template(event)
        views = [v for v in team_views(store, event_id, template) if team_id is None or v.id == team_id]
        if team_id is not None and not views:
            raise DomainError("team_missing", f"there is no team {team_id}", team_id=team_id)
        teams = {v.id: TeamRows(v) for v in views}
        ids = list(teams)
        _read_rows(session, event_id, ids, teams)
    return EventRows(event, template, list(teams.values()))


def _read_rows(session, event_id: int, ids: list[int], teams: dict[int, TeamRows]) -> None:
    note, cluster = NOTE, CLUSTER
    for row in session.execute(select_columns(*VIEW_COLUMNS).where(note.c.team_id.in_(ids)).order_by(note.c.id)).all():
        teams[row.team_id].notes.append(NoteView(*row))
    for row in session.execute(select_columns(*CLUSTER_COLUMNS).where(cluster.c.team_id.in_(ids)).order_by(cluster.c.id)).all():
        teams[row.team_id].clusters.append(ClusterView(*row))
    votes = session.execute(select_columns(Vote.team_id, Vote.step_key, Vote.voter_id, Vote.target_id, Vote.dots)
                            .where(Vote.team_id.in_(ids))).all()
    for team, step_key, voter, target, dots in votes:
        teams[team].votes.append(VoteRow(step_key, Ballot(voter, target, dots)))
    _group(teams, "knelpunten", session.exec(select(Knelpunt).where(Knelpunt.team_id.in_(ids)).order_by(Knelpunt.position, Knelpunt.id)))
    _group(teams, "selections", session.exec(select(Selection).where(Selection.team_id.in_(ids)).order_by(Selection.rank)))
    _group(teams, "milestones", session.exec(select(Milestone).where(Milestone.team_id.in_(ids)).order_by(Milestone.years, Milestone.id)))
    _group(teams, "choices", session.exec(select(FinalChoice).where(FinalChoice.team_id.in_(ids))))
    _group(teams, "answers", session.exec(select(Answer).where(Answer.team_id.in_(ids))))
    _group(teams, "panels", session.exec(select(StoryPanel).where(StoryPanel.team_id.in_(ids)).order_by(StoryPanel.position, StoryPanel.id)))
    _group(teams, "tasks", session.exec(select(PitchTask).where(PitchTask.team_id.in_(ids)).order_by(PitchTask.id)))
    states = session.execute(select_columns(StepState.team_id, StepState.step_key, StepState.anonymous, StepState.revealed_at)
                             .where(StepState.event_id == event_id, StepState.team_id.in_(ids), StepState.part_key == "")).all()
    for team, step_key, anonymous, revealed_at in states:
        teams[team].switches[step_key] = StepSwitch(anonymous, revealed_at is not None)


def _group(teams: dict[int, TeamRows], name: str, rows) -> None:
    by_team = defaultdict(list)
    for row in rows.all():
        by_team[row.team_id].append(row)
    for team_id, found in by_team.items():
        getattr(teams[team_id], name).extend(found)
