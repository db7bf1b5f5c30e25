"""What the chair is told when confirming the winners or breaking a tie is refused (codes of
app/jury/awards.py; message_for in ui/common/messages.py reads these)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def award_messages(p: dict) -> dict:
    return {
        "awards_confirmed": lambda: QCoreApplication.translate("messages", "The winners are confirmed already: reopen them first; nothing was changed."),
        "awards_not_confirmed": lambda: QCoreApplication.translate("messages", "The winners are not confirmed: there is nothing to reopen."),
        "awards_pool_missing": lambda: QCoreApplication.translate("messages", "Choose the winners of every prize first; nothing was confirmed."),
        "awards_pool_unknown": lambda: QCoreApplication.translate("messages", "There is no such prize to award; nothing was confirmed."),
        "awards_podium_empty": lambda: QCoreApplication.translate("messages", "Choose at least the winner of each prize; nothing was confirmed."),
        "awards_team_twice": lambda: QCoreApplication.translate("messages", "A team can take only one place on a podium; nothing was confirmed."),
        "awards_reason_needed": lambda: QCoreApplication.translate("messages", "This podium differs from the computed one: give the reason (it is recorded). Nothing was confirmed."),
        "awards_reopen_reason": lambda: QCoreApplication.translate("messages", "Give the reason for reopening the winners (it is recorded); nothing was changed."),
        "feedback_no_teams": lambda: QCoreApplication.translate("messages", "This event has no teams yet: there is no feedback to export; nothing was written."),
        "tie_pair": lambda: QCoreApplication.translate("messages", "The chair chooses one of the tied teams."),
        "tie_reason_empty": lambda: QCoreApplication.translate("messages", "Give the reason for the chair's choice (it is recorded); nothing was decided."),
    }
