"""The Dutch of the printable agenda's export (issue 12, item 4). The PDF's own words are in app/pdf/words.py."""

from __future__ import annotations

DUTCH_AGENDA: dict[str, str | tuple[str, str]] = {
    "&Agenda (PDF)…": "&Agenda (pdf)…",
    "Agenda (PDF)": "Agenda (pdf)",
    "The programme, the challenges and the teams with their members and rooms for the clipboard, and a sign for the door of each room.":
        "Het programma, de challenges en de teams met hun leden en zalen voor op het klembord, en een bord voor de deur van elke zaal.",
}
