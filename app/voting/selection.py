"""What a vote keeps for the next step, as shown everywhere: each item with how it was kept.

The kept items are ``Selection`` rows (kept at the reveal without a tie, else by ``decide`` or a
re-vote). A vote with a keep-at-most limit (the idea vote: *maximaal* 3) lets the team keep fewer
— un-keep a proposed item — and keep one of the items at the cut again, never more than the limit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.day.privacy import is_anonymous, shown_name
from app.day.template import Step, Template
from app.errors import DomainError
from app.storage.store import Store
from app.voting.revote import tie_state
from app.voting.vote_step import is_revealed, result, vote_items
from db.models import Selection


@dataclass(frozen=True)
class KeptItem:
    id: int
    label: str
    tie_break: bool  # kept by a decision on a tie at the cut, not by its dots alone
    decided_by_name: str  # who broke the tie ("": the team together, or an anonymous step's decider)
    by_revote: bool  # the tie was broken by a re-vote among the tied items
    decided_by_role: str = ""  # in an anonymous step: the role (key) of who broke the tie, for their name


def kept_items(store: Store, template: Template, event_id: int, team_id: int, step: Step) -> list[KeptItem]:
    """The vote's kept items in rank order, each saying whether a tie-break kept it, and by whom
    (in an anonymous step: by which role, not by whose name)."""
    labels = {item.id: item.label for item in vote_items(store, template, team_id, step)}
    rows = _rows(store, team_id, step.key)
    revoted = tie_state(store, template, event_id, team_id, step).revoted if any(r.tie_break for r in rows) else ()
    anonymous = is_anonymous(store, template, event_id, team_id, step.key)
    return [KeptItem(r.target_id, labels.get(r.target_id, "?"), r.tie_break, shown_name(anonymous, r.decided_by_name),
                     r.target_id in revoted, decider_role(anonymous, r.decided_by_name, step))
            for r in rows]


def decider_role(anonymous: bool, name: str, step: Step) -> str:
    """The role (key) that stands for a named decider in an anonymous step; "" otherwise."""
    return (step.rules.tie_breaker or "") if anonymous and name else ""


def candidates(store: Store, template: Template, team_id: int, step: Step) -> list[int]:
    """The items that may be kept: those with the most dots, down to the ones tied at the cut."""
    outcome = result(store, template, team_id, step)
    return list(outcome.kept + outcome.tied)


def unkeep(store: Store, template: Template, event_id: int, team_id: int, step: Step, target_id: int) -> None:
    """Keep fewer than the limit allows: the item goes back; at least one stays kept."""
    rows = _decided(store, template, event_id, team_id, step)
    if target_id not in {r.target_id for r in rows}:
        raise DomainError("keep_not_kept", "that item is not kept")
    if len(rows) == 1:
        raise DomainError("keep_last", "keep at least one: the next step works it out")
    with store.write() as session:
        for row in session.exec(_query(team_id, step.key)).all():
            if row.target_id == target_id:
                session.delete(row)
        session.flush()
        _rerank(session, team_id, step.key)


def keep(store: Store, template: Template, event_id: int, team_id: int, step: Step, target_id: int) -> None:
    """Keep an item again (one with the most dots, or tied at the cut), up to the vote's limit."""
    rows = _decided(store, template, event_id, team_id, step)
    limit = step.rules.keep_at_most
    if target_id in {r.target_id for r in rows}:
        raise DomainError("keep_already", "that item is kept already")
    if len(rows) >= limit:
        raise DomainError("keep_limit", f"at most {limit} are kept: un-keep one first", limit=limit)
    outcome = result(store, template, team_id, step)
    if target_id not in outcome.kept + outcome.tied:
        raise DomainError("keep_not_top", f"only the {limit} with the most dots can be kept", limit=limit)
    with store.write() as session:
        session.add(Selection(team_id=team_id, step_key=step.key, target_id=target_id, rank=len(rows),
                              tie_break=target_id in outcome.tied))
        session.flush()
        _rerank(session, team_id, step.key, [t for t, _dots in outcome.ranking])


def _decided(store: Store, template: Template, event_id: int, team_id: int, step: Step) -> list[Selection]:
    """The kept rows of a vote that keeps at most some items, once its tie (if any) is resolved."""
    if not step.rules.keep_at_most:
        raise DomainError("keep_fixed", "this vote keeps its winner: nothing to add or take away")
    if not is_revealed(store, event_id, team_id, step.key):
        raise DomainError("vote_not_revealed", "reveal the dots first")
    rows = _rows(store, team_id, step.key)
    if not rows:
        raise DomainError("keep_tie_open", "resolve the tie at the cut first: choose, or re-vote")
    return rows


def _rerank(session, team_id: int, step_key: str, order: list[int] | None = None) -> None:
    """Ranks 0, 1, 2… again (in the vote's ranking when given, else as they were)."""
    rows = list(session.exec(_query(team_id, step_key)).all())
    if order is not None:
        rows.sort(key=lambda row: order.index(row.target_id) if row.target_id in order else len(order))
    for rank, row in enumerate(rows):
        row.rank = rank
        session.add(row)


def _rows(store: Store, team_id: int, step_key: str) -> list[Selection]:
    with store.read() as session:
        return list(session.exec(_query(team_id, step_key)).all())


def _query(team_id: int, step_key: str):
    return select(Selection).where(Selection.team_id == team_id, Selection.step_key == step_key).order_by(Selection.rank)
