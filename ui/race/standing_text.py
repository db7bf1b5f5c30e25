"""The leaderboard in words, the same on a team's screen and on the beamer.

Only team totals are shown: nothing per member, so nothing an anonymous step hides can leak here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.race.standings import Leaderboard, Standing


def _tr(text: str) -> str:
    return QCoreApplication.translate("RaceStanding", text)


@dataclass(frozen=True)
class Bar:
    team_id: int
    label: str  # the team's name
    count: int
    rank: int
    mark: str  # "entered by hand by the facilitator", "typed in after the round", "tie" … ("" for none)
    first: bool  # in the lead (or a winner)
    short: str = ""  # the mark in a word or two, beside the count on the beamer


def bars(board: Leaderboard, labels: dict[int, str]) -> list[Bar]:
    leading = {s.counts.team_id for s in board.leaders}
    return [Bar(s.counts.team_id, labels.get(s.counts.team_id, ""), s.counts.total, s.rank, mark(s), s.counts.team_id in leading,
                short_mark(s)) for s in board.standings]


def mark(standing: Standing) -> str:
    counts, marks = standing.counts, []
    if counts.by_hand == "facilitator":
        marks.append(_tr("entered by hand by the facilitator"))
    elif counts.by_hand == "captain":
        marks.append(_tr("count entered by the captain"))
    if counts.typed:
        marks.append(_tr("typed in after the round"))
    if standing.tied:
        marks.append(_tr("tie"))
    return ", ".join(marks)


def short_mark(standing: Standing) -> str:
    counts = standing.counts
    marks = [_tr("by hand")] if counts.by_hand else []
    if counts.typed:
        marks.append(_tr("typed in"))
    return ", ".join(marks)


def headline(board: Leaderboard, labels: dict[int, str]) -> str:
    """One sentence: who leads, or who won and what."""
    names = ", ".join(labels.get(s.counts.team_id, "") for s in (board.winners or board.leaders))
    if not board.leaders:
        return _tr("No ideas yet: the longest row wins.")
    if board.final:
        several = len(board.winners) > 1
        if board.prize_sheets:
            text = _tr("A tie for first: {teams} each win {sheets} flip-over sheets!") if several else _tr("{teams} wins {sheets} flip-over sheets!")
            return text.format(teams=names, sheets=board.prize_sheets)
        return (_tr("A tie for first: {teams}") if several else _tr("{teams} wins the race")).format(teams=names)
    return (_tr("Tied in the lead: {teams}") if len(board.leaders) > 1 else _tr("In the lead: {teams}")).format(teams=names)


def title(board: Leaderboard) -> str:
    return _tr("Final ranking") if board.final else _tr("Leaderboard")


def line(bar: Bar) -> str:
    """'1. Team De Dakdenkers — 14 (tie)'."""
    text = f"{bar.rank}. {bar.label} — {bar.count}"
    return f"{text} ({bar.mark})" if bar.mark else text
