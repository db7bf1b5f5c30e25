"""How the jurors agree: Kendall's W over the complete jurors, each juror's Spearman correlation with
the mean of the others (the dissenter has the lowest), and each juror's profile against the panel.

Ranks here are average ranks (1 = the highest S_jt; equal scores share the mean of their places).
"""

from __future__ import annotations

from fractions import Fraction
from math import lcm, sqrt

from app.jury.results_model import JurorProfile
from app.jury.results_panel import Panel

MIN_W_TEAMS = 4  # Kendall's W is not shown for pools of fewer teams
MIN_W_JURORS = 2  # nor with fewer jurors who scored every team
MIN_SHARED = 3  # a correlation over fewer shared teams says nothing (two points always correlate ±1)


def doubled_ranks(scores: list[int]) -> list[int]:
    """Twice each score's average rank, the highest first (twice, so that shared ranks stay integers)."""
    ordered = sorted(range(len(scores)), key=lambda i: -scores[i])
    ranks = [0] * len(scores)
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and scores[ordered[end + 1]] == scores[ordered[start]]:
            end += 1
        for i in ordered[start:end + 1]:
            ranks[i] = start + end + 2  # 2 × the mean of places start+1 .. end+1
        start = end + 1
    return ranks


def _ties_term(scores: list[int]) -> int:
    counts: dict[int, int] = {}
    for s in scores:
        counts[s] = counts.get(s, 0) + 1
    return sum(t ** 3 - t for t in counts.values())


def complete_jurors(panel: Panel) -> tuple[int, ...]:
    teams = panel.rankable()
    return tuple(j for j in panel.jurors if teams and all(j in panel.cells[t] for t in teams))


def kendall_w(panel: Panel) -> tuple[float | None, str | None]:
    """W = 12·S / (m²(n³−n) − m·Σ_j T_j), T_j = Σ (t³−t) over juror j's groups of equal scores; with the
    reason when it is not shown ("few_teams", "few_complete_jurors", "no_variation": every complete
    juror gave every team the same score)."""
    teams = panel.rankable()
    jurors = complete_jurors(panel)
    if len(teams) < MIN_W_TEAMS:
        return None, "few_teams"
    if len(jurors) < MIN_W_JURORS:
        return None, "few_complete_jurors"
    m, n = len(jurors), len(teams)
    sums = [0] * n  # doubled rank sums
    ties = 0
    for juror in jurors:
        scores = [panel.cells[t][juror] for t in teams]
        for i, r in enumerate(doubled_ranks(scores)):
            sums[i] += r
        ties += _ties_term(scores)
    centre = m * (n + 1)  # doubled m(n+1)/2
    spread = Fraction(sum((r - centre) ** 2 for r in sums), 4)
    denominator = m * m * (n ** 3 - n) - m * ties
    if denominator == 0:
        return None, "no_variation"
    return float(12 * spread / denominator), None


def _pearson(xs: list[int], ys: list[int]) -> float | None:
    n = len(xs)
    sx, sy = sum(xs), sum(ys)
    cov = n * sum(x * y for x, y in zip(xs, ys)) - sx * sy
    vx = n * sum(x * x for x in xs) - sx * sx
    vy = n * sum(y * y for y in ys) - sy * sy
    if vx == 0 or vy == 0:
        return None
    return cov / sqrt(vx * vy)


def spearman(panel: Panel, juror: int) -> float | None:
    """The juror's Spearman correlation with the mean of the others, over the teams they scored that
    someone else scored too; None with fewer than MIN_SHARED such teams or no variation on either side."""
    shared = [t for t in panel.teams_of(juror) if len(panel.cells[t]) > 1]
    if len(shared) < MIN_SHARED:
        return None
    common = lcm(*(len(panel.cells[t]) - 1 for t in shared))
    own = [panel.cells[t][juror] for t in shared]
    others = [(sum(panel.cells[t].values()) - panel.cells[t][juror]) * common // (len(panel.cells[t]) - 1)
              for t in shared]
    return _pearson(doubled_ranks(own), doubled_ranks(others))


def dissenter(correlations: dict[int, float | None]) -> int | None:
    """The juror with the lowest correlation, when at least two jurors have one."""
    known = [(value, j) for j, value in correlations.items() if value is not None]
    if len(known) < 2:
        return None
    lowest = min(value for value, _ in known)
    return next(j for value, j in known if value == lowest)


def profile(panel: Panel, juror: int, correlation: float | None, complete: bool) -> JurorProfile:
    """Mean S_jt, the offset against the panel's mean over the same teams (harsh < 0 < lenient), and
    the standard deviation of their S_jt."""
    teams = panel.teams_of(juror)
    if not teams:
        return JurorProfile(juror, 0, None, None, None, correlation, complete)
    count = len(teams)
    total = sum(panel.cells[t][juror] for t in teams)
    mean = Fraction(total, count * panel.weight)
    common = lcm(*(len(panel.cells[t]) for t in teams))  # Σ raw_t over one denominator, in integers
    panel_total = sum(panel.totals[t] * (common // len(panel.cells[t])) for t in teams)
    offset = mean - Fraction(panel_total, common * count * panel.weight)
    squares = sum(panel.cells[t][juror] ** 2 for t in teams)
    variance = Fraction(squares * count - total * total, count * count * panel.weight ** 2)
    return JurorProfile(juror, count, mean, offset, sqrt(variance), correlation, complete)
