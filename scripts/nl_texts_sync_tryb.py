"""Dutch UI text added by tryout B of issue 13 (read by translate_nl.py)."""

from __future__ import annotations

DUTCH_SYNC_TRYB: dict[str, str] = {
    "Jury criteria": "Jurycriteria",
    "Jury log entries": "Regels in het jurylogboek",
    "Jury settings": "Jury-instellingen",
    "Juror files received": "Ontvangen jurybestanden",
    "Score sheets": "Scoreformulieren",
    "Juror recusals": "Juryleden die zich onthouden",
    "Awards": "Prijzen",
    "Pitch slots": "Plaatsen in de pitchvolgorde",
    "Audience votes": "Publieksstemmen",
    "Audience codes": "Publiekscodes",
    "Nothing changed: everything in this file is already here (the same or newer). Imported before, perhaps?": "Er is niets veranderd: alles uit dit bestand staat hier al (hetzelfde of nieuwer). Misschien al eerder geïmporteerd?",
    "Not imported": "Niet geïmporteerd",
    "Import an event archive…": "Evenementarchief importeren…",
}
