"""The Dutch UI text of issue 14's small fixes (beamer keys, the juror's ranking, the event server's join files,
the fixed team picker) — read by translate_nl.py beside the other tables."""

from __future__ import annotations

# The English plural forms of the %n sources below (as ENGLISH_PLURALS in nl_texts.py).
ENGLISH_PLURALS_FIX: dict[str, tuple[str, str]] = {
    "%n join file(s) in {folder} would be replaced by new ones. Replace them?": (
        "%n join file in {folder} would be replaced by a new one. Replace it?",
        "%n join files in {folder} would be replaced by new ones. Replace them?"),
}

DUTCH_FIX: dict[str, str | tuple[str, str]] = {
    "Your ranking: back to scoring, where you left off": "Jouw rangorde: terug naar beoordelen, waar je gebleven was",
    # Qt's own file dialog: sources Qt's Dutch catalogue lacks (ui/common/qt_gaps.py)
    "&Look in:": "&Zoeken in:",
    "Files of &type:": "Bestanden van &type:",
    # The Event server page: saving every join file into a folder that already holds them
    "Replace join files?": "Deelnamebestanden vervangen?",
    "%n join file(s) in {folder} would be replaced by new ones. Replace them?": (
        "%n deelnamebestand in {folder} zou door een nieuw worden vervangen. Vervangen?",
        "%n deelnamebestanden in {folder} zouden door nieuwe worden vervangen. Vervangen?"),
    # A team's (member's) laptop: the header's pickers fixed
    "Team (fixed on this laptop)": "Team (vast op deze laptop)",
    "Who uses this laptop (fixed on this laptop)": "Wie gebruikt deze laptop (vast op deze laptop)",
}
