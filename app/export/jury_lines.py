"""The jury's CSV export as plain, picklable data (read by ``app/export/jury_data.py``, written by
``app/export/jury_csv.py``): free of the database, so the export worker can take it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction


@dataclass(frozen=True)
class ScoreLine:
    juror: str
    team_number: int
    team_name: str
    criterion: str  # its title in the export's language
    value: int | None  # None: not seen (or not given)
    not_seen: bool
    source: str  # "file", "paper" or "direct"
    revision: int
    received_at: datetime  # on the event's clock


@dataclass(frozen=True)
class ResultLine:
    pool: str  # the pool's title
    team_number: int
    team_name: str
    raw: Fraction | None
    adjusted: Fraction | None
    rank_raw: int | None
    rank_adjusted: int | None
    jurors: int
    deciding: str  # "raw" or "adjusted": which rank decides the pool
    few_jurors: bool = False
    absent: bool = False
    minimum_jurors: int = 3


@dataclass(frozen=True)
class JuryExport:
    event_name: str
    event_day: date
    lang: str
    scores: tuple[ScoreLine, ...] = ()
    results: tuple[ResultLine, ...] = ()
