"""The results' definitions, computed by hand: S_jt, raw, the adjusted ranking, ranks, coverage,
agreement and juror profiles (issue 11, item 7)."""

from __future__ import annotations

from fractions import Fraction as F

import random

import pytest

from app.jury.results import pool_result
from app.jury.results_model import RubricItem
from tests.jury.results_helpers import make_pool, rows

PITCH = RubricItem("pitch", "Pitch", 1, 1, 10)
IDEA2 = RubricItem("idea", "Idee", 2, 1, 10)


def by_team(result):
    return {t.team_id: t for t in result.teams}


def test_weighted_scores_raw_means_recusals_and_not_seen():
    # Weights idea 2, pitch 1: S = (2·idea + pitch) / 3.
    scores = {
        (10, 1): {"idea": 8, "pitch": 5},  # (16+5)/3 = 7
        (10, 2): {"idea": 6, "pitch": 9},  # (12+9)/3 = 7
        (10, 3): {"idea": 4, "pitch": 4},  # 4
        (11, 1): {"idea": 9, "pitch": 6},  # (18+6)/3 = 8
        (11, 2): {"idea": 1, "pitch": 1},  # recused: not counted
        (12, 1): {"idea": 7, "pitch": 7},  # 7
        (12, 2): {"idea": 5, "pitch": 8},  # (10+8)/3 = 6
        (12, 3): {"idea": 5, "pitch": 2},  # (10+2)/3 = 4
    }
    pool = make_pool(scores, criteria=(IDEA2, PITCH), not_seen=[(11, 3)], recusals=frozenset({(11, 2)}))
    result = pool_result(pool)
    teams = by_team(result)
    assert teams[1].raw == F(22, 3)  # (7+8+7)/3
    assert teams[2].raw == F(13, 2)  # (7+6)/2
    assert teams[3].raw == 4  # (4+4)/2
    assert teams[1].juror_scores == {10: 7, 11: 8, 12: 7}
    assert [t.team_id for t in result.teams] == [1, 2, 3] and [t.rank for t in result.teams] == [1, 2, 3]
    assert teams[1].per_criterion == {"idea": 8, "pitch": 6}  # (8+9+7)/3, (5+6+7)/3
    assert teams[2].recused == (11,) and teams[3].not_seen == (11,)
    assert [teams[t].jurors for t in (1, 2, 3)] == [3, 2, 2]
    assert result.few_jurors == (2, 3) and teams[2].few_jurors and not teams[1].few_jurors  # minimum 3
    # The spread leaves each juror's offset out: jurors 10 and 12 scored the same three teams, 10 one
    # point more in total (18 against 17), so b10 − b12 = 1/3; juror 11 only scored team 1, so its cell
    # fits exactly (8 − b11 = c1, between the other two). Team 1: 7 − b10 and 7 − b12 differ by 1/3.
    assert teams[1].spread == F(1, 3) and not teams[1].disagreement  # raw S: 8 − 7 = 1; threshold 3


def test_a_lenient_juror_recused_from_the_strongest_team_is_corrected_by_the_adjusted_ranking():
    # Jurors 10 and 11 score A=7, B=6, C=4; juror 12 is 4 points more lenient and recused from A.
    scores = rows({1: (7, 7, None), 2: (6, 6, 10), 3: (4, 4, 8)}, (10, 11, 12))
    pool = make_pool(scores, recusals=frozenset({(12, 1)}), deciding="adjusted")
    result = pool_result(pool)
    teams = by_team(result)
    # raw: A = 7, B = (6+6+10)/3 = 22/3 (B looks best), C = (4+4+8)/3 = 16/3
    assert (teams[1].raw, teams[2].raw, teams[3].raw) == (7, F(22, 3), F(16, 3))
    # The data are exactly additive: b10 = b11 = β, b12 = β + 4, Σb = 0 → β = −4/3, so
    # adjusted = S − b: A = 7 + 4/3 = 25/3, B = 6 + 4/3 = 22/3, C = 4 + 4/3 = 16/3.
    assert (teams[1].adjusted, teams[2].adjusted, teams[3].adjusted) == (F(25, 3), F(22, 3), F(16, 3))
    assert result.deciding == "adjusted" and result.podium == (1, 2, 3)
    assert (teams[1].rank, teams[1].other_rank) == (1, 2) and (teams[2].rank, teams[2].other_rank) == (2, 1)
    profiles = {p.juror_id: p for p in result.profiles}
    # Juror 12: mean (10+8)/2 = 9; the panel over B and C: (22/3 + 16/3)/2 = 19/3; offset 9 − 19/3 = 8/3.
    assert (profiles[12].mean, profiles[12].offset) == (9, F(8, 3))
    # Juror 10: mean 17/3; the panel over A, B, C: (21/3 + 22/3 + 16/3)/3 = 59/9; offset −8/9 (harsher).
    assert (profiles[10].mean, profiles[10].offset) == (F(17, 3), F(-8, 9))
    assert profiles[12].spread == pytest.approx(1.0)  # 10 and 8 around 9
    # Once each juror's offset is left out (S − b: 7 + 4/3, 6 + 4/3, 10 − 8/3, …) the jurors agree on
    # every team: B's plain scores 6, 6, 10 span 4 (above the threshold 3), but not once the lenient juror's +8/3 is out.
    assert [teams[t].spread for t in (1, 2, 3)] == [0, 0, 0] and not any(t.disagreement for t in result.teams)
    # The raw ranking decides by default: B first.
    assert pool_result(make_pool(scores, recusals=frozenset({(12, 1)}))).podium == (2, 1, 3)


def test_a_teams_spread_leaves_out_each_jurors_general_offset():
    # Juror 10: 9 and 5 (mean 7); juror 11: 7 and 9 (mean 8); grand mean 7.5: b10 = −1/2, b11 = +1/2.
    # S − b: team 1: 9.5 and 6.5 → 3; team 2: 5.5 and 8.5 → 3 (the plain ranges: 2 and 4).
    result = pool_result(make_pool(rows({1: (9, 7), 2: (5, 9)}, (10, 11)), disagreement=2))
    teams = by_team(result)
    assert (teams[1].spread, teams[2].spread) == (3, 3) and teams[1].disagreement and teams[2].disagreement


def test_a_disconnected_pools_spread_is_the_plain_range():
    # Jurors 10, 11 scored team 1; juror 12 team 2 only: no fit, so the spread is max S − min S.
    result = pool_result(make_pool({(10, 1): 9, (11, 1): 4, (12, 2): 6}))
    teams = by_team(result)
    assert result.adjusted_note == "disconnected"
    assert (teams[1].spread, teams[1].disagreement, teams[2].spread) == (5, True, 0)


def test_a_juror_with_zero_spread_has_no_correlation_and_w_has_the_tie_correction():
    scores = rows({1: (9, 8, 3, 6), 2: (7, 7, 5, 6), 3: (5, 6, 7, 6), 4: (3, 2, 9, 6)}, (10, 11, 12, 13))
    result = pool_result(make_pool(scores))
    profiles = {p.juror_id: p for p in result.profiles}
    assert profiles[13].spearman is None and profiles[13].spread == 0  # every team 6
    # Juror 12 against the others' means 23/3, 20/3, 17/3, 11/3 (ranks 1..4): own ranks 4..1 → −1.
    assert profiles[12].spearman == pytest.approx(-1.0)
    # Juror 10, ranks 1,2,3,4, against the others' means 17/3, 18/3, 19/3, 17/3 → ranks 3.5, 2, 1, 3.5:
    # cov = −0.5, var 5 and 4.5 (over 4), r = −0.5/√22.5.
    assert profiles[10].spearman == pytest.approx(-0.5 / 22.5 ** 0.5)
    assert result.dissenter == 12
    # W: rank sums 1+1+4+2.5 = 8.5, 9.5, 10.5, 11.5 around 10 → S = 5; juror 13's ties: 4³−4 = 60;
    # W = 12·5 / (4²·(4³−4) − 4·60) = 60 / 720.
    assert result.kendall_w == pytest.approx(1 / 12) and result.w_note is None
    assert all(p.complete for p in result.profiles)


def test_w_needs_four_teams_and_two_complete_jurors():
    four = rows({1: (9, None, 8), 2: (7, 6, None), 3: (5, 5, 5), 4: (3, 2, 2)}, (10, 11, 12))
    result = pool_result(make_pool(four, recusals=frozenset({(11, 1)}), not_seen=[(12, 2)]))
    assert (result.kendall_w, result.w_note) == (None, "few_complete_jurors")  # only juror 10 scored all four
    assert [p.complete for p in result.profiles] == [True, False, False]
    three = rows({1: (9, 8), 2: (7, 6), 3: (5, 5)}, (10, 11))
    assert pool_result(make_pool(three)).w_note == "few_teams"


def test_a_team_nobody_scored_and_an_absent_team_are_never_ranked():
    scores = rows({1: (8, 7), 2: (6, 6), 4: (9, 9)}, (10, 11))
    pool = make_pool(scores, teams=(1, 2, 3, 4), recusals=frozenset({(10, 3)}), not_seen=[(11, 3)],
                     absent=frozenset({4}))
    result = pool_result(pool)
    teams = by_team(result)
    assert [t.team_id for t in result.teams] == [1, 2, 3, 4]  # ranked first, then the unranked in order
    assert result.unranked == (3, 4) and teams[3].raw is None and teams[3].rank is None
    assert teams[4].absent and teams[4].raw is None and teams[4].jurors == 0  # its sheets do not count
    assert result.podium == (1, 2)  # only two teams can be ranked
    assert result.few_jurors == (1, 2, 3)  # absent team 4 is not a coverage warning


def test_a_disconnected_pool_has_no_adjusted_ranking_and_raw_decides():
    # Room A: jurors 10, 11 on teams 1, 2; room B: jurors 12, 13 on teams 3, 4.
    scores = {(10, 1): 8, (11, 1): 9, (10, 2): 6, (11, 2): 7, (12, 3): 7, (13, 3): 7, (12, 4): 5, (13, 4): 4}
    result = pool_result(make_pool(scores, deciding="adjusted"))
    assert result.adjusted_note == "disconnected" and result.deciding == "raw"
    assert all(t.adjusted is None and t.other_rank is None for t in result.teams)
    assert result.podium == (1, 3, 2)  # raw 17/2, 7, 13/2


def test_stability_tells_a_changed_podium_from_a_changed_order():
    # Jurors 10, 11, 12.  Full: 1 = 26/3, 2 = 25/3, 3 = 22/3, 4 = 7.
    scores = rows({1: (8, 8, 10), 2: (9, 9, 7), 3: (7, 8, 7), 4: (7, 4, 10)}, (10, 11, 12))
    result = pool_result(make_pool(scores))
    assert result.podium == (1, 2, 3)
    # Without 10: 9, 8, 15/2, 7 → same podium.  Without 11: 9, 8, 7, 17/2 → team 4 in, team 3 out.
    # Without 12: 8, 9, 15/2, 11/2 → 2, 1, 3: the same teams in another order.
    assert result.changes_set == (11,) and result.changes_order == (12,)


@pytest.mark.parametrize("seed", range(40))
def test_adjusted_equals_raw_when_every_juror_scored_every_team(seed):
    # A fixed set of 40 random full panels (seeded): with every juror on every team b_j = mean_j − μ
    # and μ + a_t is the raw mean exactly (tests/jury/test_results_property.py: the same with hypothesis).
    rng = random.Random(seed)
    teams, jurors = rng.randint(2, 6), rng.randint(1, 5)
    scores = {(100 + j, t): {"idea": rng.randint(1, 10), "pitch": rng.randint(1, 10)}
              for t in range(1, teams + 1) for j in range(jurors)}
    result = pool_result(make_pool(scores, criteria=(IDEA2, PITCH)))
    assert all(t.adjusted == t.raw and t.rank == t.other_rank for t in result.teams)



def test_a_pool_nobody_scored_yet_has_no_ranking_and_no_warning_about_its_graph():
    pool = make_pool({}, teams=(1, 2, 3), jurors=(10, 11), not_seen=[(10, 1)], deciding="adjusted")
    result = pool_result(pool)
    assert result.adjusted_note is None and result.deciding == "adjusted"
    assert result.podium == () and result.margins == () and result.unranked == (1, 2, 3)
    assert result.w_note == "few_teams" and result.dissenter is None
    assert all(p.mean is None and p.teams == 0 for p in result.profiles)


def test_a_sheet_without_every_criterion_does_not_count():
    scores = {(10, 1): {"idea": 8, "pitch": 6}, (11, 1): {"idea": 9}}  # juror 11's pitch is missing
    result = pool_result(make_pool(scores, criteria=(IDEA2, PITCH)))
    assert result.teams[0].jurors == 1 and result.teams[0].raw == F(22, 3)  # (16+6)/3


def test_adjusted_stability_refits_without_each_juror_and_skips_one_whose_absence_splits_the_pool():
    # A chain: juror 10 on teams 1, 2; juror 11 on 2, 3; juror 12 on 3, 4 — an exact additive fit:
    # b11 = b10 + 1 (team 2), b12 = b11 + 1 (team 3), Σb = 0 → b = −1, 0, 1; adjusted 9, 7, 5, 3.
    scores = {(10, 1): 8, (10, 2): 6, (11, 2): 7, (11, 3): 5, (12, 3): 6, (12, 4): 4}
    result = pool_result(make_pool(scores, places=1, deciding="adjusted"))
    assert [t.adjusted for t in result.teams] == [9, 7, 5, 3] and result.podium == (1,)
    # Without 10: b11 = −1/2, b12 = 1/2 → 15/2, 11/2, 7/2: team 2 wins.  Without 11: two separate
    # parts, nothing can be said.  Without 12: b10 = −1/2 → 17/2, 13/2, 9/2: team 1 still wins.
    assert result.changes_set == (10,) and result.changes_order == ()
