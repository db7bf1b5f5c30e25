"""The Dutch UI text of issue 14's small fixes (beamer keys, the juror's ranking, the event server's join files,
the fixed team picker) — read by translate_nl.py beside the other tables."""

from __future__ import annotations

DUTCH_FIX: dict[str, str | tuple[str, str]] = {
    "Your ranking: back to scoring, where you left off": "Jouw rangorde: terug naar beoordelen, waar je gebleven was",
    # Qt's own file dialog: sources Qt's Dutch catalogue lacks (ui/common/qt_gaps.py)
    "&Look in:": "&Zoeken in:",
    "Files of &type:": "Bestanden van &type:",
}
