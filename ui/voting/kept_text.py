"""How a kept item of a vote reads on screen: its name, and who broke the tie when a tie-break kept it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.voting.selection import KeptItem


def tie_break_text(item: KeptItem, ws) -> str:
    """'' for an item its dots kept; else who broke the tie that kept it (by role in an anonymous step)."""
    if not item.tie_break:
        return ""
    if item.by_revote:
        return QCoreApplication.translate("KeptText", "tie broken by a re-vote")
    if item.decided_by_role:
        role = ws.t(ws.template.role(item.decided_by_role).title).lower()
        return QCoreApplication.translate("KeptText", "tie broken by the {role}").format(role=role)
    if item.decided_by_name:
        return QCoreApplication.translate("KeptText", "tie broken by {name}").format(name=item.decided_by_name)
    return QCoreApplication.translate("KeptText", "tie broken by the team")


def kept_text(item: KeptItem, ws) -> str:
    """'Eén keer vragen — tie broken by Bram' (``ws``: the workspace, for a role's title)."""
    note = tie_break_text(item, ws)
    return f"{item.label} — {note}" if note else item.label
