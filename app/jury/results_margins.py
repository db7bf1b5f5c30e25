"""How robust the podium is: which jurors' absence changes it, and how far one score is from changing
a neighbouring pair of places.

Stability: the deciding ranking is recomputed without each juror in turn (ties broken the same way);
a juror whose absence changes the SET of the top ``places`` teams is in ``changes_set``, one whose
absence changes only their order in ``changes_order``. Leaving a juror out of an adjusted ranking can
split the juror–team graph; such a juror is in neither list (nothing can be said).

Margins: for each neighbouring pair of places from the first to the first place off the podium, the
smallest change of ONE score (one juror, one criterion, within its scale) that makes the lower team reach
or pass the higher. The deciding value is linear in each S_jt: the gradient of (higher − lower) is
1/n_h on the higher team's cells and −1/n_l on the lower's for raw, and one solve for adjusted
(``results_adjusted.influence``). A change of k points on criterion c moves S_jt by k·w_c/Σw, so the
smallest k per cell and criterion is ⌈gap·Σw / (|gradient|·w_c)⌉, taken when the scale leaves room.
"""

from __future__ import annotations

from fractions import Fraction

from app.jury.results_adjusted import adjusted, influence
from app.jury.results_model import Margin, PoolInput
from app.jury.results_panel import Panel
from app.jury.results_rank import Ranking, rank_teams


def _raw_without(panel: Panel, juror: int) -> dict[int, Fraction]:
    """raw_t with one juror left out (from the totals: no copy of the cells)."""
    values = {}
    for team, row in panel.cells.items():
        count = len(row) - (juror in row)
        if count:
            values[team] = Fraction(panel.totals[team] - row.get(juror, 0), count * panel.weight)
    return values


def stability(panel: Panel, pool: PoolInput, deciding: str, podium: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(changes_set, changes_order) over the jurors who scored a team of the pool, in juror order."""
    changes_set: list[int] = []
    changes_order: list[int] = []
    scoring = {j for row in panel.cells.values() for j in row}
    for juror in (j for j in panel.jurors if j in scoring):
        if deciding == "adjusted":
            rest = panel.without(juror)
            values = adjusted(rest)
            if values is None:
                continue
            again = rank_teams(rest, values, pool).podium
        else:
            again = rank_teams(lambda juror=juror: panel.without(juror), _raw_without(panel, juror), pool).podium
        if set(again) != set(podium):
            changes_set.append(juror)
        elif again != podium:
            changes_order.append(juror)
    return tuple(changes_set), tuple(changes_order)


def margins(panel: Panel, pool: PoolInput, ranking: Ranking, values: dict[int, Fraction], deciding: str) -> tuple[Margin, ...]:
    order = ranking.order
    found = []
    for place in range(1, min(pool.places, len(order) - 1) + 1):
        higher, lower = order[place - 1], order[place]
        gradient = _gradient(panel, higher, lower, deciding)
        found.append(_margin(panel, pool, place, higher, lower, values[higher] - values[lower], gradient))
    return tuple(found)


def _gradient(panel: Panel, higher: int, lower: int, deciding: str) -> tuple[dict[tuple[int, int], int], int]:
    """(G, d): per scored cell, how much higher − lower moves per point of S_jt is G / d."""
    if deciding == "adjusted":
        return influence(panel, higher, lower) or ({}, 1)
    up, down = panel.cells[higher], panel.cells[lower]
    gradient = {(j, higher): len(down) for j in up}
    gradient.update({(j, lower): -len(up) for j in down})
    return gradient, len(up) * len(down)


def _margin(panel: Panel, pool: PoolInput, place: int, higher: int, lower: int, gap: Fraction,
            gradient: tuple[dict[tuple[int, int], int], int]) -> Margin:
    if gap <= 0:
        return Margin(place, higher, lower, 0, None, None)
    slopes, denominator = gradient
    juror_order = {j: i for i, j in enumerate(panel.jurors)}
    team_order = {t: i for i, t in enumerate(panel.teams)}
    heaviest = max(c.weight for c in pool.criteria)
    # points·w_c ≥ gap·Σw / |G/d| = needed / (q·|G|)
    needed = gap.numerator * panel.weight * denominator
    best: tuple[int, int, str] | None = None
    for (juror, team) in sorted(slopes, key=lambda cell: (juror_order[cell[0]], team_order[cell[1]])):
        slope = slopes[(juror, team)]
        if slope == 0:
            continue
        per_point = gap.denominator * abs(slope)
        if best is not None and needed > best[0] * heaviest * per_point:
            continue
        scores = panel.values[(juror, team)]
        for criterion in pool.criteria:
            points = -(-needed // (per_point * criterion.weight))
            value = scores[criterion.key]
            room = value - criterion.min if slope > 0 else criterion.max - value
            if points <= room and (best is None or points < best[0]):
                best = (points, juror, criterion.key)
    if best is None:
        return Margin(place, higher, lower, None, None, None)
    return Margin(place, higher, lower, *best)
