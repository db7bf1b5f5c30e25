"""The Dutch UI text of the outbox: what is typed while the event's server is away (read by translate_nl.py)."""

from __future__ import annotations

ENGLISH_PLURALS_SYNC_OUTBOX: dict[str, tuple[str, str]] = {
    "%n change(s) waiting": ("%n change waiting", "%n changes waiting"),
}

DUTCH_SYNC_OUTBOX: dict[str, str | tuple[str, str]] = {
    "The server is away: what you typed is kept on this laptop and saved when it is back.":
        "De server is weg: wat je typte blijft op deze laptop bewaard en wordt opgeslagen zodra hij terug is.",
    "Waiting for the server: this note is kept on this laptop and put on the board when the server is back.":
        "Wacht op de server: deze notitie blijft op deze laptop bewaard en komt op het bord zodra de server terug is.",
    "waiting": "wacht",
    "%n change(s) waiting": ("%n wijziging wacht", "%n wijzigingen wachten"),
    "The changes kept on this laptop while the server was away could not be read, so none of them was saved. The file was kept as:\n{path}":
        "De wijzigingen die op deze laptop bewaard zijn terwijl de server weg was, konden niet worden gelezen; er is dus niets van opgeslagen. "
        "Het bestand is bewaard als:\n{path}",
}
