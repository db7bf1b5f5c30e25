"""What a team's race screen says: where the race is, the counts per round and member, the row's cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.board.board import NoteView
from app.text import initials
from app.race.rounds import TYPED, Position, RacePlan, Stage
from app.race.standings import TeamCounts
from ui.race.race_track import TrackCard

ROUND_COLOURS = ("yellow", "green", "blue", "lilac")  # round 1, round 2, …
TYPED_COLOUR = "peach"



def stage_text(where: Position, part_title: str) -> str:
    """One sentence: what to do now, and whether what is written now counts."""
    not_counted = QCoreApplication.translate("RaceTexts", "Ideas written now are kept but not counted.")
    if where.stage is Stage.START_LINE:
        return QCoreApplication.translate("RaceTexts", "At the start line: writing starts at the start signal.")
    if where.stage is Stage.ROUND:
        return QCoreApplication.translate("RaceTexts", "{round}: write! One idea per note, Enter for the next.").format(round=part_title)
    if where.stage is Stage.PAUSED:
        return QCoreApplication.translate("RaceTexts", "{round} is paused.").format(round=part_title) + " " + not_counted
    if where.stage is Stage.OVERTIME:
        return QCoreApplication.translate("RaceTexts", "{round}: time is up.").format(round=part_title) + " " + not_counted
    if where.stage is Stage.FINISHED:
        return QCoreApplication.translate("RaceTexts", "The race is over.") + " " + not_counted
    return f"{part_title}. {not_counted}"


def count_text(total: int) -> str:
    return QCoreApplication.translate("RaceTexts", "{count} ideas").format(count=total) if total != 1 else QCoreApplication.translate("RaceTexts", "1 idea")


def rounds_text(plan: RacePlan, titles: dict[str, str], counts: TeamCounts) -> str:
    """'Part 1: 12 · Part 2: 3 (2 typed in)'; a count entered by hand says so."""
    parts = []
    for key in plan.rounds:
        count = counts.rounds[key]
        text = f"{titles.get(key, key)}: {count.total}"
        if count.by_hand is not None:
            text += " " + QCoreApplication.translate("RaceTexts", "(entered by hand)")
        elif count.typed:
            text += " " + QCoreApplication.translate("RaceTexts", "({typed} typed in afterwards)").format(typed=count.typed)
        parts.append(text)
    return " · ".join(parts)


def members_text(rows: list[tuple[str, int]]) -> str:
    """'Per member: Anna 5 · Bas 3', or without names (an anonymous step): 'Per member: 5 · 3'."""
    if not rows:
        return ""
    return QCoreApplication.translate("RaceTexts", "Per member:") + " " + " · ".join(f"{name} {count}".strip() for name, count in rows)


def uncounted_text(uncounted: int) -> str:
    if not uncounted:
        return ""
    return QCoreApplication.translate("RaceTexts", "{count} written outside a round's running time: kept, not counted.").format(count=uncounted)


def card_of(plan: RacePlan, note: NoteView, names: dict[int, str], anonymous: bool) -> TrackCard:
    round_key = note.part_key.removesuffix(TYPED)
    if round_key not in plan.rounds:
        return TrackCard(note.text, "", QCoreApplication.translate("RaceTexts", "not counted"))
    if note.part_key.endswith(TYPED):
        return TrackCard(note.text, TYPED_COLOUR, QCoreApplication.translate("RaceTexts", "typed in"))
    colour = ROUND_COLOURS[plan.rounds.index(round_key) % len(ROUND_COLOURS)]
    author = "" if anonymous else note.author(names)
    return TrackCard(note.text, colour, initials(author) if author else "")
