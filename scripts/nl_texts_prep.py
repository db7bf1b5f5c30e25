"""The Dutch of the facilitator's preparation and overview (issue 12): the pages' names.

Each area of this work has a file of its own (nl_texts_import.py, nl_texts_teams.py, …): add there.
"""

from __future__ import annotations

DUTCH_PREP: dict[str, str | tuple[str, str]] = {
    "&All teams": "&Alle teams",
    "Partici&pants and teams": "&Deelnemers en teams",
    "Edit the &event": "&Evenement bewerken",
}
DUTCH_PREP_ENTRY: dict[str, str | tuple[str, str]] = {
    "Import registrations…": "Aanmeldingen importeren…",
    "A registration export (CSV or Excel) becomes participants, not yet in a team": "Een export van de aanmeldingen (CSV of Excel) wordt deelnemers, nog zonder team",
    "Or start from the registrations: import them, then form the teams by challenge.": "Of begin bij de aanmeldingen: importeer ze en deel daarna per challenge de teams in.",
}
