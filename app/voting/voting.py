"""Dot voting, one mechanism for every vote of the day, configured only by a step's rules.

Rules (from the template): a budget of dots per member, several dots on one item or not,
hidden until the reveal, a tie-breaker role, and a keep-at-most limit. The functions here are
plain arithmetic over ``Ballot``s; ``cast``/``withdraw`` store a member's dot in one transaction,
counted by the database (``dots = dots + 1``) with the voter locked, so laptops never race.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlmodel import delete, select, update

from app.day.template import Rules
from app.errors import DomainError
from app.storage.store import Store
from db.dml import insert_or_nothing
from db.models import Member, Vote


@dataclass(frozen=True)
class Ballot:
    """A member's dots on one item."""

    voter_id: int
    target_id: int
    dots: int


@dataclass(frozen=True)
class Outcome:
    """Where a vote ends: the items kept, and the tie the rules leave to a decision."""

    ranking: tuple[tuple[int, int], ...]  # (target, dots), most dots first
    kept: tuple[int, ...]  # certain: above any tie at the cut
    tied: tuple[int, ...]  # tied across the cut: someone must choose
    open_places: int  # how many of the tied may still be kept
    decided_by: str | None  # the role that breaks the tie (None: the team decides together)


class _Participant(Protocol):
    absent: bool


_P = TypeVar("_P", bound=_Participant)


def voters(members: Iterable[_P]) -> list[_P]:
    """Who takes part in a vote: the members present. One marked absent today has no turn, no dots
    in the team's budget and is never waited for (the vote page and the dashboard both ask here)."""
    return [member for member in members if not member.absent]


def spent(ballots: Iterable[Ballot], voter_id: int) -> int:
    return sum(b.dots for b in ballots if b.voter_id == voter_id)


def remaining(rules: Rules, ballots: Iterable[Ballot], voter_id: int) -> int:
    """Dots the member still has to place."""
    return max(0, (rules.budget_per_member or 0) - spent(ballots, voter_id))


@dataclass(frozen=True)
class Progress:
    """How far one member is with a vote (shown beside their name: whether they have voted)."""

    placed: int
    left: int

    @property
    def done(self) -> bool:
        """Every dot of the budget is placed."""
        return self.placed > 0 and self.left == 0


def progress(rules: Rules, ballots: Sequence[Ballot], voter_ids: Iterable[int]) -> dict[int, Progress]:
    """Each voter's placed and remaining dots (only counts: where the dots are stays hidden)."""
    return {voter: Progress(spent(ballots, voter), remaining(rules, ballots, voter)) for voter in voter_ids}


def check_dot(rules: Rules, ballots: Sequence[Ballot], voter_id: int, target_id: int) -> None:
    """Refuse a dot the rules do not allow, saying why."""
    budget = rules.budget_per_member or 0
    if spent(ballots, voter_id) >= budget:
        raise DomainError("vote_budget", f"all {budget} dots are placed", budget=budget)
    on_item = sum(b.dots for b in ballots if b.voter_id == voter_id and b.target_id == target_id)
    if on_item and not rules.several_per_item:
        raise DomainError("vote_one_per_item", "one dot per item: this item has yours already")


def tally(ballots: Iterable[Ballot]) -> Counter:
    counts: Counter = Counter()
    for ballot in ballots:
        counts[ballot.target_id] += ballot.dots
    return counts


def ranking(ballots: Iterable[Ballot], targets: Sequence[int]) -> list[tuple[int, int]]:
    """Every item with its dots, most first; equal counts keep the items' own order."""
    counts = tally(ballots)
    order = {target: index for index, target in enumerate(targets)}
    return sorted(((t, counts.get(t, 0)) for t in targets), key=lambda pair: (-pair[1], order[pair[0]]))


def places(rules: Rules) -> int | None:
    """How many items a vote keeps: its limit; one when a role breaks ties; else none (a ranking)."""
    if rules.keep_at_most:
        return rules.keep_at_most
    return 1 if rules.tie_breaker else None


def cut(ranked: Sequence[tuple[int, int]], keep: int) -> tuple[tuple[int, ...], tuple[int, ...], int]:
    """Keep ``keep`` of the ranked items: (certain, tied across the cut, open places among the tied)."""
    if len(ranked) <= keep:
        return tuple(t for t, _ in ranked), (), 0
    line = ranked[keep - 1][1]  # the dots of the last item that would still be kept
    above = tuple(t for t, dots in ranked if dots > line)
    tied = tuple(t for t, dots in ranked if dots == line)
    if len(above) + len(tied) <= keep:
        return above + tied, (), 0
    return above, tied, keep - len(above)


def outcome(rules: Rules, ballots: Sequence[Ballot], targets: Sequence[int]) -> Outcome:
    ranked = tuple(ranking(ballots, targets))
    keep = places(rules)
    voted = [pair for pair in ranked if pair[1] > 0]  # an item nobody voted for is never kept
    if keep is None:
        return Outcome(ranked, tuple(t for t, _ in voted), (), 0, rules.tie_breaker)
    certain, tied, open_places = cut(voted, keep)
    return Outcome(ranked, certain, tied, open_places, rules.tie_breaker)


def visible(rules: Rules, ballots: Iterable[Ballot], viewer_id: int | None, revealed: bool) -> list[Ballot]:
    """What a viewer may see: before the reveal of a hidden vote, only their own dots."""
    ballots = list(ballots)
    if revealed or not rules.hidden_until_reveal:
        return ballots
    return [b for b in ballots if viewer_id is not None and b.voter_id == viewer_id]


# -- stored votes -------------------------------------------------------------
def ballots(store: Store, team_id: int, step_key: str) -> list[Ballot]:
    with store.read() as session:
        rows = session.exec(select(Vote).where(Vote.team_id == team_id, Vote.step_key == step_key)).all()
    return [Ballot(row.voter_id, row.target_id, row.dots) for row in rows if row.dots > 0]


def cast(store: Store, rules: Rules, team_id: int, step_key: str, voter_id: int, target_id: int,
         counted: Collection[int] | None = None) -> None:
    """Place one dot, if the rules allow it (``counted``: the items whose dots count against the
    budget, default all). The budget is checked with the voter locked and the dot added in the
    database, so two laptops placing the same member's dots at once never pass the budget."""
    with store.write() as session:
        _lock_voter(session, voter_id)
        current = [b for b in ballots(store, team_id, step_key) if counted is None or b.target_id in counted]
        check_dot(rules, current, voter_id, target_id)
        ours = _ours(team_id, step_key, voter_id, target_id)
        if not store.execute(session, update(Vote).where(*ours).values(dots=Vote.dots + 1)):
            store.execute(session, insert_or_nothing(session.get_bind().dialect.name, Vote).values(
                team_id=team_id, step_key=step_key, voter_id=voter_id, target_id=target_id, dots=1))


def withdraw(store: Store, team_id: int, step_key: str, voter_id: int, target_id: int) -> None:
    """Take one of the member's dots back from an item."""
    with store.write() as session:
        _lock_voter(session, voter_id)
        ours = _ours(team_id, step_key, voter_id, target_id)
        if not store.execute(session, update(Vote).where(*ours, Vote.dots > 0).values(dots=Vote.dots - 1)):
            raise DomainError("vote_none_here", "you have no dot on this item")
        store.execute(session, delete(Vote).where(*ours, Vote.dots <= 0))


def _lock_voter(session, voter_id: int) -> None:
    """Serialise the voter's dots: on PostgreSQL a row lock on the member (SQLite's write
    transactions are serial already). Not a key lock, so notes and votes may still name them."""
    locked = session.exec(select(Member.id).where(Member.id == voter_id).with_for_update(key_share=True)).first()
    if locked is None:
        raise DomainError("member_missing", f"there is no member {voter_id}", member_id=voter_id)


def _ours(team_id: int, step_key: str, voter_id: int, target_id: int) -> tuple:
    return (Vote.team_id == team_id, Vote.step_key == step_key, Vote.voter_id == voter_id, Vote.target_id == target_id)
