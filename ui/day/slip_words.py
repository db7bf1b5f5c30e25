"""How far a team runs behind the programme, in the words a facilitator acts on: one rule for the
programme page's table and the all-teams dashboard (the slip itself: ``app.day.programme.slip_seconds``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.day.programme import SLIP_WARNING_S


def slip_words(slip: float | None, done: bool = False) -> str:
    """"12 min behind", "on schedule", "5 min ahead" (to the minute), "done for the day", or "–" without a plan."""
    if done:
        return QCoreApplication.translate("SlipWords", "done for the day")
    if slip is None:
        return "–"
    minutes = round(abs(slip) / 60)
    if minutes == 0:
        return QCoreApplication.translate("SlipWords", "on schedule")
    if slip > 0:
        return QCoreApplication.translate("SlipWords", "{minutes} min behind").format(minutes=minutes)
    return QCoreApplication.translate("SlipWords", "{minutes} min ahead").format(minutes=minutes)


def slip_warns(slip: float | None) -> bool:
    """Far enough behind to show in the warning colour."""
    return slip is not None and slip >= SLIP_WARNING_S
