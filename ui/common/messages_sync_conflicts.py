"""Concurrent edits in words: the same field changed on another laptop, an undo refused because the row
changed since (ui/common/messages.py's ``message_for`` reads this table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def what_word(what: str) -> str:
    """The thing that was changed, as the sentence names it."""
    words = {
        "note": QCoreApplication.translate("sync_conflicts", "this note"),
        "answer": QCoreApplication.translate("sync_conflicts", "this answer"),
        "score": QCoreApplication.translate("sync_conflicts", "this score"),
        "score_sheet": QCoreApplication.translate("sync_conflicts", "this juror's comments"),
    }
    return words.get(what, QCoreApplication.translate("sync_conflicts", "this item"))


def conflicts_messages(p: dict) -> dict:
    return {
        "edit_conflict": lambda: QCoreApplication.translate(
            "sync_conflicts", "Not saved: {what} was changed on another laptop meanwhile. Nothing was overwritten.").format(
            what=what_word(str(p.get("what", "")))),
        "changed_elsewhere": lambda: QCoreApplication.translate(
            "sync_conflicts", "Not undone: {what} was changed on another laptop since. Undo would overwrite that change.").format(
            what=what_word(str(p.get("what", "")))),
    }
