"""A quick re-vote among the items tied at a vote's cut, on the same dot-voting mechanism.

A round is a vote of its own under a derived step key ("idea_vote:revote1", "…:revote2"): its
items are the ones still tied, each member has as many dots as there are open places, one per
item, hidden until the round's reveal. A round that breaks the tie decides the vote (``decide``,
by the team); a round still tied leaves the rest tied for another round, or for the team to choose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from app.clock.timers import TimerKey, claim
from app.day.template import Rules, Step, Template
from app.errors import DomainError
from app.storage.store import Store
from app.voting.vote_step import check_voter, decide, is_revealed, kept, result
from app.voting.voting import Ballot, ballots, cast, cut, ranking, withdraw
from db.models import StepState
from db.types import transaction_now

ROUND = ":revote"


@dataclass(frozen=True)
class TieState:
    """Where a vote's tie at the cut stands after the re-vote rounds so far."""

    certain: tuple[int, ...]  # kept for sure: above the cut, or won in a re-vote round
    tied: tuple[int, ...]  # still tied for the open places (empty: nothing left to resolve)
    open_places: int
    rounds: int  # re-vote rounds started
    voting: bool  # the last round is open: its dots are being placed
    revoted: tuple[int, ...] = ()  # the items a re-vote round kept
    tallies: tuple[tuple[tuple[int, int], ...], ...] = ()  # each revealed round's (item, dots), most first


def round_key(step_key: str, number: int) -> str:
    """The step key a re-vote round's dots and reveal are stored under."""
    return f"{step_key}{ROUND}{number}"


def round_rules(step: Step, open_places: int) -> Rules:
    """A re-vote: a dot per open place, one per item, hidden until its reveal."""
    return step.rules.model_copy(update={"budget_per_member": open_places, "several_per_item": False,
                                         "keep_at_most": open_places, "tie_breaker": None, "hidden_until_reveal": True})


def tie_state(store: Store, template: Template, event_id: int, team_id: int, step: Step) -> TieState:
    """The vote's tie at the cut, followed through every re-vote round that was revealed."""
    main = result(store, template, team_id, step)
    certain, tied, open_places, revoted, tallies = main.kept, main.tied, main.open_places, (), ()
    number = 0
    while tied and _started(store, event_id, team_id, round_key(step.key, number + 1)):
        number += 1
        key = round_key(step.key, number)
        if not is_revealed(store, event_id, team_id, key):
            return TieState(certain, tied, open_places, number, True, revoted, tallies)
        ranked = ranking(round_ballots(store, team_id, key, tied), tied)
        won, tied, left = cut(ranked, open_places)
        certain, revoted, open_places, tallies = certain + won, revoted + won, left, (*tallies, tuple(ranked))
    return TieState(certain, tied, open_places, number, False, revoted, tallies)


def round_ballots(store: Store, team_id: int, key: str, items: tuple[int, ...]) -> list[Ballot]:
    return [b for b in ballots(store, team_id, key) if b.target_id in items]


def start_round(store: Store, template: Template, event_id: int, team_id: int, step: Step) -> TieState:
    """Open a re-vote among the items still tied (refused when nothing is tied or a round is open,
    and where the rules give the tie to a role: the captain decides the theme vote)."""
    if step.rules.tie_breaker:
        raise DomainError("revote_role", f"the {step.rules.tie_breaker} breaks this tie", role=step.rules.tie_breaker)
    state = _open_tie(store, template, event_id, team_id, step)
    if state.voting:
        raise DomainError("revote_open", "a re-vote is open: place the dots, then reveal it")
    with store.write() as session:
        claim(store, session, TimerKey(event_id, team_id, round_key(step.key, state.rounds + 1)), step.minutes * 60)
    return tie_state(store, template, event_id, team_id, step)


def place_round_dot(store: Store, template: Template, event_id: int, team_id: int, step: Step,
                    voter_id: int | None, target_id: int) -> None:
    """A member's dot in the open re-vote round: on a tied item, within the round's budget."""
    state = _voting(store, template, event_id, team_id, step)
    check_voter(store, team_id, voter_id)
    if target_id not in state.tied:
        raise DomainError("revote_not_tied", "only the tied items are in the re-vote")
    key = round_key(step.key, state.rounds)
    cast(store, round_rules(step, state.open_places), team_id, key, voter_id, target_id, counted=state.tied)


def take_round_dot(store: Store, template: Template, event_id: int, team_id: int, step: Step,
                   voter_id: int | None, target_id: int) -> None:
    state = _voting(store, template, event_id, team_id, step)
    withdraw(store, team_id, round_key(step.key, state.rounds), voter_id, target_id)


def reveal_round(store: Store, template: Template, event_id: int, team_id: int, step: Step, now: datetime) -> TieState:
    """Show the round's dots; when they break the tie, the vote is decided (by the team's re-vote)."""
    state = _voting(store, template, event_id, team_id, step)
    with store.write() as session:
        row = claim(store, session, TimerKey(event_id, team_id, round_key(step.key, state.rounds)), step.minutes * 60)
        row.revealed_at = transaction_now(session) or now  # a shared event: the server's clock
        session.add(row)
        after = tie_state(store, template, event_id, team_id, step)
        if not after.tied:
            main = result(store, template, team_id, step)
            decide(store, template, team_id, step, [t for t in after.certain if t not in main.kept], None)
    return after


def _open_tie(store: Store, template: Template, event_id: int, team_id: int, step: Step) -> TieState:
    if not is_revealed(store, event_id, team_id, step.key):
        raise DomainError("vote_not_revealed", "reveal the dots first")
    state = tie_state(store, template, event_id, team_id, step)
    if kept(store, team_id, step.key) or not state.tied:
        raise DomainError("revote_no_tie", "there is no tie left to resolve")
    return state


def _voting(store: Store, template: Template, event_id: int, team_id: int, step: Step) -> TieState:
    state = _open_tie(store, template, event_id, team_id, step)
    if not state.voting:
        raise DomainError("revote_not_open", "start a re-vote among the tied items first")
    return state


def _started(store: Store, event_id: int, team_id: int, key: str) -> bool:
    with store.read() as session:
        row = session.exec(select(StepState.id).where(StepState.event_id == event_id, StepState.team_id == team_id,
                                                      StepState.step_key == key, StepState.part_key == "")).first()
    return row is not None
