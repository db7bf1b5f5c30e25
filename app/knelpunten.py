"""Knelpunten: the team's pain points, each answering the phase's questions (who, how, where
and when, why — the step's fields in the template), in the team's own order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.errors import DomainError
from app.store import Store, existing
from app.teams import clean_answers
from app.template import VoteTarget
from app.vote_items import drop_dots
from db.models import Cluster, Knelpunt

TITLE_MAX = 200


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
    clean = " ".join(text.split())
    if not clean:
        raise DomainError("knelpunt_empty", "a knelpunt needs a title")
    if len(clean) > TITLE_MAX:
        raise DomainError("knelpunt_long", f"a title has at most {TITLE_MAX} characters", limit=TITLE_MAX)
    return clean


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


def from_clusters(store: Store, team_id: int, cluster_step: str) -> list[int]:
    """A knelpunt for every cluster that has none yet, titled with the cluster's name."""
    with store.write() as session:
        done = {k.cluster_id for k in knelpunten(store, team_id)}
        rows = session.exec(select(Cluster).where(Cluster.team_id == team_id, Cluster.step_key == cluster_step).order_by(Cluster.id)).all()
        return [add_knelpunt(store, team_id, row.name or f"Cluster {row.id}", cluster_id=row.id) for row in rows if row.id not in done]


def from_selection(store: Store, team_id: int, cluster_names: dict[int, str], notes: list[tuple[str, int | None]]) -> int:
    """Knelpunten from what the team selected on the board: clusters by their name, notes by
    their text (shortened to a title); one transaction. Returns how many were made."""
    with store.write():
        for cluster_id, name in cluster_names.items():
            add_knelpunt(store, team_id, name or "…", cluster_id=cluster_id)
        for text, cluster_id in notes:
            title = " ".join(text.split())
            add_knelpunt(store, team_id, title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…", cluster_id=cluster_id)
    return len(cluster_names) + len(notes)


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
    are dropped only when the person agreed to drop that many (see ``app.vote_items``)."""
    with store.write() as session:
        row = _row(session, knelpunt_id)
        drop_dots(session, VoteTarget.KNELPUNTEN, [knelpunt_id], dots_accepted)
        snapshot = _view(row)
        session.delete(row)
        return snapshot


def _row(session, knelpunt_id: int) -> Knelpunt:
    return existing(session, Knelpunt, knelpunt_id, "knelpunt")
