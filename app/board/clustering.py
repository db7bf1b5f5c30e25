"""Making and merging clusters so that a cluster's frame holds exactly its notes.

A new cluster gathers its notes into a grid in free space (``app.board.cluster_layout``): never on
top of a loose note or another cluster. A merge gathers both clusters' notes the same way, under
the name the person chose, and carries the theme's dots along (``app.voting.vote_items``); a cluster
dragged onto other notes settles at the nearest clear place. Each action
returns what its undo needs: the notes' places and clusters as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlmodel import select

from app.board.best_note import marked_among
from app.board.board import (
    ClusterView,
    add_cluster,
    assign_each,
    assign_notes,
    cluster_view,
    move_notes,
    place_cluster,
    rename_cluster,
    restore_cluster,
)
from app.board.cluster_layout import (
    Obstacles,
    Place,
    Rect,
    free_frame,
    gather,
    note_rect,
)
from app.day.template import VoteTarget
from app.storage.store import Store, existing
from app.voting.vote_items import Carried, carry_dots, uncarry_dots
from db.models import Cluster, Note


@dataclass(frozen=True)
class Made:
    """A cluster made around notes, and where they were before (for undo)."""

    cluster_id: int
    places: dict[int, Place]
    clusters: dict[int, int | None]
    best: tuple[int, ...] = ()  # the notes that were their old cluster's best (marked again on undo)


@dataclass(frozen=True)
class Merged:
    """Two clusters made one, and what they were before (for undo)."""

    keep: ClusterView
    other: ClusterView
    moved: tuple[int, ...]  # the other cluster's notes
    places: dict[int, Place]
    carried: Carried


def make_cluster(store: Store, team_id: int, step_key: str, note_step: str, name: str, note_ids: Iterable[int],
                 cluster_id: int | None = None) -> Made:
    """A named cluster of ``note_ids`` (notes of ``note_step``), its notes gathered into free space."""
    members = set(note_ids)
    with store.write() as session:
        places, obstacles = _board(session, team_id, step_key, note_step, members, set())
        frame, new_places = gather({note_id: places[note_id] for note_id in members}, obstacles)
        move_notes(store, new_places)
        made_id = add_cluster(store, team_id, step_key, name, frame, cluster_id=cluster_id)
        best = marked_among(session, members)
        before = assign_notes(store, members, made_id)  # where each note was: for undo
        return Made(made_id, {note_id: places[note_id] for note_id in members}, before, best)


def unmake_cluster(store: Store, made: Made) -> None:
    """Undo of ``make_cluster``: the cluster gone, its notes back where and in what they were."""
    with store.write() as session:
        session.delete(existing(session, Cluster, made.cluster_id, "cluster"))
        session.flush()
        move_notes(store, made.places)
        assign_each(store, made.clusters, best=made.best)


def merge_clusters(store: Store, keep_id: int, other_id: int, name: str, note_step: str) -> Merged:
    """One cluster named ``name`` of both clusters' notes, gathered into free space; the theme's
    dots move along before the reveal and a revealed theme is refused (see ``app.voting.vote_items``)."""
    with store.write() as session:
        keep, other = existing(session, Cluster, keep_id, "cluster"), existing(session, Cluster, other_id, "cluster")
        carried = carry_dots(session, VoteTarget.THEMES, other_id, keep_id)
        members = set(session.exec(select(Note.id).where(Note.cluster_id.in_([keep_id, other_id]))).all())
        moved = tuple(sorted(session.exec(select(Note.id).where(Note.cluster_id == other_id)).all()))
        places, obstacles = _board(session, keep.team_id, keep.step_key, note_step, members, {keep_id, other_id})
        frame, new_places = gather({note_id: places[note_id] for note_id in members}, obstacles,
                                   near=(min(keep.x, other.x), min(keep.y, other.y)))
        other_best = marked_among(session, moved)  # the kept cluster's best stays its best
        merged = Merged(cluster_view(keep), replace(cluster_view(other), best=other_best[0] if other_best else None),
                        moved, {n: places[n] for n in members}, carried)
        assign_notes(store, moved, keep_id)
        session.delete(other)
        session.flush()
        place_cluster(store, keep_id, frame)
        rename_cluster(store, keep_id, name)
        move_notes(store, new_places)
        return merged


def unmerge_clusters(store: Store, merged: Merged) -> None:
    """Undo of ``merge_clusters``: both clusters, names, notes, places and dots as they were."""
    keep = merged.keep
    with store.write() as session:
        restore_cluster(store, merged.other, merged.moved)
        place_cluster(store, keep.id, (keep.x, keep.y, keep.width, keep.height))
        rename_cluster(store, keep.id, keep.name)
        move_notes(store, merged.places)
        uncarry_dots(session, VoteTarget.THEMES, merged.carried, [keep.id, merged.other.id])


def clear_place(store: Store, cluster_id: int, note_step: str, rect: Rect) -> Rect:
    """Where a cluster dropped at ``rect`` settles: there when that is clear, else the nearest
    place clear of every other note and cluster (its notes move along with it)."""
    with store.read() as session:
        cluster = existing(session, Cluster, cluster_id, "cluster")
        members = set(session.exec(select(Note.id).where(Note.cluster_id == cluster_id)).all())
        _places, obstacles = _board(session, cluster.team_id, cluster.step_key, note_step, members, {cluster_id})
    return free_frame((rect[2], rect[3]), (rect[0], rect[1]), obstacles)


def _board(session, team_id: int, step_key: str, note_step: str, members: set[int],
           skip_clusters: set[int]) -> tuple[dict[int, Place], Obstacles]:
    """Where the members are, and what a frame must keep clear of: every other note of the
    board and every other cluster."""
    rows = session.exec(select(Note.id, Note.x, Note.y).where(Note.team_id == team_id, Note.step_key == note_step)).all()
    frames = session.exec(select(Cluster).where(Cluster.team_id == team_id, Cluster.step_key == step_key)).all()
    places = {note_id: (x, y) for note_id, x, y in rows if note_id in members}
    loose = [note_rect(x, y) for note_id, x, y in rows if note_id not in members]
    others = [(c.x, c.y, c.width, c.height) for c in frames if c.id not in skip_clusters]
    return places, Obstacles(loose + others)
