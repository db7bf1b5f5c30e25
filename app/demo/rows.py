"""The demo's rows before they are inserted: made in memory in the order a team would make them,
then inserted a table at a time. Rows that name another row (a note its cluster, a dot its item,
a milestone its idea) hold that row's object until its id is known."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from app.storage.store import Store, insert_many
from db.models import (
    Answer,
    Cluster,
    FinalChoice,
    Knelpunt,
    Milestone,
    Note,
    PitchTask,
    RaceCount,
    Selection,
    StoryPanel,
    Vote,
)


@dataclass(frozen=True)
class DemoTeam:
    """A demo team as made: its id, its members' ids by name (in the team's order) and who holds each role."""

    id: int
    members: dict[str, int]
    roles: dict[str, int] = field(default_factory=dict)

    def name_of(self, member_id: int) -> str:
        return next(name for name, known in self.members.items() if known == member_id)


@dataclass
class Rows:
    """The work's rows, in the order they are made (ids follow it, table by table)."""

    clusters: list[Cluster] = field(default_factory=list)
    knelpunten: list[Knelpunt] = field(default_factory=list)
    notes: list[tuple[Note, Cluster | None]] = field(default_factory=list)  # a note and the cluster it is in
    votes: list[tuple[Vote, Knelpunt | Cluster | Note]] = field(default_factory=list)  # a member's dots and their item
    selections: list[tuple[Selection, Knelpunt | Cluster | Note]] = field(default_factory=list)  # an item a vote kept
    milestones: list[tuple[Milestone, Note]] = field(default_factory=list)  # a Crystal Ball card and its idea
    choices: list[tuple[FinalChoice, list[Note]]] = field(default_factory=list)  # a final choice and its ideas
    answers: list[Answer] = field(default_factory=list)
    race_counts: list[RaceCount] = field(default_factory=list)
    tasks: list[PitchTask] = field(default_factory=list)  # a member on a pitch task
    panels: list[StoryPanel] = field(default_factory=list)  # storyboard panels, their pictures drawn


def insert(store: Store, session: Session, rows: Rows) -> None:
    """Every row, one insert per table, in the caller's transaction: the rows others name first."""
    insert_many(store, session, rows.clusters, "team_id", "step_key", "x", "y")  # each cluster has its place
    insert_many(store, session, rows.knelpunten, "team_id", "position")
    for note, cluster in rows.notes:
        note.cluster_id = cluster.id if cluster is not None else None
    insert_many(store, session, [note for note, _cluster in rows.notes], "team_id", "step_key", "x", "y")  # and each note
    for vote, item in rows.votes:
        vote.target_id = item.id
    for selection, item in rows.selections:
        selection.target_id = item.id
    for milestone, idea in rows.milestones:
        milestone.idea_id = idea.id
    for choice, ideas in rows.choices:
        choice.idea_ids = [idea.id for idea in ideas]
    insert_many(store, session, [vote for vote, _item in rows.votes])
    insert_many(store, session, [selection for selection, _item in rows.selections])
    insert_many(store, session, [milestone for milestone, _idea in rows.milestones])
    insert_many(store, session, [choice for choice, _ideas in rows.choices])
    insert_many(store, session, rows.answers)
    insert_many(store, session, rows.race_counts)
    insert_many(store, session, rows.tasks)
    insert_many(store, session, rows.panels)
