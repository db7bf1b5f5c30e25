"""What happens to dots when a voted item is merged, deleted or edited: decided here, once.

Votes land on knelpunten (the phase 1 dot vote), on theme clusters (the theme vote) and on
idea notes (the idea vote). Those items can change after the dots are placed, so:

- **After a vote's reveal** an item with dots on it is frozen: merging or deleting it is
  refused, with how many dots it holds. The vote happened; its tally does not change afterwards.
- **Before the reveal** a merge carries the dots to the merged item, and the person merging is
  told how many move ("3 dots move with it"). Where the rules allow one dot per item, a voter's
  second dot on the merged item goes back to the voter to place again (and that is said too).
- **Before the reveal** a delete drops the item's dots only when the person doing it agreed to
  drop exactly that many (``dots_accepted``): otherwise it is refused with the count, so the UI
  can ask. An undo of the delete brings the dots back.
- **An edit** keeps the dots: the item is the same item, reworded.

Which votes count an item follows from the team's template: a vote counts the items made by
the nearest earlier step that makes what it votes on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import null
from sqlmodel import select

from app.day.template import Rules, Step, StepKind, Template, VoteTarget
from app.errors import DomainError
from app.event.events import event_template
from app.storage.store import Store
from db.models import Cluster, Event, Knelpunt, Member, Note, StepState, Team, Vote

MAKERS = {VoteTarget.KNELPUNTEN: StepKind.KNELPUNTEN, VoteTarget.THEMES: StepKind.CLUSTER, VoteTarget.IDEAS: StepKind.IDEA_RACE}


@dataclass(frozen=True)
class DotSnapshot:
    """One voter's dots on one item of one vote, as they were (for undo)."""

    team_id: int
    step_key: str
    voter_id: int
    target_id: int
    dots: int


@dataclass(frozen=True)
class Carried:
    """What a merge did with the dots of the item that went into the other."""

    moved: int  # dots now on the merged item
    returned: int  # dots given back to their voters (one dot per item)
    before: tuple[DotSnapshot, ...] = ()  # both items' dots as they were, for undo
    hidden: bool = False  # some are in a vote still hidden: a view tells that there are dots, not how many


@dataclass(frozen=True)
class DotsOn:
    """The dots on some items: what the UI says before a merge or a delete."""

    dots: int
    revealed: int  # of which in a vote already revealed (the items are frozen)
    hidden: bool = False  # some are in a vote still hidden until its reveal: a view does not say how many


def source_step(template: Template, step: Step) -> Step | None:
    """The nearest earlier step that makes what ``step`` votes on."""
    return template.nearest_before(step.key, MAKERS[step.rules.votes_on])


def counting_votes(template: Template, target: VoteTarget, source_key: str | None = None) -> list[Step]:
    """The vote steps that count items of kind ``target`` made in step ``source_key``
    (knelpunten belong to the team, not to a step: every knelpunten vote counts them)."""
    votes = [s for s in template.steps() if s.kind is StepKind.DOT_VOTE and s.rules.votes_on is target]
    if target is VoteTarget.KNELPUNTEN:
        return votes
    return [s for s in votes if (made := source_step(template, s)) is not None and made.key == source_key]


def dots_on(store: Store, target: VoteTarget, item_ids: Iterable[int]) -> DotsOn:
    """The dots on these items (knelpunten, theme clusters or idea notes) in every vote that counts them."""
    with store.read() as session:
        rows = _rows(session, target, item_ids)
        revealed = sum(row.dots for row in rows if _revealed(session, row.team_id, row.step_key))
        hidden = _any_hidden(session, rows)
    return DotsOn(sum(row.dots for row in rows), revealed, hidden)


def drop_dots(session, target: VoteTarget, item_ids: Iterable[int], dots_accepted: int) -> list[DotSnapshot]:
    """Before deleting items: refuse after the reveal; before it, drop their dots only when the
    person agreed to drop that many. Returns the dropped dots, for undo."""
    rows = _rows(session, target, item_ids)
    _check_not_revealed(session, rows, "deleted")
    dots = sum(row.dots for row in rows)
    if dots > dots_accepted:
        raise DomainError("vote_dots_dropped", f"{dots} dots were placed on this; deleting it drops them", dots=dots)
    snapshots = [_snapshot(row) for row in rows]
    for row in rows:
        session.delete(row)
    session.flush()
    return snapshots


def restore_dots(session, snapshots: Iterable[DotSnapshot]) -> None:
    """Undo of a delete or a merge: the dots come back (a voter removed meanwhile took theirs along)."""
    for dot in snapshots:
        if session.get(Member, dot.voter_id) is not None:
            session.add(Vote(team_id=dot.team_id, step_key=dot.step_key, voter_id=dot.voter_id, target_id=dot.target_id, dots=dot.dots))
    session.flush()


def carry_dots(session, target: VoteTarget, from_id: int, to_id: int) -> Carried:
    """A merge: refused after the reveal; before it, the dots on ``from_id`` move to ``to_id``."""
    rows = _rows(session, target, [from_id, to_id])
    _check_not_revealed(session, rows, "merged")
    before = tuple(_snapshot(row) for row in rows)
    moved = returned = 0
    for row, into, kept in _carry_plan(session, rows, from_id, to_id):
        moved, returned = moved + kept, returned + row.dots - kept
        if into is not None:
            into.dots += kept
            session.add(into)
        elif kept:
            session.add(Vote(team_id=row.team_id, step_key=row.step_key, voter_id=row.voter_id, target_id=to_id, dots=kept))
        session.delete(row)
    session.flush()
    return Carried(moved, returned, before)


def merge_preview(store: Store, target: VoteTarget, from_id: int, to_id: int) -> Carried:
    """What ``carry_dots`` would do, told before the merge (frozen items: refused the same way)."""
    with store.read() as session:
        rows = _rows(session, target, [from_id, to_id])
        _check_not_revealed(session, rows, "merged")
        plan = _carry_plan(session, rows, from_id, to_id)
        hidden = _any_hidden(session, rows)
    return Carried(sum(kept for _row, _into, kept in plan), sum(row.dots - kept for row, _into, kept in plan), hidden=hidden)


def _carry_plan(session, rows: list[Vote], from_id: int, to_id: int) -> list[tuple[Vote, Vote | None, int]]:
    """Per voter's dots on ``from_id``: the row they join on ``to_id`` (if any) and how many it takes."""
    plan = []
    for row in (r for r in rows if r.target_id == from_id):
        rules = _template(session, row.team_id).step(row.step_key).rules
        into = next((r for r in rows if r.target_id == to_id and (r.step_key, r.voter_id) == (row.step_key, row.voter_id)), None)
        plan.append((row, into, _kept_dots(rules, row.dots, into.dots if into else 0)))
    return plan


def uncarry_dots(session, target: VoteTarget, carried: Carried, item_ids: Iterable[int]) -> None:
    """Undo of a merge: both items get their own dots back."""
    for row in _rows(session, target, item_ids):
        session.delete(row)
    session.flush()
    restore_dots(session, carried.before)


def dots_a_delete_drops(on: Iterable[DotsOn]) -> int:
    """Before asking: the dots deleting these items would drop; refused (DomainError) when any of
    them were revealed, as the delete itself would be."""
    on = list(on)
    _refuse_frozen(sum(d.revealed for d in on), "deleted")
    return sum(d.dots for d in on)


def _check_not_revealed(session, rows: list[Vote], action: str) -> None:
    revealed = {row.step_key for row in rows if _revealed(session, row.team_id, row.step_key)}
    _refuse_frozen(sum(row.dots for row in rows if row.step_key in revealed), action)


def _refuse_frozen(dots: int, action: str) -> None:
    if dots:
        raise DomainError("vote_item_frozen", f"{dots} dots were placed on this and revealed: it can no longer be {action}",
                          dots=dots, action=action)


def _rows(session, target: VoteTarget, item_ids: Iterable[int]) -> list[Vote]:
    """The vote rows with dots on these items, in the votes that count them."""
    rows: list[Vote] = []
    for (team_id, source_key), ids in _items_by_origin(session, target, item_ids).items():
        steps = [s.key for s in counting_votes(_template(session, team_id), target, source_key)]
        if steps:
            found = session.exec(select(Vote).where(Vote.team_id == team_id, Vote.step_key.in_(steps), Vote.target_id.in_(ids))).all()
            rows.extend(row for row in found if row.dots > 0)
    return rows


def _items_by_origin(session, target: VoteTarget, item_ids: Iterable[int]) -> dict[tuple[int, str | None], list[int]]:
    """The items grouped by their team and the step that made them."""
    model = {VoteTarget.KNELPUNTEN: Knelpunt, VoteTarget.THEMES: Cluster, VoteTarget.IDEAS: Note}[target]
    ids = list(item_ids)
    step_key = model.step_key if hasattr(model, "step_key") else null()
    found = {item_id: (team_id, key) for item_id, team_id, key in
             session.exec(select(model.id, model.team_id, step_key).where(model.id.in_(ids))).all()} if ids else {}
    groups: dict[tuple[int, str | None], list[int]] = {}
    for item_id in ids:  # one query for all items (a selection of thousands of notes), in their order
        if item_id in found:
            groups.setdefault(found[item_id], []).append(item_id)
    return groups


def _snapshot(row: Vote) -> DotSnapshot:
    return DotSnapshot(row.team_id, row.step_key, row.voter_id, row.target_id, row.dots)


def _kept_dots(rules: Rules, moving: int, already: int) -> int:
    """How many of a voter's dots the merged item takes: all, or up to one per item."""
    return moving if rules.several_per_item else max(0, min(1, moving + already) - already)


def _any_hidden(session, rows: list[Vote]) -> bool:
    """Are any of these dots in a vote whose rules hide them until a reveal that has not come?
    (How many would leak the hidden tally through a count.)"""
    return any(_template(session, row.team_id).step(row.step_key).rules.hidden_until_reveal
               and not _revealed(session, row.team_id, row.step_key) for row in rows)


def _revealed(session, team_id: int, step_key: str) -> bool:
    row = session.exec(select(StepState).where(StepState.team_id == team_id, StepState.step_key == step_key,
                                               StepState.part_key == "")).first()
    return row is not None and row.revealed_at is not None


def _template(session, team_id: int) -> Template:
    team = session.get(Team, team_id)
    return event_template(session.get(Event, team.event_id))
