"""Ranks, and ties at a prize position broken in the announced order.

Ranks: 1 = best; teams with an equal value share the better rank. A group of equal values that starts
at a prize position (rank ≤ places) is a tie, broken step by step in the pool's ``tie_break`` order:

- ``head_to_head``: team a is ahead of b when more of the jurors who scored both gave a the higher S_jt
  than gave b; in a group of more than two, teams are ordered by their number of such wins, and a part
  still equal is tried again on its own;
- ``criterion``: the higher mean of the ``tie_criterion`` over the team's jurors;
- ``chair``: the chair's recorded decision for every pair of the part still equal.

A tie no step can break (until the chair decides) keeps its teams in team-id order, ``broken_by`` None,
and the podium stops before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from math import lcm

from app.jury.results_model import PoolInput, Tie
from app.jury.results_panel import Panel


@dataclass(frozen=True)
class Ranking:
    order: tuple[int, ...]  # the ranked teams, best first, ties at prize positions broken
    ranks: dict[int, int]
    ties: tuple[Tie, ...]
    podium: tuple[int, ...]


def integer_keys(values: dict[int, Fraction]) -> dict[int, int]:
    """The values over one common denominator: integers in the same order, equal where they are equal
    (sorting and grouping integers is much faster than Fractions)."""
    common = lcm(*(v.denominator for v in values.values()))
    return {t: v.numerator * (common // v.denominator) for t, v in values.items()}


def ranks_of(values: dict[int, Fraction]) -> dict[int, int]:
    keys = integer_keys(values)
    first: dict[int, int] = {}
    for place, value in enumerate(sorted(keys.values(), reverse=True), start=1):
        first.setdefault(value, place)
    return {t: first[v] for t, v in keys.items()}


def rank_teams(panel: Panel | Callable[[], Panel], values: dict[int, Fraction], pool: PoolInput) -> Ranking:
    """The ranking by ``values``; ``panel`` (or a function making it, called only when a tie at a prize
    position needs it) gives the scores the tie-break compares."""
    keys = integer_keys(values)
    groups: dict[int, list[int]] = {}
    for team in sorted(keys):
        groups.setdefault(keys[team], []).append(team)
    order: list[int] = []
    ties: list[Tie] = []
    podium_end: int | None = None
    for value in sorted(groups, reverse=True):
        group = groups[value]
        place = len(order) + 1
        if len(group) > 1 and place <= pool.places:
            broken, by = _break(panel() if callable(panel) else panel, tuple(group), pool)
            ties.append(Tie(place, tuple(group), broken, by))
            if by is None and podium_end is None:
                podium_end = len(order)
            group = list(broken)
        order.extend(group)
    end = pool.places if podium_end is None else min(podium_end, pool.places)
    first: dict[int, int] = {}
    for place, team in enumerate(order, start=1):
        first.setdefault(keys[team], place)
    return Ranking(tuple(order), {t: first[keys[t]] for t in order}, tuple(ties), tuple(order[:end]))


def _break(panel: Panel, group: tuple[int, ...], pool: PoolInput) -> tuple[tuple[int, ...], str | None]:
    """The group in its broken order and the last step that was needed; (group, None) when unbroken."""
    parts: list[tuple[int, ...]] = [group]
    used: str | None = None
    for step in pool.tie_break:
        if all(len(p) == 1 for p in parts):
            break
        split: list[tuple[int, ...]] = []
        for part in parts:
            pieces = _apply(step, panel, part, pool) if len(part) > 1 else [part]
            if len(pieces) > 1:
                used = step
            split.extend(pieces)
        parts = split
    if any(len(p) > 1 for p in parts):
        return group, None
    return tuple(p[0] for p in parts), used


def _apply(step: str, panel: Panel, part: tuple[int, ...], pool: PoolInput) -> list[tuple[int, ...]]:
    if step == "head_to_head":
        return _head_to_head(panel, part)
    if step == "criterion":
        known = pool.tie_criterion in {c.key for c in pool.criteria}
        return _split(part, lambda t: criterion_mean(panel, t, pool.tie_criterion)) if known else [part]
    if step == "chair":
        return _chair(part, pool.chair_decisions)
    return [part]


def _split(part: tuple[int, ...], key) -> list[tuple[int, ...]]:
    """The part in groups of equal key, the highest key first."""
    keys = {t: key(t) for t in part}
    return [tuple(t for t in part if keys[t] == k) for k in sorted(set(keys.values()), reverse=True)]


def beats(panel: Panel, a: int, b: int) -> int:
    """+1 when more jurors who scored both put a above b than b above a, -1 the other way, 0 equal."""
    row_a, row_b = panel.cells.get(a, {}), panel.cells.get(b, {})
    votes = sum((row_a[j] > row_b[j]) - (row_a[j] < row_b[j]) for j in row_a if j in row_b)
    return (votes > 0) - (votes < 0)


def _head_to_head(panel: Panel, part: tuple[int, ...]) -> list[tuple[int, ...]]:
    pieces = _split(part, lambda t: sum(beats(panel, t, o) > 0 for o in part if o != t))
    if len(pieces) == 1:
        return pieces
    return [q for piece in pieces for q in (_head_to_head(panel, piece) if len(piece) > 1 else [piece])]


def criterion_mean(panel: Panel, team: int, key: str) -> Fraction:
    row = panel.cells.get(team, {})
    return Fraction(sum(panel.values[(j, team)][key] for j in row), len(row)) if row else Fraction(0)


def _chair(part: tuple[int, ...], decisions: dict[tuple[int, int], int]) -> list[tuple[int, ...]]:
    """The chair's order when every pair of the part has a decision and they form one order."""
    pairs = [(a, b) for i, a in enumerate(part) for b in part[i + 1:]]
    if any(tuple(sorted(p)) not in decisions for p in pairs):
        return [part]
    wins = {t: sum(decisions[tuple(sorted((t, o)))] == t for o in part if o != t) for t in part}
    if len(set(wins.values())) < len(part):
        return [part]
    return [(t,) for t in sorted(part, key=lambda t: -wins[t])]
