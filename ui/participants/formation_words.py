"""The formation board's words: a lane's title and a team's warnings as short badges (the page says the
challenge's own, with their plurals)."""

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
    if warning.code == "size_uneven" and p["size"] == p["largest"]:
        return QCoreApplication.translate("FormationWords", "Large: {size} present (smallest team {smallest})").format(size=p["size"], smallest=p["smallest"])
    if warning.code == "size_uneven":
        return QCoreApplication.translate("FormationWords", "Small: {size} present (largest team {largest})").format(size=p["size"], largest=p["largest"])
    return warning.code


def team_warnings(board: FormationBoard, team_id: int) -> list[Warning]:
    """The warnings a team's lane shows as badges (an empty team says so in its lane, not as a badge)."""
    return [w for w in team_warnings_of(board) if w.team_id == team_id]


def team_warnings_of(board: FormationBoard) -> list[Warning]:
    """Every team's warnings on the board (the badges of all its lanes)."""
    return [w for w in board.warnings if w.team_id is not None and w.code != "team_empty"]
