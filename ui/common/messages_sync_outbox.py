"""The outbox's refusals in words (what was typed while the server was away; ui/common/messages.py reads this)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def outbox_messages(p: dict) -> dict:
    return {
        "outbox_unreadable": lambda: QCoreApplication.translate(
            "outbox", "The changes kept on this laptop while the server was away could not be read, so none of them "
            "was saved. The file was kept as:\n{path}").format(path=p.get("path", "")),
    }
