"""The Dutch UI text of tryout A's fixes (issue 13; read by translate_nl.py)."""

from __future__ import annotations

DUTCH_SYNC_TRYA: dict[str, str] = {
    "Back to the shared event as {login}": "Terug naar het gedeelde evenement als {login}",
    "Join an event with a join file…": "Meedoen aan een evenement met een deelnamebestand…",
}
