"""The note that states its cluster best (the HKW a theme is known by): at most one per cluster.

The mark belongs to the note's place in its cluster: a note that leaves its cluster or joins
another loses it (``app.board.board.assign_each``), and an undo that puts it back marks it again
(``remark``). Every change is one UPDATE through the store, announced on the change feed.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import false, or_, select, update

from app.errors import DomainError
from app.storage.store import Store, existing
from db.models import Cluster, Note

NOTE = Note.__table__


def best_of(store: Store, cluster_ids: Iterable[int]) -> dict[int, int]:
    """Each cluster's marked note (a cluster without one is left out)."""
    ids = list(cluster_ids)
    if not ids:
        return {}
    with store.read() as session:
        session.flush()
        rows = session.execute(select(NOTE.c.cluster_id, NOTE.c.id).where(NOTE.c.cluster_id.in_(ids), NOTE.c.best_of_cluster)).all()
    return {cluster_id: note_id for cluster_id, note_id in rows}


def set_best(store: Store, cluster_id: int, note_id: int | None) -> int | None:
    """Mark ``note_id`` as the one that states its cluster best (None: no note); any other mark in
    the cluster goes. Returns the note marked before (for undo). A note outside the cluster is refused."""
    with store.write() as session:
        existing(session, Cluster, cluster_id, "cluster")
        if note_id is not None and existing(session, Note, note_id, "note").cluster_id != cluster_id:
            raise DomainError("best_outside_theme", "only a note inside the theme can state it best; drag it into the theme first")
        before = best_of(store, [cluster_id]).get(cluster_id)
        mark(store, session, cluster_id, note_id)
        return before


def toggled(store: Store, note_id: int) -> tuple[int, int | None]:
    """What marking this note does: (its cluster, the note to mark): itself, or none when it is
    marked already. A note in no cluster is refused."""
    with store.read() as session:
        note = existing(session, Note, note_id, "note")
        if note.cluster_id is None:
            raise DomainError("best_outside_theme", "only a note inside the theme can state it best; drag it into the theme first")
        return note.cluster_id, None if note.best_of_cluster else note_id


def mark(store: Store, session, cluster_id: int, note_id: int | None) -> None:
    """Inside a write: ``note_id`` (or none) is the cluster's one marked note: one UPDATE of the
    notes whose mark changes."""
    marked = NOTE.c.id == note_id if note_id is not None else false()
    statement = (update(Note).where(NOTE.c.cluster_id == cluster_id, or_(NOTE.c.best_of_cluster, marked))
                 .values(best_of_cluster=marked))
    store.execute_rows(session, statement)


def marked(store: Store, note_ids: Iterable[int]) -> tuple[int, ...]:
    """Which of these notes carry the mark now (read before a move, for its undo)."""
    with store.read() as session:
        return marked_among(session, note_ids)


def marked_among(session, note_ids: Iterable[int]) -> tuple[int, ...]:
    """Which of these notes carry the mark now (what a move would take from them)."""
    ids = list(note_ids)
    if not ids:
        return ()
    session.flush()
    return tuple(sorted(session.execute(select(NOTE.c.id).where(NOTE.c.id.in_(ids), NOTE.c.best_of_cluster)).scalars()))


def remark(store: Store, session, note_ids: Iterable[int]) -> None:
    """Undo: these notes marked again, each as the best of the cluster it is in now."""
    ids = list(note_ids)
    if not ids:
        return
    session.flush()
    for note_id, cluster_id in session.execute(select(NOTE.c.id, NOTE.c.cluster_id).where(NOTE.c.id.in_(ids))).all():
        if cluster_id is not None:
            mark(store, session, cluster_id, note_id)
