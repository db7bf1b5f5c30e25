"""A criterion's score levels as a person types them: one line per level, "1-3: what it means".

The facilitator edits the levels in one language; a level whose range is unchanged keeps its text in
the other language, and a new level gets the typed text in both (so neither language shows a gap).
"""

from __future__ import annotations

import re

from app.errors import DomainError
from app.text import clean_line

_LINE = re.compile(r"^\s*(\d+)\s*(?:[-–—]\s*(\d+)\s*)?[:.]?\s*(.*)$")
TEXT_MAX = 300


def levels_text(levels: list[dict], lang: str) -> str:
    """The levels as lines to edit: "1–3: Vague or general"."""
    return "\n".join(f"{_range(level)}: {level.get(lang, '')}" for level in levels)


def _range(level: dict) -> str:
    return str(level["min"]) if level["min"] == level["max"] else f"{level['min']}–{level['max']}"


def parse_levels(text: str, lang: str, low: int, high: int, earlier: list[dict]) -> list[dict]:
    """The levels typed in ``text`` (``lang``), checked against the scale ``low``..``high``: each
    within it, none overlapping; sorted by score. Empty lines are skipped."""
    other = "en" if lang == "nl" else "nl"
    kept = {(level["min"], level["max"]): level.get(other, "") for level in earlier}
    levels = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        first, last, words = _parsed(line, number)
        if not (low <= first <= last <= high):
            raise DomainError("levels_outside", f"line {number}: {first}-{last} is not within the scale {low}-{high}",
                              line=number, low=low, high=high)
        words = clean_line(words, TEXT_MAX, "level_text", required=True)
        levels.append({"min": first, "max": last, lang: words, other: kept.get((first, last)) or words})
    levels.sort(key=lambda level: level["min"])
    for before, after in zip(levels, levels[1:], strict=False):
        if after["min"] <= before["max"]:
            raise DomainError("levels_overlap", f"the levels {_range(before)} and {_range(after)} overlap",
                              first=_range(before), second=_range(after))
    return [{"min": level["min"], "max": level["max"], "nl": level["nl"], "en": level["en"]} for level in levels]


def clipped(levels: list[dict], low: int, high: int) -> list[dict]:
    """The levels on a new scale: each cut to ``low``..``high``; one wholly outside it is dropped."""
    kept = []
    for level in levels:
        first, last = max(level["min"], low), min(level["max"], high)
        if first <= last:
            kept.append({**level, "min": first, "max": last})
    return kept


def _parsed(line: str, number: int) -> tuple[int, int, str]:
    found = _LINE.match(line)
    if found is None:
        raise DomainError("levels_line", f"line {number} does not start with a score or a range such as 1-3", line=number)
    first = int(found.group(1))
    last = int(found.group(2)) if found.group(2) else first
    if last < first:
        raise DomainError("levels_line", f"line {number}: the range runs backwards", line=number)
    return first, last, found.group(3)
