"""The Dutch UI text of View → Text size (read by translate_nl.py beside the other tables)."""

from __future__ import annotations

DUTCH_TEXT200: dict[str, str] = {
    "Te&xt size": "Tekst&grootte",
}
