"""The open outcomes as CSV tables a Dutch Excel opens by double-click: UTF-8 with a BOM, ";" between
fields, CRLF line ends, a field quoted when it holds ";", a quote or a line break.

One table per kind of row (teams, knelpunten, themes, race, ideas, timeline, answers), each starting
with the team's number and name. Whole numbers are written as numbers, a fraction with a decimal comma
(as a Dutch Excel reads it); yes/no as "ja"/"nee" (or "yes"/"no" in English). A text that Excel would
take for a formula (starting with "=", "+", "@", or "-" followed by no space or digit) is written with a
leading apostrophe, so opening the file never runs anything.
"""

from __future__ import annotations

import csv
import io

from app.export.dossier_data import EventSummary, TeamDossier
from app.text import labelled

Table = tuple[tuple[str, ...], list[tuple]]  # header, rows

_YES_NO = {"nl": ("ja", "nee"), "en": ("yes", "no")}
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def tables(summary: EventSummary) -> dict[str, Table]:
    """Every table by its file name (without ".csv"), in a fixed order."""
    lang = summary.lang
    return {
        "teams": (("team_number", "team_name", "challenge", "problem_statement", "winning_theme", "winning_hkw", "tie_break",
                   "chosen_idea", "race_total", "race_rank", "participants", "presenter", "yell", "missing"),
                  [_ids(t) + (t.challenge, t.problem.sentence if t.problem else "", t.winning_theme, t.winning_hkw, t.tie_break,
                              t.chosen_idea, t.race.total if t.race else 0, t.race.rank if t.race and t.race.rank else "",
                              t.participants, t.presenter, t.yell, "\n".join(t.missing)) for t in summary.teams]),
        "knelpunten": (("team_number", "team_name", "position", "knelpunt", "dots", "kept", "cluster"),
                       [_ids(t) + (n, k.title, k.dots, yes_no(k.kept, lang), k.cluster)
                        for t in summary.teams for n, k in enumerate(t.knelpunten, start=1)]),
        "themes": (("team_number", "team_name", "theme", "dots", "kept", "tie_break", "decided_by", "best_hkw"),
                   [_ids(t) + (th.name, th.dots, yes_no(th.kept, lang), yes_no(th.tie_break, lang), th.decided_by, th.best_hkw)
                    for t in summary.teams for th in t.themes]),
        "race": (("team_number", "team_name", "round", "count", "final"),
                 [_ids(t) + (r.title, r.count, yes_no(t.race.final, lang)) for t in summary.teams if t.race for r in t.race.rounds]),
        "ideas": (("team_number", "team_name", "idea", "votes", "kept", "chosen"),
                  [_ids(t) + (i.text, i.votes, yes_no(i.kept, lang), yes_no(i.chosen, lang)) for t in summary.teams for i in t.ideas]),
        "timeline": (("team_number", "team_name", "idea", "years", "kind", "title", "body", "answers"),
                     [_ids(t) + (b.idea, m.years, m.kind, m.title, m.body, "\n".join(labelled(q, a) for q, a in m.answers))
                      for t in summary.teams for b in t.crystal_balls if b.chosen for m in b.moments]),
        "answers": (("team_number", "team_name", "section", "section_title", "key", "question", "answer", "source"),
                    [_ids(t) + (s.key, s.title, a.key, a.question, a.text, a.source)
                     for t in summary.teams for s in t.sections for a in s.answers]),
    }


def csv_bytes(table: Table) -> bytes:
    """The table as a file's bytes: BOM, ";" separated, CRLF, quoted where needed."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    header, rows = table
    writer.writerow(header)
    writer.writerows(tuple(cell(value) for value in row) for row in rows)
    return text.getvalue().encode("utf-8-sig")


def cell(value: object) -> str | int:
    """One value as Excel should read it: a whole number as is, a fraction with a decimal comma, a text safe."""
    if isinstance(value, bool):
        raise TypeError("yes/no is written in words: use yes_no")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}".replace(".", ",")
    text = str(value)
    if text.startswith(_FORMULA_START) or (text[:1] == "-" and text[1:2] and not (text[1].isspace() or text[1].isdigit())):
        return "'" + text
    return text


def _ids(team: TeamDossier) -> tuple[int, str]:
    return team.team_number, team.shown_name


def yes_no(value: bool, lang: str) -> str:
    yes, no = _YES_NO.get(lang, _YES_NO["nl"])
    return yes if value else no
