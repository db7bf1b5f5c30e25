"""The adjusted ranking: S_jt = μ + a_t + b_j fitted by least squares over the scored cells, with
Σ_t a_t = 0 and Σ_j b_j = 0; adjusted_t = μ + a_t. Solved exactly.

Writing c_t = μ + a_t, the normal equations of the teams give c_t = (Σ_j S_jt − Σ_{j∈J(t)} b_j) / n_t;
putting that into the jurors' equations leaves one small system over the jurors (their Laplacian
through shared teams, singular by the common shift, and more so exactly when the jurors and teams fall
apart into groups that never met: then there is no adjusted ranking): the first juror's b is held at 0, the rest
solved by fraction-free (Bareiss) elimination in integers, then every b is shifted so that Σ b = 0
(the c_t shift the other way). It is scaled by D = lcm(n_t) and kept in the numerators N_jt = W·S_jt,
so the elimination never leaves the integers. With every juror on every team c_t is the raw mean.

The fit is linear in the scores, so how one cell moves c_h − c_l (``influence``) is one more solve of the
same system: the gradient X (XᵀX)⁻¹ (e_h − e_l), whose entry for the cell (j, t) is z_t + z_j.
``juror_offsets`` gives the b_j themselves (a team's spread leaves each juror's general offset out).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import lcm

from app.jury.results_panel import Panel


@dataclass(frozen=True)
class _System:
    teams: tuple[int, ...]
    jurors: tuple[int, ...]  # jurors with a scored cell; the first one's b is held at 0
    index: dict[int, int]  # juror -> row, for every juror but the first
    scale: int  # D
    matrix: list[list[int]]


def _system(panel: Panel) -> _System | None:
    teams = panel.rankable()
    scoring = {j for t in teams for j in panel.cells[t]}
    jurors = tuple(j for j in panel.jurors if j in scoring)
    if not jurors:
        return None
    index = {j: i for i, j in enumerate(jurors[1:])}
    scale = lcm(*(len(panel.cells[t]) for t in teams))
    shares: dict[tuple[int, ...], int] = {}  # teams with the same jurors add the same pattern
    for team in teams:
        row = panel.cells[team]
        key = tuple(row)
        shares[key] = shares.get(key, 0) + scale // len(row)
    matrix = [[0] * len(index) for _ in index]
    for group, share in shares.items():
        rows = [index[j] for j in group if j in index]
        for i in rows:
            line = matrix[i]
            for k in rows:
                line[k] -= share
    scored: dict[int, int] = {}
    for team in teams:
        for j in panel.cells[team]:
            scored[j] = scored.get(j, 0) + 1
    for j, i in index.items():
        matrix[i][i] += scale * scored[j]
    return _System(teams, jurors, index, scale, matrix)


def _solve(matrix: list[list[int]], rhs: list[int]) -> tuple[list[int], int] | None:
    """The exact solution of an integer system as (X, d) with x_i = X_i / d, d > 0 (Bareiss
    elimination: d is the determinant, and every d·x_i is an integer); None when it is singular — for
    the jurors' system exactly when the juror–team graph is not connected (the matrix-tree theorem)."""
    size = len(rhs)
    if size == 0:
        return [], 1
    rows = [line[:] + [value] for line, value in zip(matrix, rhs)]
    previous = 1
    for k in range(size - 1):
        if rows[k][k] == 0:
            swap = next((i for i in range(k + 1, size) if rows[i][k] != 0), None)
            if swap is None:
                return None
            rows[k], rows[swap] = rows[swap], rows[k]
        pivot_row = rows[k]
        pivot = pivot_row[k]
        for i in range(k + 1, size):
            line = rows[i]
            factor = line[k]
            for c in range(k + 1, size + 1):
                line[c] = (line[c] * pivot - factor * pivot_row[c]) // previous
            line[k] = 0
        previous = pivot
    det = rows[size - 1][size - 1]
    if det == 0:
        return None
    solution = [0] * size
    for i in range(size - 1, -1, -1):
        line = rows[i]
        total = line[size] * det - sum(line[c] * solution[c] for c in range(i + 1, size))
        solution[i] = total // line[i]
    if det < 0:
        return [-x for x in solution], -det
    return solution, det


def _juror_values(system: _System, rhs: list[int]) -> tuple[dict[int, int], int] | None:
    """Each juror's value times the common denominator d (the first juror's is 0), and d; None when
    the pool is not connected."""
    solution = _solve(system.matrix, rhs)
    if solution is None:
        return None
    solved, det = solution
    values = {system.jurors[0]: 0}
    values.update({j: solved[i] for j, i in system.index.items()})
    return values, det


def _fit(panel: Panel) -> tuple[_System, dict[int, int], int] | None:
    """The system, each juror's b times d·W before centring (the first juror's is 0), and d; None when
    nothing is scored or the juror–team graph is not connected."""
    system = _system(panel)
    if system is None:
        return None
    totals = panel.totals
    rhs = [0] * len(system.index)
    for team in system.teams:
        row = panel.cells[team]
        share = system.scale // len(row)
        for juror, numerator in row.items():
            if juror in system.index:
                rhs[system.index[juror]] += system.scale * numerator - share * totals[team]
    solution = _juror_values(system, rhs)
    if solution is None:
        return None
    offsets, det = solution
    return system, offsets, det


def adjusted(panel: Panel) -> dict[int, Fraction] | None:
    """adjusted_t = μ + a_t per scored team (none yet: empty), or None when the juror–team graph is not
    connected."""
    if not panel.cells:
        return {}
    fit = _fit(panel)
    if fit is None:
        return None
    system, offsets, det = fit
    totals = panel.totals
    count, shift = len(offsets), sum(offsets.values())
    # c_t = (R_t − Σ_{j∈J(t)} b_j) / n_t + Σ_j b_j / J, with b_j = offsets_j / det, over W for S units
    return {
        t: Fraction(count * (totals[t] * det - sum(offsets[j] for j in panel.cells[t])) + len(panel.cells[t]) * shift,
                    det * len(panel.cells[t]) * count * panel.weight)
        for t in system.teams
    }


def juror_offsets(panel: Panel) -> dict[int, Fraction] | None:
    """b_j of the fit per juror who scored (Σ b_j = 0, in S units: harsh < 0 < lenient), or None when
    nothing is scored or the juror–team graph is not connected."""
    fit = _fit(panel)
    if fit is None:
        return None
    _, offsets, det = fit
    count, shift = len(offsets), sum(offsets.values())
    return {j: Fraction(count * value - shift, count * det * panel.weight) for j, value in offsets.items()}


def influence(panel: Panel, higher: int, lower: int) -> tuple[dict[tuple[int, int], int], int] | None:
    """How much adjusted_higher − adjusted_lower moves per point of S_jt, for every scored cell (j, t):
    as (G, d), the move being G[(j, t)] / d with d > 0."""
    system = _system(panel)
    if system is None:
        return None
    rhs = [0] * len(system.index)
    for team, sign in ((higher, -1), (lower, 1)):
        row = panel.cells[team]
        for juror in row:
            if juror in system.index:
                rhs[system.index[juror]] += sign * (system.scale // len(row))
    solution = _juror_values(system, rhs)
    if solution is None:
        return None
    per_juror, det = solution
    goal = {higher: det, lower: -det}
    gradient: dict[tuple[int, int], int] = {}
    for team in system.teams:
        row = panel.cells[team]
        # z_t·d·D = (g_t·d − Σ_{k∈J(t)} X_k)·D/n_t; z_j·d·D = X_j·D
        own = (goal.get(team, 0) - sum(per_juror[j] for j in row)) * (system.scale // len(row))
        for juror in row:
            gradient[(juror, team)] = own + per_juror[juror] * system.scale
    return gradient, det * system.scale
