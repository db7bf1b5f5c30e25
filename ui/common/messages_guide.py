"""The guide's refusals in words (ui/common/messages.py's ``message_for`` reads this table): a guide that
cannot be read or is not in its Markdown subset, when its window or its PDF is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def guide_messages(p: dict) -> dict:
    return {
        "guide_syntax": lambda: QCoreApplication.translate("guide", "The guide's text has a mistake on line {line}: {reason}.").format(
            line=p.get("line", ""), reason=p.get("reason", "")),
        "guide_unreadable": lambda: QCoreApplication.translate("guide", "The guide cannot be read: {path}\n{reason}").format(
            path=p.get("path", ""), reason=p.get("reason", "")),
        "guide_language": lambda: QCoreApplication.translate("guide", "The guide is in Dutch and English only."),
    }
