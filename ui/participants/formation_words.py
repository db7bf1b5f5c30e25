"""The formation board's words: a lane's title, the rule's warnings as short badges and as a sentence
for the whole challenge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.participants.formation_model import FormationBoard, TeamColumn, Warning


def lane_title(column: TeamColumn | None, team_word: str) -> str:
    """"Team 3" or "Team 3 · De Verbinders"; the lane of the not yet placed says so."""
    if column is None:
        return QCoreApplication.translate("FormationWords", "Not yet placed")
    plain = f"{team_word} {column.number}"
    return f"{plain} · {column.name}" if column.name else plain


def warning_text(warning: Warning) -> str:
    """A team's warning as its badge says it, e.g. "3× Gemeente Utrecht (max 2)"."""
    p = warning.params
    if warning.code == "organisation_crowded":
        return QCoreApplication.translate("FormationWords", "{count}× {organisation} (max {limit})").format(count=p["count"], organisation=p["organisation"], limit=p["limit"])
    if warning.code == "role_crowded":
        return QCoreApplication.translate("FormationWords", "{count}× {role} (max {limit})").format(count=p["count"], role=p["role"], limit=p["limit"])
    if warning.code == "size_uneven":
        return QCoreApplication.translate("FormationWords", "{size} people; teams run {smallest}–{largest}").format(size=p["size"], smallest=p["smallest"], largest=p["largest"])
    if warning.code == "unplaced":
        return QCoreApplication.translate("FormationWords", "%n participant(s) not yet placed", None, p["count"])
    return warning.code


def team_warnings(board: FormationBoard, team_id: int) -> list[Warning]:
    """The warnings a team's lane shows as badges (an empty team says so in its lane, not as a badge)."""
    return [w for w in board.warnings if w.team_id == team_id and w.code != "team_empty"]


def board_summary(board: FormationBoard) -> tuple[str, bool]:
    """One line about the challenge: what still needs the facilitator, or that it is in order.
    The flag: something needs attention."""
    parts = [warning_text(w) for w in board.warnings if w.team_id is None]
    troubled = len({w.team_id for w in board.warnings if w.team_id is not None and w.code != "team_empty"})
    if troubled:
        parts.append(QCoreApplication.translate("FormationWords", "%n team(s) with a warning", None, troubled))
    if not board.teams:
        parts.append(QCoreApplication.translate("FormationWords", "no teams yet: make them below or add an empty team"))
    if parts:
        return " · ".join(parts), True
    return QCoreApplication.translate("FormationWords", "Everyone is placed and the teams are mixed as the rule asks."), False
