"""The Dutch UI text added while trying the guide beside the app (read by translate_nl.py beside the other tables)."""

from __future__ import annotations

DUTCH_TRYGUIDE: dict[str, str] = {
    "Guide saved: {path}": "Handleiding opgeslagen: {path}",
}
