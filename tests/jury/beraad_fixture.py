"""Hand-made results for the juryberaad: 6 teams, 5 jurors (C harsh, D lenient, two recusals)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction as F

from app.jury.plain_words import Names
from app.jury.results_model import JurorProfile, Margin, PoolResult, TeamResult, Tie

JURORS = {1: "Anne de Vries", 2: "Bram Jansen", 3: "Carla Smit", 4: "Dirk Bakker", 5: "Eva Visser"}
CRITERIA = {"problem": "Probleem", "idea": "Idee", "plan": "Actieplan", "impact": "Impact", "unique": "Uniek", "pitch": "Pitch"}


def names(teams: list[int]) -> Names:
    labels = ["De Datadokters", "Team Klaar", "Loket 2.0", "De Bruggenbouwers", "Open Kaart", "Snelspoor"]
    return Names(jurors=dict(JURORS), teams={t: f"{i + 1} {labels[i]}" for i, t in enumerate(teams)}, criteria=dict(CRITERIA))


def _team(team_id, raw, rank, other, scores, recused=(), not_seen=(), position=1):
    values = list(scores.values())
    spread = max(values) - min(values) if len(values) > 1 else F(0)
    per = {key: raw + F(i - 2, 3) for i, key in enumerate(CRITERIA)}
    return TeamResult(team_id=team_id, raw=raw, adjusted=raw + F(1, 10) * (other - rank), rank=rank, other_rank=other,
                      jurors=len(scores), juror_scores=scores, per_criterion=per, spread=spread,
                      disagreement=spread > 3, few_jurors=len(scores) < 3, recused=tuple(recused), not_seen=tuple(not_seen),
                      absent=False)


def overall(teams: list[int]) -> PoolResult:
    """The overall podium: a one-point margin between second and third, Carla's absence changes the set."""
    a, b, c, d, e, f = teams
    rows = (
        _team(b, F(79, 10), 1, 1, {1: F(8), 2: F(83, 10), 3: F(7), 4: F(88, 10), 5: F(76, 10)}),
        _team(d, F(73, 10), 2, 3, {1: F(75, 10), 2: F(7), 3: F(6), 4: F(85, 10)}, recused=(5,)),
        _team(a, F(72, 10), 3, 2, {1: F(7), 2: F(76, 10), 3: F(55, 10), 4: F(9), 5: F(7)}),
        _team(f, F(66, 10), 4, 4, {1: F(65, 10), 2: F(6), 3: F(3), 4: F(8), 5: F(7)}),
        _team(c, F(61, 10), 5, 5, {1: F(6), 3: F(5), 4: F(75, 10), 5: F(6)}, recused=(2,)),
        _team(e, F(52, 10), 6, 6, {1: F(5), 2: F(55, 10)}, not_seen=(3, 4, 5)),
    )
    profiles = (
        JurorProfile(1, 6, F(67, 10), F(1, 10), 1.0, 0.94, True),
        JurorProfile(2, 5, F(69, 10), F(2, 10), 1.0, 0.89, False),
        JurorProfile(3, 5, F(53, 10), F(-13, 10), 1.3, 0.31, False),
        JurorProfile(4, 5, F(84, 10), F(14, 10), 0.6, 0.72, False),
        JurorProfile(5, 4, F(69, 10), F(0), 0.6, 0.85, False),
    )
    return PoolResult(pool_key="overall", places=3, deciding="raw", teams=rows, podium=(b, d, a), ties=(),
                      adjusted_note=None, kendall_w=None, w_note="few_complete_jurors", profiles=profiles, dissenter=3,
                      changes_set=(3,), changes_order=(4,),
                      margins=(Margin(1, b, d, 4, 4, "pitch"), Margin(2, d, a, 1, 3, "impact"), Margin(3, a, f, None, None, None)),
                      few_jurors=(e,), unranked=())


def challenge(teams: list[int], key: str = "gemeentelijke_it", pair: tuple[int, int] = (0, 1)) -> PoolResult:
    """A per-challenge winner, firm: two teams (``pair``: their indexes in ``teams``), no tie."""
    full = overall(teams)
    mine = {teams[i] for i in pair}
    rows = tuple(replace(t, rank=i + 1, other_rank=i + 1) for i, t in enumerate(r for r in full.teams if r.team_id in mine))
    return replace(full, pool_key=f"challenge:{key}", places=1, teams=rows, podium=(rows[0].team_id,), kendall_w=None,
                   w_note="few_teams", changes_set=(), changes_order=(), margins=(Margin(1, rows[0].team_id, rows[1].team_id, 5, 1, "plan"),),
                   few_jurors=(), dissenter=None)


def tied(teams: list[int]) -> PoolResult:
    """The overall pool with places 2 and 3 tied, waiting for the chair."""
    full = overall(teams)
    pair = tuple(sorted((teams[3], teams[0])))
    return replace(full, podium=(teams[1],), ties=(Tie(2, pair, pair, None),))
