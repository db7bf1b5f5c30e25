"""The jury's scores and results as two CSV tables a Dutch Excel opens by double-click (the rules of
``app/export/outcomes_csv.py``: UTF-8 with a BOM, ";" between fields, CRLF, quoted where needed, a
decimal comma, formulas defused), written together into one folder or not at all:

- ``jury_scores.csv``: one row per juror × team × criterion of the revisions in use: the juror, the
  team's number and name, the criterion, the value (empty when not seen), not seen, where the scores
  came from and the revision, and when the facilitator received them (ISO 8601, the event's clock);
- ``jury_results.csv``: per prize pool per team: raw and adjusted (two decimals), the rank by each,
  which ranking decides, how many jurors scored it, and a coverage warning in words.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from app.export.jury_lines import JuryExport, ResultLine
from app.export.outcomes import write_csv_tables
from app.export.outcomes_csv import Table, yes_no
from app.pdf.words import word

DECIMALS = 2


def jury_tables(data: JuryExport) -> dict[str, Table]:
    """Both tables by their file name (without ".csv")."""
    lang = data.lang
    return {
        "jury_scores": (("juror", "team_number", "team_name", "criterion", "value", "not_seen", "source", "revision", "received_at"),
                        [(s.juror, s.team_number, s.team_name, s.criterion, "" if s.value is None else s.value,
                          yes_no(s.not_seen, lang), word(f"csv_{s.source}", lang), s.revision, s.received_at.isoformat())
                         for s in data.scores]),
        "jury_results": (("pool", "team_number", "team_name", "raw", "adjusted", "rank_raw", "rank_adjusted", "deciding",
                          "jurors", "coverage_warning"),
                         [(r.pool, r.team_number, r.team_name, decimal(r.raw), decimal(r.adjusted), _rank(r.rank_raw),
                           _rank(r.rank_adjusted), word(f"csv_{r.deciding}", lang), r.jurors, _coverage(r, lang)) for r in data.results]),
    }


def write_jury_csv(data: JuryExport, folder: Path | str) -> list[Path]:
    """``jury_scores.csv`` and ``jury_results.csv`` in ``folder``, both or neither."""
    return write_csv_tables(jury_tables(data), folder)


def decimal(value: Fraction | None) -> str:
    """Two decimals with a decimal comma (as a Dutch Excel reads a number); "" when there is none."""
    return "" if value is None else f"{float(value):.{DECIMALS}f}".replace(".", ",")


def _rank(rank: int | None) -> int | str:
    return "" if rank is None else rank


def _coverage(line: ResultLine, lang: str) -> str:
    if line.absent:
        return word("jury_absent", lang)
    if line.raw is None:
        return word("jury_unscored", lang)
    return word("csv_few", lang, count=line.jurors, minimum=line.minimum_jurors) if line.few_jurors else ""
