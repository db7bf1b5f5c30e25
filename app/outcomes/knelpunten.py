"""Knelpunten: the team's pain points, each answering the phase's questions (who, how, where
and when, why — the step's fields in the template), in the team's own order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.day.template import VoteTarget
from app.event.teams import clean_answers
from app.storage.store import Store, existing
from app.text import clean_line, column_limit, shorten
from app.voting.vote_items import drop_dots
from db.models import Cluster, Knelpunt

TITLE_MAX = column_limit(Knelpunt.title)


@dataclass(frozen=True)
class KnelpuntView:
    id: int
    position: int
    title: str
    answers: dict[str, str]
    cluster_id: int | None


def _view(row: Knelpunt) -> KnelpuntView:
    return KnelpuntView(row.id, row.position, row.title, dict(row.answers or {}), row.cluster_id)


def _title(text: str) -> str:
    return clean_line(text, TITLE_MAX, "knelpunt", required=True)


def knelpunten(store: Store, team_id: int) -> list[KnelpuntView]:
    with store.read() as session:
        rows = session.exec(select(Knelpunt).where(Knelpunt.team_id == team_id).order_by(Knelpunt.position, Knelpunt.id)).all()
    return [_view(row) for row in rows]


def add_knelpunt(store: Store, team_id: int, title: str, answers: dict[str, str] | None = None, cluster_id: int | None = None) -> int:
    with store.write() as session:
        positions = session.exec(select(Knelpunt.position).where(Knelpunt.team_id == team_id)).all()
        row = Knelpunt(team_id=team_id, position=max(positions, default=-1) + 1, title=_title(title),
                       answers=clean_answers(answers or {}), cluster_id=cluster_id)
        session.add(row)
        session.flush()
        return row.id


@dataclass(frozen=True)
class Made:
    """What turning a selection (or the clusters) into knelpunten did: the titles made, and the
    titles skipped because the team has that knelpunt already (same cluster or same title)."""

    made: list[str]
    existing: list[str]


def _same(title: str) -> str:
    return " ".join(title.split()).casefold()


def _short_title(text: str) -> str:
    return shorten(text, TITLE_MAX)


def _add_new(store: Store, team_id: int, wanted: list[tuple[str, int | None, bool]]) -> Made:
    """Add each (title, cluster id, by its cluster) unless the team has it already: a knelpunt of
    that cluster (for a cluster) or of that title. One transaction."""
    made, existing = [], []
    with store.write():
        have = knelpunten(store, team_id)
        titles, clusters = {_same(k.title) for k in have}, {k.cluster_id for k in have if k.cluster_id is not None}
        for title, cluster_id, by_cluster in wanted:
            if _same(title) in titles or (by_cluster and cluster_id in clusters):
                existing.append(title)
                continue
            add_knelpunt(store, team_id, title, cluster_id=cluster_id)
            titles.add(_same(title))
            clusters.add(cluster_id)
            made.append(title)
    return Made(made, existing)


def from_clusters(store: Store, team_id: int, cluster_step: str) -> Made:
    """A knelpunt for every cluster that has none yet, titled with the cluster's name."""
    with store.read() as session:
        rows = session.exec(select(Cluster).where(Cluster.team_id == team_id, Cluster.step_key == cluster_step).order_by(Cluster.id)).all()
        wanted = [(_short_title(row.name or "") or f"Cluster {row.id}", row.id, True) for row in rows]
    return _add_new(store, team_id, wanted)


def from_selection(store: Store, team_id: int, cluster_names: dict[int, str], notes: list[tuple[str, int | None]]) -> Made:
    """Knelpunten from what the team selected on the board: clusters by their name, notes by
    their text (shortened to a title); what the team has already is skipped. One transaction."""
    wanted = [(_short_title(name) or "…", cluster_id, True) for cluster_id, name in cluster_names.items()]
    wanted += [(_short_title(text), cluster_id, False) for text, cluster_id in notes]
    return _add_new(store, team_id, wanted)


def update_knelpunt(store: Store, knelpunt_id: int, title: str, answers: dict[str, str]) -> None:
    with store.write() as session:
        row = _row(session, knelpunt_id)
        clean_title, clean = _title(title), clean_answers(answers)
        if (clean_title, clean) != (row.title, row.answers):
            row.title, row.answers = clean_title, clean
            session.add(row)


def move_knelpunt(store: Store, knelpunt_id: int, steps: int) -> None:
    """Move up (negative) or down in the team's order."""
    with store.write() as session:
        row = _row(session, knelpunt_id)
        ordered = [k.id for k in knelpunten(store, row.team_id)]
        index = ordered.index(knelpunt_id)
        target = max(0, min(len(ordered) - 1, index + steps))
        ordered.insert(target, ordered.pop(index))
        for position, other_id in enumerate(ordered):
            other = session.get(Knelpunt, other_id)
            if other.position != position:
                other.position = position
                session.add(other)


def delete_knelpunt(store: Store, knelpunt_id: int, dots_accepted: int = 0) -> KnelpuntView:
    """Delete a knelpunt. One with dots: refused after the vote's reveal; before it, its dots
    are dropped only when the person agreed to drop that many (see ``app.voting.vote_items``)."""
    with store.write() as session:
        row = _row(session, knelpunt_id)
        drop_dots(session, VoteTarget.KNELPUNTEN, [knelpunt_id], dots_accepted)
        snapshot = _view(row)
        session.delete(row)
        return snapshot


def _row(session, knelpunt_id: int) -> Knelpunt:
    return existing(session, Knelpunt, knelpunt_id, "knelpunt")
