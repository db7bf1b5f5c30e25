"""The juryberaad's results in plain words: how sure the podium is, and who disagrees.

Pure functions from a PoolResult (app/jury/results_model.py) and the names to show: each sentence is a
``Line`` (a key of app/pdf/words.py, its values, and a tone: "ok", "warn" or "alert"), so the screen and
the report say the same thing; ``text(line, lang)`` writes it in Dutch or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from app.jury.results_model import PoolResult
from app.pdf.words import word

CLOSE_MARGIN = 1  # a one-point score change turns the order round: a typing error could have decided it
NARROW_MARGIN = 3
MARKED_OFFSET = Fraction(1, 2)  # a juror this far from the panel's mean is called harsh or lenient
STRONG_W, FAIR_W = 0.7, 0.4
LOW_CORRELATION = 0.3


@dataclass(frozen=True)
class Names:
    jurors: dict[int, str] = field(default_factory=dict)
    teams: dict[int, str] = field(default_factory=dict)
    criteria: dict[str, str] = field(default_factory=dict)

    def juror(self, juror_id: int | None) -> str:
        return self.jurors.get(juror_id, "?") if juror_id is not None else "?"

    def team(self, team_id: int) -> str:
        return self.teams.get(team_id, f"#{team_id}")


@dataclass(frozen=True)
class Line:
    key: str
    tone: str  # "ok", "warn" or "alert"
    params: dict = field(default_factory=dict)


def verdict(result: PoolResult) -> Line:
    """One headline: is the podium (a one-place pool: the winner) firm, close, or waiting for the chair?"""
    if any(tie.broken_by is None for tie in result.ties):
        return Line("beraad_verdict_open", "alert")
    winner = "_winner" if result.places == 1 else ""
    tight = [m.points for m in result.margins if m.points is not None]
    if result.changes_set or any(points <= CLOSE_MARGIN for points in tight):
        return Line(f"beraad_verdict_close{winner}", "alert")
    if result.changes_order or any(points <= NARROW_MARGIN for points in tight):
        return Line(f"beraad_verdict_fair{winner}", "warn")
    return Line(f"beraad_verdict_firm{winner}", "ok")


def podium_lines(result: PoolResult, names: Names) -> list[Line]:
    """Ties, the stability without each juror, and the margins between neighbouring places."""
    lines = [_tie_line(tie, names) for tie in result.ties]
    winner = result.places == 1
    if result.changes_set:
        key = "beraad_without_set_winner" if winner else "beraad_without_set"
        lines.append(Line(key, "alert", {"juror": [names.juror(j) for j in result.changes_set]}))
    if result.changes_order:
        lines.append(Line("beraad_without_order", "warn", {"juror": [names.juror(j) for j in result.changes_order]}))
    if not result.changes_set and not result.changes_order and result.podium:
        lines.append(Line("beraad_stable_all_winner" if winner else "beraad_stable_all", "ok"))
    lines.extend(_margin_line(margin, result.ties, names) for margin in result.margins)
    return lines


def _tie_line(tie, names: Names) -> Line:
    teams = [names.team(t) for t in (tie.order if tie.broken_by else tie.teams)]
    if tie.broken_by is None:
        return Line("beraad_tie_chair", "alert", {"place": tie.place, "teams": teams})
    return Line("beraad_tie_broken", "ok", {"place": tie.place, "teams": teams, "how": f"beraad_by_{tie.broken_by}"})


def _margin_line(margin, ties, names: Names) -> Line:
    places = {"higher": margin.place, "lower": margin.place + 1}
    if margin.points == 0:
        return _level_line(margin, ties, places)
    if margin.points is None:
        return Line("beraad_margin_none", "ok", places)
    tone = "alert" if margin.points <= CLOSE_MARGIN else "warn" if margin.points <= NARROW_MARGIN else "ok"
    who = {"juror": names.juror(margin.juror_id), "criterion": names.criteria.get(margin.criterion or "", margin.criterion or "?")}
    if margin.points == 1:
        return Line("beraad_margin_one", tone, places | who)
    return Line("beraad_margin_points", tone, places | who | {"points": margin.points})


def _level_line(margin, ties, places: dict) -> Line:
    """Two places already level: the tie-break (or, still open, the chair) decides their order."""
    tie = next((t for t in ties if {margin.higher, margin.lower} <= set(t.teams)), None)
    how = f"beraad_by_{tie.broken_by}" if tie is not None and tie.broken_by else "beraad_by_chair"
    return Line("beraad_margin_level", "alert", places | {"how": how})


def dissent_marked(result: PoolResult) -> bool:
    """The dissenter's order differs enough from the others' to be a warning (the chart and the
    sentence say the same)."""
    dissent = next((p for p in result.profiles if p.juror_id == result.dissenter), None)
    return dissent is not None and dissent.spearman is not None and dissent.spearman < LOW_CORRELATION


def panel_lines(result: PoolResult, names: Names, minimum: int) -> list[Line]:
    """Agreement, the dissenter, the harsh and the lenient juror, coverage and the adjusted ranking."""
    lines = [_agreement(result)]
    dissent = next((p for p in result.profiles if p.juror_id == result.dissenter), None)
    if dissent is not None and dissent.spearman is not None:
        said = {"juror": names.juror(dissent.juror_id), "rho": dissent.spearman}
        lines.append(Line("beraad_dissenter", "warn", said) if dissent_marked(result) else Line("beraad_dissenter_ok", "ok", said))
    lines.extend(_offsets(result, names))
    disagreed = [names.team(t.team_id) for t in result.teams if t.disagreement]
    if disagreed:
        lines.append(Line("beraad_disagree", "warn", {"teams": disagreed}))
    if result.few_jurors:
        lines.append(Line("beraad_few_jurors", "warn", {"teams": [names.team(t) for t in result.few_jurors], "minimum": minimum}))
    if result.unranked:
        lines.append(Line("beraad_unranked", "warn", {"teams": [names.team(t) for t in result.unranked]}))
    if result.adjusted_note == "disconnected":
        lines.append(Line("beraad_disconnected", "warn"))
    return lines


def _agreement(result: PoolResult) -> Line:
    if result.kendall_w is None:
        note = result.w_note if result.w_note in ("few_teams", "few_complete_jurors") else "few_complete_jurors"
        return Line(f"beraad_w_{note}", "warn")
    w = result.kendall_w
    level = "beraad_w_strong" if w >= STRONG_W else "beraad_w_fair" if w >= FAIR_W else "beraad_w_weak"
    return Line("beraad_w", "ok" if w >= FAIR_W else "warn", {"w": w, "level": level})


def _offsets(result: PoolResult, names: Names) -> list[Line]:
    known = [p for p in result.profiles if p.offset is not None]
    lines = []
    harsh = min(known, key=lambda p: p.offset, default=None)
    if harsh is not None and harsh.offset <= -MARKED_OFFSET:
        lines.append(Line("beraad_harsh", "ok", {"juror": names.juror(harsh.juror_id), "points": -harsh.offset}))
    lenient = max(known, key=lambda p: p.offset, default=None)
    if lenient is not None and lenient.offset >= MARKED_OFFSET:
        lines.append(Line("beraad_lenient", "ok", {"juror": names.juror(lenient.juror_id), "points": lenient.offset}))
    return lines


def number(value: float | Fraction, lang: str, digits: int = 1) -> str:
    """A score or coefficient as people write it: "7,4" in Dutch, "7.4" in English."""
    text = f"{float(value):.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


def listing(items: list[str], lang: str) -> str:
    """ "A", "A en B", "A, B en C" (or "and")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" en " if lang == "nl" else " and ") + items[-1]


def text(line: Line, lang: str) -> str:
    """The sentence of ``line`` in ``lang``."""
    values = {}
    for name, value in line.params.items():
        if isinstance(value, list):
            values[name] = listing(value, lang)
        elif isinstance(value, (float, Fraction)):
            values[name] = number(value, lang, 2 if name in ("w", "rho") else 1)
        elif name in ("how", "level"):
            values[name] = word(value, lang)
        else:
            values[name] = value
    return word(line.key, lang, **values)
