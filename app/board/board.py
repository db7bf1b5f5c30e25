"""The sticky-note board: notes and clusters of a team's step, one transaction per action.

Every action returns what its undo needs: a deleted note comes back with its id, text,
author, place and cluster, through the same path as any other change (the change feed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select as select_columns
from sqlalchemy import text
from sqlmodel import select

from app.board.best_note import mark, marked_among, remark
from app.board.colours import NOTE_HEX
from app.board.note_batch import (
    NOTE,
    VIEW_COLUMNS,
    delete_returning,
    existing_ids,
    insert_all,
    refuse_missing,
    update_each,
)
from app.board.note_spots import first_free_spot
from app.board.spot_index import COLUMNS, PITCH, place_of
from app.day.template import Rules, Step, StepKind, VoteTarget
from app.errors import DomainError
from app.storage.store import Store, existing
from app.text import LONG_TEXT_MAX, clean_block, clean_line, column_limit
from app.voting.vote_items import DotSnapshot, drop_dots, restore_dots
from db.models import Cluster, Member, Note

NOTE_MAX = LONG_TEXT_MAX  # a long note is kept whole; the board shows it clipped
COLOURS = tuple(NOTE_HEX)  # the note colours' names, in the order they are offered


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
    best_of_cluster: bool = False  # the note that states its cluster best (app.board.best_note)

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
    best: int | None = None  # a deleted cluster's marked note, marked again when it comes back


def cluster_view(row: Cluster) -> ClusterView:
    return ClusterView(row.id, row.team_id, row.step_key, row.name, row.x, row.y, row.width, row.height)


def clean_note(text: str) -> str:
    return clean_block(text, NOTE_MAX, "note", required=True)


def clean_cluster_name(name: str) -> str:
    return clean_line(name, column_limit(Cluster.name), "cluster_name")


# -- reading (column queries: a board reads thousands of notes, ORM objects cost 4-6x more) --
CLUSTER = Cluster.__table__
CLUSTER_COLUMNS = tuple(CLUSTER.c[name] for name in ("id", "team_id", "step_key", "name", "x", "y", "width", "height"))


def notes(store: Store, team_id: int, step_keys: Iterable[str]) -> list[NoteView]:
    keys = list(step_keys)
    query = select_columns(*VIEW_COLUMNS).where(NOTE.c.team_id == team_id, NOTE.c.step_key.in_(keys)).order_by(NOTE.c.id)
    return [NoteView(*row) for row in _rows(store, query)]


def notes_by_id(store: Store, note_ids: Iterable[int]) -> list[NoteView]:
    """Just these notes (those a change touched): a big board need not reread all of them."""
    ids = list(note_ids)
    if not ids:
        return []
    return [NoteView(*row) for row in _rows(store, select_columns(*VIEW_COLUMNS).where(NOTE.c.id.in_(ids)))]


def clusters(store: Store, team_id: int, step_key: str) -> list[ClusterView]:
    query = select_columns(*CLUSTER_COLUMNS).where(CLUSTER.c.team_id == team_id, CLUSTER.c.step_key == step_key).order_by(CLUSTER.c.id)
    return [ClusterView(*row) for row in _rows(store, query)]


def _rows(store: Store, query) -> list:
    with store.read() as session:
        session.flush()  # inside a write: its pending objects first (a Core query does not autoflush)
        return session.execute(query).all()


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
    count_changes(counts, came=all_notes)
    return counts


def count_changes(counts: dict[int | None, int], gone: Iterable[NoteView] = (), came: Iterable[NoteView] = ()) -> None:
    """Keep ``counts_per_author`` of a board up to date in place, without recounting: ``gone``
    the notes that left it (deleted, hidden, or a changed note as it was), ``came`` those that
    joined it (new, shown, or a changed note as it is now). An author at 0 is left out, as a count
    from scratch leaves them out."""
    for note in gone:
        left = counts.get(note.author_id, 0) - 1
        if left > 0:
            counts[note.author_id] = left
        else:
            counts.pop(note.author_id, None)
    for note in came:
        counts[note.author_id] = counts.get(note.author_id, 0) + 1


# -- notes ----------------------------------------------------------------------
def add_note(
    store: Store, team_id: int, step_key: str, author_id: int | None, text: str, x: float, y: float,
    colour: str = "yellow", zone_key: str | None = None, part_key: str = "", note_id: int | None = None,
) -> int:
    """A new note (``note_id`` given: the same note back, for undo)."""
    if colour not in COLOURS:
        raise DomainError("note_colour", f"no note colour {colour!r}", colour=colour)
    with store.write() as session:
        if store.shared and note_id is None and zone_key is None:
            x, y = _not_on_anothers_spot(session, team_id, step_key, x, y)
        author = session.get(Member, author_id) if author_id is not None else None
        row = Note(id=note_id, team_id=team_id, step_key=step_key, author_id=author_id, text=clean_note(text),
                   author_name=author.name if author else "", colour=colour, x=x, y=y, zone_key=zone_key, part_key=part_key)
        session.add(row)
        session.flush()
        return row.id


def _not_on_anothers_spot(session, team_id: int, step_key: str, x: float, y: float) -> tuple[float, float]:
    """On a shared event two laptops may pick the same free spot at once (each from what it had read):
    the team's adds take turns (a lock for the transaction) and a spot taken meanwhile gives way to the
    first free one. (On SQLite a write already holds the whole database.)"""
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": 0x5350_0000 + team_id})
    taken = session.execute(select_columns(NOTE.c.id).where(
        NOTE.c.team_id == team_id, NOTE.c.step_key == step_key, NOTE.c.x.between(x - 0.5, x + 0.5),
        NOTE.c.y.between(y - 0.5, y + 0.5)).limit(1)).first()
    return place_of(first_free_spot(session, team_id, step_key, COLUMNS, PITCH)) if taken else (x, y)


def edit_note(store: Store, note_id: int, text: str) -> None:
    with store.write() as session:
        row = _note(session, note_id)
        row.text = clean_note(text)
        session.add(row)


def move_notes(store: Store, places: dict[int, tuple[float, float]], versions: dict[int, int] | None = None) -> None:
    """Several notes moved at once (a multi-selection dragged): one UPDATE (``versions``: see ``update_each``)."""
    if places:
        with store.write() as session:
            update_each(store, session, {note_id: {"x": x, "y": y} for note_id, (x, y) in places.items()}, versions)


def colour_notes(store: Store, note_ids: Iterable[int], colour: str) -> None:
    """The selection in one colour: one UPDATE."""
    colour_each(store, dict.fromkeys(note_ids, colour))


def colour_each(store: Store, colours: dict[int, str], versions: dict[int, int] | None = None) -> None:
    """Each note its own colour (undo of ``colour_notes``: the colours as they were): one UPDATE."""
    for colour in set(colours.values()):
        if colour not in COLOURS:
            raise DomainError("note_colour", f"no note colour {colour!r}", colour=colour)
    if colours:
        with store.write() as session:
            update_each(store, session, {note_id: {"colour": colour} for note_id, colour in colours.items()}, versions)


def delete_notes(store: Store, note_ids: Iterable[int], dots_accepted: int = 0) -> tuple[list[NoteView], list[DotSnapshot]]:
    """Delete notes; returns them as they were, and the dots they held, so undo can bring them
    back. Idea notes with dots: see ``app.voting.vote_items`` (``dots_accepted``: the dots the person
    agreed to drop)."""
    ids = list(note_ids)
    if not ids:
        return [], []
    with store.write() as session:
        dots = drop_dots(session, VoteTarget.IDEAS, ids, dots_accepted)
        return [NoteView(*row) for row in delete_returning(store, session, ids)], dots


def restore_notes(store: Store, snapshots: Iterable[NoteView], dots: Iterable[DotSnapshot] = ()) -> None:
    """Bring deleted notes back with their ids, places, authors' names, clusters and dots (undo of a
    delete): one multi-row INSERT. An author or a cluster removed meanwhile is left out (the
    author's name stays on the note)."""
    snapshots = list(snapshots)
    with store.write() as session:
        authors = existing_ids(session, Member, (note.author_id for note in snapshots))
        frames = existing_ids(session, Cluster, (note.cluster_id for note in snapshots))
        insert_all(store, session, [_restored(note, authors, frames) for note in snapshots])
        remark(store, session, [note.id for note in snapshots if note.best_of_cluster and note.cluster_id in frames])
        restore_dots(session, dots)


def _restored(note: NoteView, authors: set[int], frames: set[int]) -> dict:
    return dict(id=note.id, team_id=note.team_id, step_key=note.step_key, text=note.text, colour=note.colour, x=note.x, y=note.y,
                author_id=note.author_id if note.author_id in authors else None, author_name=note.author_name,
                cluster_id=note.cluster_id if note.cluster_id in frames else None, zone_key=note.zone_key, part_key=note.part_key,
                best_of_cluster=False)  # marked again by ``remark``: one per cluster, also when another was marked meanwhile


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
    """Put notes in a cluster (None: take them out); returns where each was, for undo: one
    SELECT of where they were and one UPDATE."""
    return assign_each(store, dict.fromkeys(note_ids, cluster_id))


def assign_each(store: Store, clusters_of: dict[int, int | None], best: Iterable[int] = ()) -> dict[int, int | None]:
    """Each note into its own cluster (undo of ``assign_notes``: the clusters as they were, and
    ``best`` the notes whose mark as their cluster's best comes back); returns where each was:
    one SELECT and one UPDATE. A note that changes cluster loses its mark (``app.board.best_note``)."""
    if not clusters_of:
        return {}
    with store.write() as session:
        ids = list(clusters_of)
        session.flush()  # a Core query sees only what the session has written
        rows = session.execute(select_columns(NOTE.c.id, NOTE.c.cluster_id, NOTE.c.best_of_cluster).where(NOTE.c.id.in_(ids))).all()
        before = {note_id: cluster_id for note_id, cluster_id, _best in rows}
        refuse_missing(ids, before)
        kept = {note_id for note_id, cluster_id, was_best in rows if was_best and cluster_id == clusters_of[note_id]}
        update_each(store, session, {note_id: {"cluster_id": cluster_id, "best_of_cluster": note_id in kept}
                                     for note_id, cluster_id in clusters_of.items()})
        remark(store, session, best)
        return {note_id: before[note_id] for note_id in ids}


def delete_cluster(store: Store, cluster_id: int, dots_accepted: int = 0) -> tuple[ClusterView, list[int], list[DotSnapshot]]:
    """Remove a cluster; its notes stay on the board. Returns what undo needs. A theme with
    dots: see ``app.voting.vote_items`` (``dots_accepted``: the dots the person agreed to drop)."""
    with store.write() as session:
        row = _cluster(session, cluster_id)
        dots = drop_dots(session, VoteTarget.THEMES, [cluster_id], dots_accepted)
        members = list(session.exec(select(Note.id).where(Note.cluster_id == cluster_id)).all())
        marked = marked_among(session, members)
        assign_notes(store, members, None)
        snapshot = replace(cluster_view(row), best=marked[0] if marked else None)
        session.flush()
        session.delete(row)
        return snapshot, members, dots


def restore_cluster(store: Store, snapshot: ClusterView, note_ids: Iterable[int], dots: Iterable[DotSnapshot] = ()) -> None:
    with store.write() as session:
        note_ids = list(note_ids)
        add_cluster(store, snapshot.team_id, snapshot.step_key, snapshot.name,
                    (snapshot.x, snapshot.y, snapshot.width, snapshot.height), note_ids, cluster_id=snapshot.id)
        if snapshot.best in note_ids:
            mark(store, session, snapshot.id, snapshot.best)
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


def free_spot(store: Store, team_id: int, step_key: str) -> tuple[float, float]:
    """Where a new note goes: the first free place in a grid, counting everyone's notes (also
    those a member's own laptop does not show before the reveal) and outside every cluster's
    frame (a frame holds only its own notes). Found by the database (``app.board.note_spots``); a board
    that shows every note keeps the same answer in memory (``app.board.spot_index``)."""
    with store.read() as session:
        session.flush()
        spot = first_free_spot(session, team_id, step_key, COLUMNS, PITCH)
    return place_of(spot)


def cluster_frames(store: Store, team_id: int) -> list[tuple[float, float, float, float]]:
    """The frames of all the team's clusters (a new note keeps out of every one), in a fixed order."""
    with store.read() as session:
        session.flush()
        rows = session.execute(select_columns(CLUSTER.c.x, CLUSTER.c.y, CLUSTER.c.width, CLUSTER.c.height)
                               .where(CLUSTER.c.team_id == team_id).order_by(CLUSTER.c.id)).all()
    return [tuple(row) for row in rows]


def note_source(step: Step) -> str:
    """The step whose notes a board shows: clustering works on the notes of its source step."""
    return step.rules.source if step.rules.source and step.kind == StepKind.CLUSTER else step.key


def cluster_at(all_clusters: Iterable[ClusterView], x: float, y: float) -> int | None:
    """The cluster a note dropped with its centre at (x, y) joins (None: outside every cluster)."""
    for cluster in all_clusters:
        if cluster.x <= x <= cluster.x + cluster.width and cluster.y <= y <= cluster.y + cluster.height:
            return cluster.id
    return None
