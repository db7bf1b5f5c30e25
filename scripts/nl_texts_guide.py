"""The Dutch UI text of the guide: the Help menu's items, the guide window, the guide's refusals
(read by translate_nl.py beside the other tables)."""

from __future__ import annotations

DUTCH_GUIDE: dict[str, str] = {
    "&Guide": "&Handleiding",
    "Guide as &PDF…": "Handleiding als &pdf…",
    "Save the guide as": "Handleiding opslaan als",
    "Guide not saved": "Handleiding niet opgeslagen",
    "Staatsprint — Guide": "Staatsprint — Handleiding",
    "Search the guide (Ctrl+F)": "Zoeken in de handleiding (Ctrl+F)",
    "Search the guide": "Zoeken in de handleiding",
    "Keyboard shortcuts (Shift+F1)": "Sneltoetsen (Shift+F1)",
    "Contents of the guide": "Inhoud van de handleiding",
    "Guide text": "Tekst van de handleiding",
    "Not found": "Niet gevonden",
    "The guide's text has a mistake on line {line}: {reason}.": "De tekst van de handleiding heeft een fout op regel {line}: {reason}.",
    "The guide cannot be read: {path}\n{reason}": "De handleiding kan niet worden gelezen: {path}\n{reason}",
    "The guide is in Dutch and English only.": "De handleiding is er alleen in het Nederlands en het Engels.",
}
