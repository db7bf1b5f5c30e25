"""The Dutch of the facilitator's preparation and overview (issue 12): the pages' names.

Each area of this work has a file of its own (nl_texts_import.py, nl_texts_teams.py, …): add there.
"""

from __future__ import annotations

DUTCH_PREP: dict[str, str | tuple[str, str]] = {
    "&All teams": "&Alle teams",
    "Partici&pants and teams": "&Deelnemers en teams",
    "Edit the &event": "&Evenement bewerken",
}
