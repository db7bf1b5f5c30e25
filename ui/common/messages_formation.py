"""Team formation's refusals in words: forming a challenge's teams, empty teams, rooms
(ui/common/messages.py's ``message_for`` reads this table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def formation_messages(p: dict) -> dict:
    return {
        "nobody_to_place": lambda: QCoreApplication.translate("messages", "This challenge has nobody to place in a team (absent participants are not placed); nothing was changed."),
        "team_size_invalid": lambda: QCoreApplication.translate("messages", "A team has at least one member; nothing was changed."),
        "team_size_too_large": lambda: QCoreApplication.translate("messages", "A team of {size} is more than the {participants} participants to place: choose a smaller size. Nothing was changed.").format(size=p.get("size", ""), participants=p.get("participants", "")),
        "team_count_invalid": lambda: QCoreApplication.translate("messages", "Make at least one team; nothing was changed."),
        "team_count_too_large": lambda: QCoreApplication.translate("messages", "{count} teams is more than the {participants} participants to place: choose fewer teams. Nothing was changed.").format(count=p.get("count", ""), participants=p.get("participants", "")),
        "team_has_members": lambda: QCoreApplication.translate("messages", "Team {number} still has people in it: move them first. Nothing was removed.").format(number=p.get("number", "")),
        "team_started": lambda: QCoreApplication.translate("messages", "Team {number} has already started its work, so it stays. Nothing was removed.").format(number=p.get("number", "")),
        "team_room_long": lambda: QCoreApplication.translate("messages", "A room's name has at most {limit} characters; nothing was saved.").format(limit=p.get("limit", "")),
    }
