"""The jury's results per prize pool (issue 11, item 7): pure functions on a ``PoolInput``, exact
fractions where the inputs are integers. The parts:

- ``results_panel``: the scored cells, S_jt = Σ w_c·x_jtc / Σ w_c (recusals, not seen, absent excluded);
- raw_t = the mean of S_jt over the jurors who scored t; a team nobody scored is never ranked;
- ``results_adjusted``: least squares S_jt = μ + a_t + b_j (none when the pool is disconnected);
- ``results_rank``: ranks and ties at a prize position;
- ``results_stats``: Kendall's W, Spearman per juror, juror profiles;
- ``results_margins``: podium stability and the margins.

When the adjusted ranking decides but the pool is disconnected, raw decides instead (``deciding`` of
the result says "raw" and ``adjusted_note`` says why).
"""

from __future__ import annotations

from fractions import Fraction

from app.jury.results_adjusted import adjusted, juror_offsets
from app.jury.results_margins import margins, stability
from app.jury.results_model import PoolInput, PoolResult, TeamResult
from app.jury.results_panel import Panel, panel_of
from app.jury.results_rank import criterion_mean, rank_teams, ranks_of
from app.jury.results_stats import complete_jurors, dissenter, kendall_w, profile, spearman


def jury_results(store, event_id: int, template) -> list[PoolResult]:
    """Every prize pool's result, in the template's order (the pools read from the database)."""
    from app.jury.results_data import pool_inputs

    return [pool_result(pool) for pool in pool_inputs(store, event_id, template)]


def pool_result(pool: PoolInput) -> PoolResult:
    panel = panel_of(pool)
    raw = {t: panel.raw(t) for t in panel.rankable()}
    fitted = adjusted(panel)
    offsets = juror_offsets(panel) or {}
    deciding = pool.deciding if fitted is not None else "raw"
    values = fitted if deciding == "adjusted" else raw
    other = raw if deciding == "adjusted" else fitted
    ranking = rank_teams(panel, values, pool)
    other_ranks = ranks_of(other) if other is not None else {}
    correlations = {j: spearman(panel, j) for j in panel.jurors}
    complete = set(complete_jurors(panel))
    w, w_note = kendall_w(panel)
    changes_set, changes_order = stability(panel, pool, deciding, ranking.podium)
    not_seen: dict[int, list[int]] = {}
    for sheet in pool.sheets:
        if sheet.not_seen:
            not_seen.setdefault(sheet.team_id, []).append(sheet.juror_id)
    unranked = tuple(t for t in pool.teams if t not in raw)
    teams = [_team(panel, pool, t, (raw, fitted), (ranking.ranks.get(t), other_ranks.get(t)), not_seen.get(t, []), offsets)
             for t in ranking.order]
    teams += [_team(panel, pool, t, (raw, fitted), (None, None), not_seen.get(t, []), offsets) for t in unranked]
    return PoolResult(
        pool_key=pool.pool_key, places=pool.places, deciding=deciding, teams=tuple(teams),
        podium=ranking.podium, ties=ranking.ties, adjusted_note=None if fitted is not None else "disconnected",
        kendall_w=w, w_note=w_note,
        profiles=tuple(profile(panel, j, correlations[j], j in complete) for j in panel.jurors),
        dissenter=dissenter(correlations), changes_set=changes_set, changes_order=changes_order,
        margins=margins(panel, pool, ranking, values, deciding),
        few_jurors=tuple(t for t in pool.teams if t not in pool.absent and len(panel.cells.get(t, {})) < pool.minimum_jurors),
        unranked=unranked,
    )


def _team(panel: Panel, pool: PoolInput, team: int, values: tuple[dict[int, Fraction], dict[int, Fraction] | None],
          ranks: tuple[int | None, int | None], not_seen: list[int], offsets: dict[int, Fraction]) -> TeamResult:
    raw, fitted = values
    rank, other_rank = ranks
    row = panel.cells.get(team, {})
    scores = {j: Fraction(n, panel.weight) for j, n in row.items()}
    spread = team_spread(scores, offsets)
    return TeamResult(
        team_id=team, raw=raw.get(team), adjusted=fitted.get(team) if fitted else None, rank=rank,
        other_rank=other_rank, jurors=len(row), juror_scores=scores,
        per_criterion={c.key: criterion_mean(panel, team, c.key) for c in pool.criteria} if row else {},
        spread=spread, disagreement=spread > pool.disagreement,
        few_jurors=team not in pool.absent and len(row) < pool.minimum_jurors,
        recused=tuple(j for j in pool.jurors if (j, team) in pool.recusals),
        not_seen=tuple(not_seen),
        absent=team in pool.absent,
    )


def team_spread(scores: dict[int, Fraction], offsets: dict[int, Fraction]) -> Fraction:
    """How far the jurors disagree about this team: the range of S_jt − b_j, each juror's general
    offset b_j (the fit's, harsh < 0 < lenient) left out; with no offsets (a disconnected pool) the
    range of S_jt. 0 with fewer than two jurors."""
    if not scores:
        return Fraction(0)
    corrected = [value - offsets.get(juror, 0) for juror, value in scores.items()]
    return max(corrected) - min(corrected)
