"""``staatsprint jury results`` without ``--json``: each pool as a readable table, Dutch or English."""

from __future__ import annotations

from fractions import Fraction
from typing import TextIO

from app.jury.results_model import PoolResult

WORDS = {
    "pool": ("Prijs", "Prize pool"),
    "deciding": ("beslissend", "deciding"),
    "raw": ("ruw", "raw"),
    "adjusted": ("gecorrigeerd", "adjusted"),
    "rank": ("Plaats", "Rank"),
    "team": ("Team", "Team"),
    "jurors": ("juryleden", "jurors"),
    "podium": ("Podium", "Podium"),
    "waits_chair": ("wacht op de juryvoorzitter", "waits for the chair"),
    "disconnected": ("geen gecorrigeerde rangorde: de juryleden en teams vallen uiteen in losse groepen",
                     "no adjusted ranking: jurors and teams fall apart into separate groups"),
    "w": ("Overeenstemming (Kendalls W)", "Agreement (Kendall's W)"),
    "few_teams": ("niet getoond: minder dan 4 teams", "not shown: fewer than 4 teams"),
    "few_complete_jurors": ("niet getoond: minder dan 2 juryleden beoordeelden elk team",
                            "not shown: fewer than 2 jurors scored every team"),
    "no_variation": ("niet getoond: geen verschil in de scores", "not shown: no difference in the scores"),
    "dissenter": ("Wijkt het meest af", "Dissents most"),
    "changes_set": ("Zonder dit jurylid wisselt wie op het podium staat", "Without this juror the podium's teams change"),
    "changes_order": ("Zonder dit jurylid wisselt alleen de volgorde", "Without this juror only the order changes"),
    "margin": ("Marge", "Margin"),
    "points": ("punt(en) van één score", "point(s) of one score"),
    "no_single": ("geen enkele score kan dit omdraaien", "no single score can turn this"),
    "tied": ("gelijk", "tied"),
    "few": ("Minder juryleden dan het minimum", "Fewer jurors than the minimum"),
    "unranked": ("Niet gerangschikt (niet beoordeeld of afwezig)", "Not ranked (not scored or absent)"),
    "tie": ("Gelijke stand op plaats", "Tie at place"),
    "by": ("beslist door", "broken by"),
    "head_to_head": ("onderlinge vergelijking", "head-to-head"),
    "criterion": ("criterium", "criterion"),
    "chair": ("juryvoorzitter", "the chair"),
    "none": ("niemand", "nobody"),
}


def decimal2(value: Fraction | None) -> str | None:
    """The value with 2 decimals, rounded half away from zero ("7.25", "-0.50")."""
    if value is None:
        return None
    hundredths = (abs(value) * 100 + Fraction(1, 2)).__floor__()
    sign = "-" if value < 0 and hundredths else ""
    return f"{sign}{hundredths // 100}.{hundredths % 100:02d}"


def write_table(results: list[PoolResult], names: dict[str, dict[int, dict]], lang: str, out: TextIO) -> None:
    index = 0 if lang == "nl" else 1

    def word(key: str) -> str:
        return WORDS[key][index]

    def team(t: int) -> str:
        ref = names["team"].get(t, {"number": "?", "name": None})
        return f"{ref['number']} {ref['name'] or ''}".strip()

    def juror(j: int) -> str:
        ref = names["juror"].get(j, {"number": "?", "name": "?"})
        return f"{ref['name']} ({ref['number']})"

    def people(ids) -> str:
        return ", ".join(juror(j) for j in ids) or word("none")

    for result in results:
        print(f"{word('pool')} {result.pool_key} — {word('deciding')}: {word(result.deciding)}", file=out)
        if result.adjusted_note:
            print(f"  {word('disconnected')}", file=out)
        print(f"  {word('rank'):>6}  {word('team'):<28} {word('raw'):>8} {word('adjusted'):>12} {word('jurors'):>9}", file=out)
        for row in result.teams:
            if row.rank is None:
                continue
            raw, adjusted = decimal2(row.raw) or "", decimal2(row.adjusted) or ""
            print(f"  {row.rank:>6}  {team(row.team_id)[:28]:<28} {raw:>8} {adjusted:>12} {row.jurors:>9}", file=out)
        podium = ", ".join(team(t) for t in result.podium)
        waiting = any(tie.broken_by is None for tie in result.ties)
        print(f"  {word('podium')}: {podium}{' — ' + word('waits_chair') if waiting else ''}", file=out)
        for tie in result.ties:
            how = word(tie.broken_by) if tie.broken_by else word("waits_chair")
            print(f"  {word('tie')} {tie.place}: {', '.join(team(t) for t in tie.teams)} — {word('by')}: {how}", file=out)
        w = f"{result.kendall_w:.2f}" if result.kendall_w is not None else word(result.w_note)
        print(f"  {word('w')}: {w}", file=out)
        if result.dissenter is not None:
            print(f"  {word('dissenter')}: {juror(result.dissenter)}", file=out)
        print(f"  {word('changes_set')}: {people(result.changes_set)}", file=out)
        print(f"  {word('changes_order')}: {people(result.changes_order)}", file=out)
        for m in result.margins:
            if m.points is None:
                size = word("no_single")
            elif m.points == 0:
                size = word("tied")
            else:
                size = f"{m.points} {word('points')} ({juror(m.juror_id)}, {m.criterion})"
            print(f"  {word('margin')} {m.place}–{m.place + 1}: {size}", file=out)
        if result.few_jurors:
            print(f"  {word('few')}: {', '.join(team(t) for t in result.few_jurors)}", file=out)
        if result.unranked:
            print(f"  {word('unranked')}: {', '.join(team(t) for t in result.unranked)}", file=out)
        print(file=out)
