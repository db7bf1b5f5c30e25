"""``staatsprint jury results`` without ``--json``: each pool as a readable table, Dutch or English.

A pool is named by its title in the template ("Winnaar van de challenge: …", "Eindklassement"), a team
as people know it ("Team 3 De Datadragers", "Team 1" while it has no name), a juror by name. Below the
table the juryberaad's own sentences (app/jury/plain_words.py): how firm the podium is, ties, the jurors
without whom it changes, the margins, agreement and coverage — the screen and the command say the same.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TextIO

from app.jury.plain_words import Names, panel_lines, podium_lines, text, verdict
from app.jury.results_model import PoolResult

WORDS = {
    "decides_raw": ("de ruwe score beslist", "the raw score decides"),
    "decides_adjusted": ("de gecorrigeerde score beslist", "the adjusted score decides"),
    "rank": ("Plaats", "Rank"),
    "team": ("Team", "Team"),
    "raw": ("ruw", "raw"),
    "adjusted": ("gecorrigeerd", "adjusted"),
    "jurors": ("juryleden", "jurors"),
    "podium": ("Podium", "Podium"),
    "winner": ("Winnaar", "Winner"),
    "nobody": ("nog niemand", "nobody yet"),
}
TEAM_COLUMN_MAX = 40


def decimal2(value: Fraction | None) -> str | None:
    """The value with 2 decimals, rounded half away from zero ("7.25", "-0.50")."""
    if value is None:
        return None
    hundredths = (abs(value) * 100 + Fraction(1, 2)).__floor__()
    sign = "-" if value < 0 and hundredths else ""
    return f"{sign}{hundredths // 100}.{hundredths % 100:02d}"


def shown_decimal(value: Fraction | None, lang: str) -> str:
    """``decimal2`` as people write it: "7,37" in Dutch, "7.37" in English; "" for none."""
    text_ = decimal2(value) or ""
    return text_.replace(".", ",") if lang == "nl" else text_


def write_table(results: list[PoolResult], names: Names, titles: dict[str, str], minimum: int, lang: str,
                out: TextIO) -> None:
    """Every pool of ``results``: ``titles`` by pool key, ``minimum`` the template's minimum of jurors."""
    for result in results:
        for line in pool_lines(result, names, titles.get(result.pool_key, result.pool_key), minimum, lang):
            print(line, file=out)
        print(file=out)


def pool_lines(result: PoolResult, names: Names, title: str, minimum: int, lang: str) -> list[str]:
    index = 0 if lang == "nl" else 1

    def word(key: str) -> str:
        return WORDS[key][index]

    ranked = [row for row in result.teams if row.rank is not None]
    width = min(TEAM_COLUMN_MAX, max([len(word("team"))] + [len(names.team(row.team_id)) for row in ranked]))
    lines = [f"{title} ({word('decides_' + result.deciding)})",
             f"  {word('rank'):>6}  {word('team'):<{width}} {word('raw'):>6} {word('adjusted'):>12} {word('jurors'):>9}"]
    for row in ranked:
        team = names.team(row.team_id)[:width]
        lines.append(f"  {row.rank:>6}  {team:<{width}} {shown_decimal(row.raw, lang):>6} "
                     f"{shown_decimal(row.adjusted, lang):>12} {row.jurors:>9}")
    podium = ", ".join(names.team(t) for t in result.podium) or word("nobody")
    lines.append(f"  {word('winner') if result.places == 1 else word('podium')}: {podium}")
    sentences = [verdict(result)] + podium_lines(result, names) + panel_lines(result, names, minimum)
    lines.extend(f"  {text(sentence, lang)}" for sentence in sentences)
    return lines
