"""The leaderboard in words, the same on a team's screen and on the beamer.

Only team totals are shown: nothing per member, so nothing an anonymous step hides can leak here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.race.standings import Leaderboard, Standing, round_leaders


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
        marks.append(QCoreApplication.translate("RaceStanding", "entered by hand by the facilitator"))
    elif counts.by_hand == "captain":
        marks.append(QCoreApplication.translate("RaceStanding", "count entered by the captain"))
    if counts.typed:
        marks.append(QCoreApplication.translate("RaceStanding", "typed in after the round"))
    if standing.tied and counts.total:
        marks.append(QCoreApplication.translate("RaceStanding", "tie"))
    return ", ".join(marks)


def short_mark(standing: Standing) -> str:
    counts = standing.counts
    marks = [QCoreApplication.translate("RaceStanding", "by hand")] if counts.by_hand else []
    if counts.typed:
        marks.append(QCoreApplication.translate("RaceStanding", "typed in"))
    return ", ".join(marks)


def headline(board: Leaderboard, labels: dict[int, str]) -> str:
    """One sentence: who leads, or who won and what."""
    names = ", ".join(labels.get(s.counts.team_id, "") for s in (board.winners or board.leaders))
    if not board.leaders:
        return QCoreApplication.translate("RaceStanding", "No ideas yet: the longest row wins.")
    if board.final:
        several = len(board.winners) > 1
        if board.prize_sheets:
            text = QCoreApplication.translate("RaceStanding", "A tie for first: {teams} each win {sheets} flip-over sheets!") if several else QCoreApplication.translate("RaceStanding", "{teams} wins {sheets} flip-over sheets!")
            return text.format(teams=names, sheets=board.prize_sheets)
        return (QCoreApplication.translate("RaceStanding", "A tie for first: {teams}") if several else QCoreApplication.translate("RaceStanding", "{teams} wins the race")).format(teams=names)
    return (QCoreApplication.translate("RaceStanding", "Tied in the lead: {teams}") if len(board.leaders) > 1 else QCoreApplication.translate("RaceStanding", "In the lead: {teams}")).format(teams=names)


def first_round_line(board: Leaderboard, labels: dict[int, str], round_key: str, round_title: str) -> str:
    """'After Part 1: Team 2 led with 8 ideas', once a later round has ideas; "" before."""
    later = any(count.total for s in board.standings for key, count in s.counts.rounds.items() if key != round_key)
    leaders, most = round_leaders(board, round_key)
    if not later or not leaders:
        return ""
    names = ", ".join(labels.get(c.team_id, "") for c in leaders)
    return QCoreApplication.translate("RaceStanding", "After {round}: {teams} led with {count} ideas").format(round=round_title, teams=names, count=most)


def title(board: Leaderboard) -> str:
    return QCoreApplication.translate("RaceStanding", "Final ranking") if board.final else QCoreApplication.translate("RaceStanding", "Leaderboard")


def line(bar: Bar) -> str:
    """'1. Team De Dakdenkers — 14 (tie)'."""
    text = f"{bar.rank}. {bar.label} — {bar.count}"
    return f"{text} ({bar.mark})" if bar.mark else text
