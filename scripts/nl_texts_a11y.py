"""The Dutch text of the accessibility work: what a screen reader hears for the board's notes and clusters,
the car's zones and the Crystal Ball's timeline, and names given to fields and tables (read by translate_nl.py
beside the other tables)."""

from __future__ import annotations

DUTCH_A11Y: dict[str, str] = {
    "By %1": "Door %1",
    "in cluster %1": "in cluster %1",
    "states its cluster best": "verwoordt het cluster het best",
    "Empty note": "Lege notitie",
    "Unnamed cluster": "Cluster zonder naam",
    "No answers yet": "Nog geen antwoorden",
    "chosen": "gekozen",
    "Timeline from %1 to %2": "Tijdlijn van %1 naar %2",
    "Cluster; notes in it: %1": "Cluster; notities erin: %1",
    "A new pain point": "Een nieuw knelpunt",
    "Scores from the paper sheet": "Scores van het papieren formulier",
}
