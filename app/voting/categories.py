"""Categories of the idea vote: the team may first cluster the race's ideas on a board.

The workbook: "Categoriseer ze eventueel als dit helpt om het overzicht te bewaren". The board is
the existing cluster board, on the ideas, with clusters under the vote step's own key; the vote
stays on ideas (one item each), listed by category.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.board.board import clusters, notes
from app.day.template import Step, StepKind, Template, VoteTarget
from app.storage.store import Store
from app.voting.vote_items import source_step


@dataclass(frozen=True)
class Category:
    name: str  # "" for the ideas in no category
    cluster_id: int | None
    item_ids: tuple[int, ...]


def can_categorise(template: Template, step: Step) -> bool:
    """A vote on ideas whose race came before it."""
    return step.rules.votes_on is VoteTarget.IDEAS and source_step(template, step) is not None


def category_board(template: Template, step: Step) -> Step:
    """The vote step seen as a cluster step on the race's ideas (its clusters: the categories)."""
    source = source_step(template, step)
    rules = step.rules.model_copy(update={"source": source.key})
    return step.model_copy(update={"kind": StepKind.CLUSTER, "rules": rules})


def categories(store: Store, template: Template, team_id: int, step: Step) -> list[Category]:
    """The ideas by category, in the clusters' order, then those in none (empty: no categories)."""
    found = clusters(store, team_id, step.key)
    if not can_categorise(template, step) or not found:
        return []
    ideas = notes(store, team_id, [source_step(template, step).key])
    groups = [Category(c.name or "…", c.id, tuple(n.id for n in ideas if n.cluster_id == c.id)) for c in found]
    known = {c.id for c in found}
    rest = tuple(n.id for n in ideas if n.cluster_id not in known)
    return [g for g in groups if g.item_ids] + ([Category("", None, rest)] if rest else [])
