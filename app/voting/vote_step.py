"""A vote step in a team's day: what is voted on, the reveal, and what the team keeps.

Which items a vote is about follows from the template: the nearest earlier step that makes
them (knelpunten; the themes of a clustering step; the ideas of the idea race).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from app.board.board import clusters, notes
from app.clock.timers import TimerKey, claim
from app.day.template import Step, StepKind, Template, VoteTarget
from app.errors import DomainError
from app.event.events import event_template
from app.outcomes.knelpunten import knelpunten
from app.storage.store import Store
from app.text import LABEL_MAX, shorten
from app.voting.vote_items import source_step
from app.voting.voting import Outcome, ballots, cast, outcome, places, withdraw
from db.models import Event, Member, Selection, StepState
from db.types import transaction_now


@dataclass(frozen=True)
class VoteItem:
    id: int
    label: str


def vote_items(store: Store, template: Template, team_id: int, step: Step) -> list[VoteItem]:
    target = step.rules.votes_on
    if target is VoteTarget.KNELPUNTEN:
        return [VoteItem(k.id, k.title) for k in knelpunten(store, team_id)]
    source = source_step(template, step)
    if source is None:
        return []
    if target is VoteTarget.THEMES:
        return [VoteItem(c.id, c.name or "…") for c in clusters(store, team_id, source.key)]
    return [VoteItem(n.id, shorten(n.text, LABEL_MAX)) for n in notes(store, team_id, [source.key])]


def is_revealed(store: Store, event_id: int, team_id: int, step_key: str) -> bool:
    with store.read() as session:
        row = _state(session, event_id, team_id, step_key)
    return row is not None and row.revealed_at is not None


def reveal(store: Store, event_id: int, team_id: int, step: Step, now: datetime) -> None:
    """Everyone's dots on the wall; from now on the vote is open. A vote that keeps items and
    has no tie at its cut keeps them now (a tie waits for ``decide``)."""
    with store.write() as session:
        row = claim(store, session, TimerKey(event_id, team_id, step.key), step.minutes * 60)
        if row.revealed_at is None:
            row.revealed_at = transaction_now(session) or now  # a shared event: the server's clock
            session.add(row)
            _settle(store, session, event_id, team_id, step)


def _settle(store: Store, session, event_id: int, team_id: int, step: Step) -> None:
    if step.kind is not StepKind.DOT_VOTE or places(step.rules) is None or _selection(session, team_id, step.key):
        return
    outcome_ = result(store, event_template(session.get(Event, event_id)), team_id, step)
    if not outcome_.tied:
        _store_selection(session, team_id, step.key, outcome_.kept, Decision())


def result(store: Store, template: Template, team_id: int, step: Step) -> Outcome:
    items = [item.id for item in vote_items(store, template, team_id, step)]
    return outcome(step.rules, [b for b in ballots(store, team_id, step.key) if b.target_id in items], items)


def place_dot(store: Store, template: Template, event_id: int, team_id: int, step: Step, voter_id: int | None, target_id: int) -> None:
    """A member places a dot: on one of the vote's items, before the reveal, within the rules
    (dots left on items that no longer exist do not count against the budget)."""
    check_voter(store, team_id, voter_id)
    if is_revealed(store, event_id, team_id, step.key):
        raise DomainError("vote_closed", "the dots are revealed: the vote is closed")
    items = {item.id for item in vote_items(store, template, team_id, step)}
    if target_id not in items:
        raise DomainError("vote_item_gone", "that item is no longer in the vote")
    cast(store, step.rules, team_id, step.key, voter_id, target_id, counted=items)


def check_voter(store: Store, team_id: int, voter_id: int | None) -> None:
    """Refuse a dot without a voter of this team."""
    if voter_id is None or voter_id not in {m.id for m in _members(store, team_id)}:
        raise DomainError("vote_no_voter", "choose who votes (a member of this team)")


def take_dot(store: Store, event_id: int, team_id: int, step: Step, voter_id: int | None, target_id: int) -> None:
    if is_revealed(store, event_id, team_id, step.key):
        raise DomainError("vote_closed", "the dots are revealed: the vote is closed")
    withdraw(store, team_id, step.key, voter_id, target_id)


def kept(store: Store, team_id: int, step_key: str) -> list[int]:
    """What the vote kept, in rank order, once decided (kept at the reveal when there was no tie)."""
    with store.read() as session:
        return [row.target_id for row in _selection(session, team_id, step_key)]


@dataclass(frozen=True)
class Decision:
    """Who resolved a tie at the cut, and which items they chose."""

    chosen: frozenset[int] = frozenset()
    member_id: int | None = None  # None: the team together (or its re-vote)


def decide(store: Store, template: Template, team_id: int, step: Step, chosen: list[int], decided_by: int | None) -> list[int]:
    """Keep the certain items plus ``chosen`` from the tie; the rules say how many may be chosen.
    The chosen items are stored as a tie-break, with the name of who decided."""
    result_ = result(store, template, team_id, step)
    check_choice(step, result_, chosen)
    final = list(result_.kept) + list(chosen)
    with store.write() as session:
        _store_selection(session, team_id, step.key, final, Decision(frozenset(chosen), decided_by))
    return final


def check_choice(step: Step, result_: Outcome, chosen: list[int]) -> None:
    """A vote that keeps *at most* some items (the idea vote) may take fewer of the tied than
    there are open places, as long as one item is kept in all; a winner to choose (the theme vote's
    captain) takes exactly the open places."""
    open_ = result_.open_places
    if len(set(chosen)) != len(chosen) or not set(chosen) <= set(result_.tied):
        raise DomainError("vote_choice", f"choose {open_} of the tied items", places=open_)
    if not step.rules.keep_at_most:
        if len(chosen) != open_:
            raise DomainError("vote_choice", f"choose {open_} of the tied items", places=open_)
        return
    if len(chosen) > open_:
        raise DomainError("vote_choice_at_most", f"choose at most {open_} of the tied items", places=open_)
    if not chosen and not result_.kept:
        raise DomainError("vote_choice_none", "choose at least one of the tied items")


def _store_selection(session, team_id: int, step_key: str, targets, decision: Decision) -> None:
    """The kept items, in rank order, replacing what was kept before."""
    for row in _selection(session, team_id, step_key):
        session.delete(row)
    session.flush()
    member = session.get(Member, decision.member_id) if decision.member_id is not None else None
    for rank, target in enumerate(targets):
        tie_break = target in decision.chosen
        session.add(Selection(team_id=team_id, step_key=step_key, target_id=target, rank=rank, tie_break=tie_break,
                              decided_by_id=member.id if tie_break and member else None,
                              decided_by_name=member.name if tie_break and member else ""))


def _selection(session, team_id: int, step_key: str) -> list[Selection]:
    return list(session.exec(select(Selection).where(Selection.team_id == team_id, Selection.step_key == step_key).order_by(Selection.rank)).all())


def _state(session, event_id: int, team_id: int, step_key: str) -> StepState | None:
    return session.exec(
        select(StepState).where(StepState.event_id == event_id, StepState.team_id == team_id,
                                StepState.step_key == step_key, StepState.part_key == "")
    ).first()


def _members(store: Store, team_id: int) -> list[Member]:
    with store.read() as session:
        return list(session.exec(select(Member).where(Member.team_id == team_id)).all())
