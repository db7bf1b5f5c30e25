"""What the vote page's turns, item rows and reveal act on: the vote itself, or its open re-vote.

After a vote's reveal with a tie at the cut, the team may re-vote among the tied items only: the
page then takes turns again, on that round (its items, its dots, its reveal), on the same mechanism.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.day.template import Rules, Step
from app.voting import revote
from app.voting.vote_step import (
    VoteItem,
    is_revealed,
    kept,
    place_dot,
    reveal,
    take_dot,
    vote_items,
)


@dataclass(frozen=True)
class VoteRound:
    key: str  # the step key the dots are stored under
    number: int  # 0: the vote itself; n: its n-th re-vote
    rules: Rules
    items: list[VoteItem]
    revealed: bool
    give: Callable[[int | None, int], None]  # (voter, item): place a dot
    take: Callable[[int | None, int], None]
    show: Callable[[object], None]  # (now): reveal the dots


def current_round(ws, team_id: int, step: Step) -> VoteRound:
    """The open re-vote round when there is one, else the vote itself."""
    store, template, event_id = ws.store, ws.template, ws.event.id
    items = vote_items(store, template, team_id, step)
    revealed = is_revealed(store, event_id, team_id, step.key)
    if revealed and step.rules.keep_at_most and not step.rules.tie_breaker and not kept(store, team_id, step.key):
        state = revote.tie_state(store, template, event_id, team_id, step)
        if state.voting:
            tied = [item for target in state.tied for item in items if item.id == target]
            args = (store, template, event_id, team_id, step)
            return VoteRound(revote.round_key(step.key, state.rounds), state.rounds, revote.round_rules(step, state.open_places),
                             tied, False, lambda voter, target: revote.place_round_dot(*args, voter, target),
                             lambda voter, target: revote.take_round_dot(*args, voter, target),
                             lambda now: revote.reveal_round(*args, now))
    return VoteRound(step.key, 0, step.rules, items, revealed,
                     lambda voter, target: place_dot(store, template, event_id, team_id, step, voter, target),
                     lambda voter, target: take_dot(store, event_id, team_id, step, voter, target),
                     lambda now: reveal(store, event_id, team_id, step, now))
