"""The scored cells of one prize pool, read once from a ``PoolInput``: which juror scored which team,
with what weighted total. Every other part of the results works on this.

A juror's weighted score of a team is S_jt = Σ w_c·x_jtc / Σ w_c. The panel keeps the integer
numerator N_jt = Σ w_c·x_jtc and the common denominator ``weight`` (Σ w_c), so comparisons and sums stay
in integers; a Fraction is made only where a value is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from app.jury.results_model import PoolInput


@dataclass(frozen=True)
class Panel:
    weight: int  # Σ w_c
    jurors: tuple[int, ...]  # the event's jurors, in order
    teams: tuple[int, ...]  # the pool's teams, in order
    cells: dict[int, dict[int, int]]  # team -> juror -> N_jt, only the scored cells of teams that pitched
    values: dict[tuple[int, int], dict[str, int]]  # (juror, team) -> criterion key -> score
    totals: dict[int, int]  # team -> Σ_j N_jt

    def rankable(self) -> tuple[int, ...]:
        """The teams at least one juror scored (absent teams have no cells)."""
        return tuple(t for t in self.teams if self.cells.get(t))

    def raw(self, team: int) -> Fraction | None:
        """The mean of S_jt over the jurors who scored the team."""
        count = len(self.cells.get(team, ()))
        return Fraction(self.totals[team], count * self.weight) if count else None

    def score(self, juror: int, team: int) -> Fraction:
        return Fraction(self.cells[team][juror], self.weight)

    def teams_of(self, juror: int) -> list[int]:
        return [t for t in self.teams if juror in self.cells.get(t, {})]

    def without(self, juror: int) -> Panel:
        cells: dict[int, dict[int, int]] = {}
        totals: dict[int, int] = {}
        for team, row in self.cells.items():
            if juror not in row:
                cells[team], totals[team] = row, self.totals[team]
            elif len(row) > 1:
                cells[team] = {j: n for j, n in row.items() if j != juror}
                totals[team] = self.totals[team] - row[juror]
        return Panel(self.weight, tuple(j for j in self.jurors if j != juror), self.teams, cells, self.values, totals)


def panel_of(pool: PoolInput) -> Panel:
    """The scored cells: a sheet counts when it is not 'not seen', its juror has not recused, its team
    pitched, and every criterion has a value."""
    weights = {c.key: c.weight for c in pool.criteria}
    jurors = set(pool.jurors)
    teams = set(pool.teams)
    cells: dict[int, dict[int, int]] = {}
    values: dict[tuple[int, int], dict[str, int]] = {}
    for sheet in pool.sheets:
        if (sheet.not_seen or sheet.team_id not in teams or sheet.juror_id not in jurors or sheet.team_id in pool.absent
                or (sheet.juror_id, sheet.team_id) in pool.recusals or not weights.keys() <= sheet.values.keys()):
            continue
        cells.setdefault(sheet.team_id, {})[sheet.juror_id] = sum(w * sheet.values[k] for k, w in weights.items())
        values[(sheet.juror_id, sheet.team_id)] = sheet.values
    ordered = {j: i for i, j in enumerate(pool.jurors)}
    cells = {t: dict(sorted(row.items(), key=lambda item: ordered[item[0]])) for t, row in cells.items()}
    totals = {t: sum(row.values()) for t, row in cells.items()}
    return Panel(sum(weights.values()), tuple(pool.jurors), tuple(pool.teams), cells, values, totals)
