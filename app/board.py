"""The sticky-note board: notes and clusters of a team's step, one transaction per action.

Every action returns what its undo needs: a deleted note comes back with its id, text,
author, place and cluster, through the same path as any other change (the change feed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import select

from app.cluster_layout import NOTE_H, NOTE_W, Obstacles, note_rect
from app.errors import DomainError
from app.store import Store, existing
from app.template import Rules, Step, StepKind, VoteTarget
from app.text import LONG_TEXT_MAX, clean_block, clean_line, column_limit
from app.vote_items import DotSnapshot, drop_dots, restore_dots
from db.models import Cluster, Member, Note

NOTE_MAX = LONG_TEXT_MAX  # a long note is kept whole; the board shows it clipped
COLOURS = ("yellow", "peach", "green", "blue", "lilac")


@dataclass(frozen=True)
class NoteView:
    id: int
    team_id: int
    step_key: str
    text: str
    colour: str
    x: float
    y: float
    author_id: int | None
    cluster_id: int | None = None
    zone_key: str | None = None
    part_key: str = ""
    author_name: str = ""  # the author's name, kept on the note when they are removed from the team

    def author(self, names: dict[int, str]) -> str:
        """Who wrote it: the member's name now, else the name kept when they were removed."""
        return names.get(self.author_id, "") if self.author_id is not None else self.author_name


@dataclass(frozen=True)
class ClusterView:
    id: int
    team_id: int
    step_key: str
    name: str
    x: float
    y: float
    width: float
    height: float


def _note_view(row: Note) -> NoteView:
    return NoteView(row.id, row.team_id, row.step_key, row.text, row.colour, row.x, row.y, row.author_id, row.cluster_id, row.zone_key, row.part_key,
                    row.author_name)


def cluster_view(row: Cluster) -> ClusterView:
    return ClusterView(row.id, row.team_id, row.step_key, row.name, row.x, row.y, row.width, row.height)


def clean_note(text: str) -> str:
    return clean_block(text, NOTE_MAX, "note", required=True)


def clean_cluster_name(name: str) -> str:
    return clean_line(name, column_limit(Cluster.name), "cluster_name")


# -- reading --------------------------------------------------------------------
def notes(store: Store, team_id: int, step_keys: Iterable[str]) -> list[NoteView]:
    keys = list(step_keys)
    with store.read() as session:
        rows = session.exec(select(Note).where(Note.team_id == team_id, Note.step_key.in_(keys)).order_by(Note.id)).all()
    return [_note_view(row) for row in rows]


def notes_by_id(store: Store, note_ids: Iterable[int]) -> list[NoteView]:
    """Just these notes (those a change touched): a big board need not reread all of them."""
    ids = list(note_ids)
    with store.read() as session:
        rows = session.exec(select(Note).where(Note.id.in_(ids))).all() if ids else []
    return [_note_view(row) for row in rows]


def clusters(store: Store, team_id: int, step_key: str) -> list[ClusterView]:
    with store.read() as session:
        rows = session.exec(select(Cluster).where(Cluster.team_id == team_id, Cluster.step_key == step_key).order_by(Cluster.id)).all()
    return [cluster_view(row) for row in rows]


def visible_notes(rules: Rules, all_notes: Iterable[NoteView], viewer_id: int | None, revealed: bool) -> list[NoteView]:
    """A private brain dump: before the reveal a member sees only their own notes.

    ``viewer_id`` None is the team's shared laptop (scribe mode): the team dictates together,
    so it sees what it types.
    """
    all_notes = list(all_notes)
    if revealed or not rules.hidden_until_reveal or viewer_id is None:
        return all_notes
    return [note for note in all_notes if note.author_id == viewer_id]


def counts_per_author(all_notes: Iterable[NoteView]) -> dict[int | None, int]:
    counts: dict[int | None, int] = {}
    for note in all_notes:
        counts[note.author_id] = counts.get(note.author_id, 0) + 1
    return counts


# -- notes ----------------------------------------------------------------------
def add_note(
    store: Store, team_id: int, step_key: str, author_id: int | None, text: str, x: float, y: float,
    colour: str = "yellow", zone_key: str | None = None, part_key: str = "", note_id: int | None = None,
) -> int:
    """A new note (``note_id`` given: the same note back, for undo)."""
    if colour not in COLOURS:
        raise DomainError("note_colour", f"no note colour {colour!r}", colour=colour)
    with store.write() as session:
        author = session.get(Member, author_id) if author_id is not None else None
        row = Note(id=note_id, team_id=team_id, step_key=step_key, author_id=author_id, text=clean_note(text),
                   author_name=author.name if author else "", colour=colour, x=x, y=y, zone_key=zone_key, part_key=part_key)
        session.add(row)
        session.flush()
        return row.id


def edit_note(store: Store, note_id: int, text: str) -> None:
    with store.write() as session:
        row = _note(session, note_id)
        row.text = clean_note(text)
        session.add(row)


def move_notes(store: Store, places: dict[int, tuple[float, float]]) -> None:
    """Several notes moved at once (a multi-selection dragged): one transaction."""
    with store.write() as session:
        for note_id, (x, y) in places.items():
            row = _note(session, note_id)
            row.x, row.y = x, y
            session.add(row)


def colour_notes(store: Store, note_ids: Iterable[int], colour: str) -> None:
    if colour not in COLOURS:
        raise DomainError("note_colour", f"no note colour {colour!r}", colour=colour)
    with store.write() as session:
        for note_id in note_ids:
            row = _note(session, note_id)
            row.colour = colour
            session.add(row)


def delete_notes(store: Store, note_ids: Iterable[int], dots_accepted: int = 0) -> tuple[list[NoteView], list[DotSnapshot]]:
    """Delete notes; returns them as they were, and the dots they held, so undo can bring them
    back. Idea notes with dots: see ``app.vote_items`` (``dots_accepted``: the dots the person
    agreed to drop)."""
    with store.write() as session:
        ids = list(note_ids)
        dots = drop_dots(session, VoteTarget.IDEAS, ids, dots_accepted)
        gone = []
        for note_id in ids:
            row = _note(session, note_id)
            gone.append(_note_view(row))
            session.delete(row)
        return gone, dots


def restore_notes(store: Store, snapshots: Iterable[NoteView], dots: Iterable[DotSnapshot] = ()) -> None:
    """Bring deleted notes back with their ids, places, authors' names, clusters and dots (undo of a delete)."""
    with store.write() as session:
        for note in snapshots:
            author_id = note.author_id if note.author_id is not None and session.get(Member, note.author_id) else None
            add_note(store, note.team_id, note.step_key, author_id, note.text, note.x, note.y,
                     note.colour, note.zone_key, note.part_key, note_id=note.id)
            row = session.get(Note, note.id)
            row.author_name = note.author_name  # also when the author was removed meanwhile
            session.add(row)
            if note.cluster_id is not None and session.get(Cluster, note.cluster_id) is not None:
                assign_notes(store, [note.id], note.cluster_id)  # (its cluster may be gone meanwhile)
        restore_dots(session, dots)


# -- clusters -------------------------------------------------------------------
def add_cluster(store: Store, team_id: int, step_key: str, name: str, rect: tuple[float, float, float, float],
                note_ids: Iterable[int] = (), cluster_id: int | None = None) -> int:
    with store.write() as session:
        x, y, width, height = rect
        row = Cluster(id=cluster_id, team_id=team_id, step_key=step_key, name=clean_cluster_name(name), x=x, y=y, width=width, height=height)
        session.add(row)
        session.flush()
        assign_notes(store, note_ids, row.id)
        return row.id


def rename_cluster(store: Store, cluster_id: int, name: str) -> None:
    with store.write() as session:
        row = _cluster(session, cluster_id)
        row.name = clean_cluster_name(name)
        session.add(row)


def place_cluster(store: Store, cluster_id: int, rect: tuple[float, float, float, float]) -> None:
    with store.write() as session:
        row = _cluster(session, cluster_id)
        row.x, row.y, row.width, row.height = rect
        session.add(row)


def assign_notes(store: Store, note_ids: Iterable[int], cluster_id: int | None) -> dict[int, int | None]:
    """Put notes in a cluster (None: take them out); returns where each was, for undo."""
    with store.write() as session:
        before = {}
        for note_id in note_ids:
            row = _note(session, note_id)
            before[note_id] = row.cluster_id
            row.cluster_id = cluster_id
            session.add(row)
        return before


def delete_cluster(store: Store, cluster_id: int, dots_accepted: int = 0) -> tuple[ClusterView, list[int], list[DotSnapshot]]:
    """Remove a cluster; its notes stay on the board. Returns what undo needs. A theme with
    dots: see ``app.vote_items`` (``dots_accepted``: the dots the person agreed to drop)."""
    with store.write() as session:
        row = _cluster(session, cluster_id)
        dots = drop_dots(session, VoteTarget.THEMES, [cluster_id], dots_accepted)
        members = [note.id for note in session.exec(select(Note).where(Note.cluster_id == cluster_id)).all()]
        assign_notes(store, members, None)
        snapshot = cluster_view(row)
        session.flush()
        session.delete(row)
        return snapshot, members, dots


def restore_cluster(store: Store, snapshot: ClusterView, note_ids: Iterable[int], dots: Iterable[DotSnapshot] = ()) -> None:
    with store.write() as session:
        add_cluster(store, snapshot.team_id, snapshot.step_key, snapshot.name,
                    (snapshot.x, snapshot.y, snapshot.width, snapshot.height), note_ids, cluster_id=snapshot.id)
        restore_dots(session, dots)


def _note(session, note_id: int) -> Note:
    return existing(session, Note, note_id, "note")


def _cluster(session, cluster_id: int) -> Cluster:
    return existing(session, Cluster, cluster_id, "cluster")


def place_in_zone(store: Store, note_id: int, zone_key: str | None, x: float, y: float) -> tuple[str | None, float, float]:
    """Move a note into a zone (the vehicle's); returns where it was, for undo."""
    with store.write() as session:
        row = _note(session, note_id)
        before = (row.zone_key, row.x, row.y)
        row.zone_key, row.x, row.y = zone_key, x, y
        session.add(row)
        return before


def free_spot(store: Store, team_id: int, step_key: str, columns: int = 6, gap: float = 24.0) -> tuple[float, float]:
    """Where a new note goes: the first free place in a grid, counting everyone's notes (also
    those a member's own laptop does not show before the reveal) and outside every cluster's
    frame (a frame holds only its own notes)."""
    with store.read() as session:
        places = session.exec(select(Note.x, Note.y).where(Note.team_id == team_id, Note.step_key == step_key)).all()
        frames = Obstacles((c.x, c.y, c.width, c.height) for c in session.exec(select(Cluster).where(Cluster.team_id == team_id)).all())
    taken = {(round(x), round(y)) for x, y in places}
    index = 0
    while True:
        spot = ((index % columns) * (NOTE_W + gap), (index // columns) * (NOTE_H + gap))
        if (round(spot[0]), round(spot[1])) not in taken and frames.clear(note_rect(*spot)):
            return spot
        index += 1


def note_source(step: Step) -> str:
    """The step whose notes a board shows: clustering works on the notes of its source step."""
    return step.rules.source if step.rules.source and step.kind == StepKind.CLUSTER else step.key


def cluster_at(all_clusters: Iterable[ClusterView], x: float, y: float) -> int | None:
    """The cluster a note dropped with its centre at (x, y) joins (None: outside every cluster)."""
    for cluster in all_clusters:
        if cluster.x <= x <= cluster.x + cluster.width and cluster.y <= y <= cluster.y + cluster.height:
            return cluster.id
    return None
