"""Text that must fit a box on paper: wrapped with the embedded font's own widths, cut with "…" when asked.

Used where the page has a fixed size and the text does not flow on (the poster): the caller shrinks
the type first and asks for a cut only as a last resort.
"""

from __future__ import annotations

from app.pdf import fonts

ELLIPSIS = "…"


def wrap(text: str, size: float, width: float, font: str = fonts.REGULAR) -> list[str]:
    """``text`` broken into lines no wider than ``width``: at spaces, at its own line breaks, and inside
    a word only when that word alone is wider than the line."""
    lines: list[str] = []
    for paragraph in text.strip().splitlines():
        words = paragraph.split()
        if not words:
            continue
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if fonts.width(candidate, size, font) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = _split_word(word, size, width, font)
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    return lines


def _split_word(word: str, size: float, width: float, font: str) -> list[str]:
    """A word too wide for a line, in pieces that each fit (at least one character a piece)."""
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and fonts.width(piece + char, size, font) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    pieces.append(piece)
    return pieces


def cut(lines: list[str], max_lines: int, size: float, width: float, font: str = fonts.REGULAR) -> list[str]:
    """The first ``max_lines`` lines (at least one), the last ending in "…" when anything was left out."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[: max(1, max_lines)]
    last = kept[-1].rstrip()
    while last and fonts.width(last + ELLIPSIS, size, font) > width:
        last = last[:-1].rstrip()
    return kept[:-1] + [last + ELLIPSIS]
