"""The one rule for a note's text in its box, on screen and on paper: shrink, then wrap and continue.

A text that fits at the base size is set at the base size. A longer one is set smaller, step by step,
down to a minimum size. A text that does not fit even then is set at the minimum size as far as it
fits, its last line ending in "…", and ``continues`` says the rest is shown elsewhere (the screen's
tooltip and editor, the paper's list under the board).

The rule measures with the font that draws: the caller passes ``measure(text, size) -> width``
(QFontMetricsF on screen, the embedded TTF's widths on paper), so no other font's widths decide a wrap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Measure = Callable[[str, float], float]  # (text, size) -> width, in the box's units

# A 160 × 120 note's text box and sizes, in board units: the screen's note item and the paper's board use these.
BOX_X, BOX_Y, BOX_W, BOX_H = 10.0, 8.0, 140.0, 90.0  # the bottom strip holds the author's initials
BASE_SIZE = 14.0
MIN_SIZE = 10.0

PAPER_MIN_PT = 7.0  # the smallest a card's text prints on paper (a Crystal Ball card, a vehicle zone)

LEADING = 1.25  # line height as a multiple of the size
STEP = 0.5  # how much smaller each try is
ELLIPSIS = "…"


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: tuple[str, ...]
    continues: bool = False  # the text did not fit at the minimum size: the lines show its start only

    @property
    def line_height(self) -> float:
        return self.size * LEADING


def fit(text: str, width: float, height: float, measure: Measure, base: float, minimum: float) -> FittedText:
    """``text`` set in a ``width`` × ``height`` box: the largest size from ``base`` down to ``minimum``
    at which it fits whole, or its start at ``minimum`` with ``continues``."""
    rows_at_minimum = int((height + 1e-9) // (minimum * LEADING))
    if measure(" ".join(text.split()), minimum) > width * rows_at_minimum:
        return _cut(wrap(text, width, minimum, measure), width, height, minimum, measure)  # too long at any size
    size = base
    while size >= minimum - 1e-9:
        lines = wrap(text, width, size, measure)
        if len(lines) * size * LEADING <= height + 1e-9:
            return FittedText(size, tuple(lines))
        size = round(size - STEP, 3)
    return _cut(wrap(text, width, minimum, measure), width, height, minimum, measure)


def _cut(lines: list[str], width: float, height: float, size: float, measure: Measure) -> FittedText:
    room = max(1, int((height + 1e-9) // (size * LEADING)))
    shown = lines[:room]
    last = shown[-1].rstrip()
    while last and measure(last + ELLIPSIS, size) > width:
        last = last[:-1].rstrip()
    shown[-1] = last + ELLIPSIS
    return FittedText(size, tuple(shown), continues=True)


def paper_sizes(base: float, scale: float) -> tuple[float, float]:
    """A card's (base, minimum) text size in its picture's units, for a picture printed at ``scale``
    points per unit: the minimum prints at ``PAPER_MIN_PT``, the base never below it."""
    minimum = PAPER_MIN_PT / scale
    return max(base, minimum), minimum


def fit_note(text: str, measure: Measure) -> FittedText:
    """A board note's text in its box (the sizes above)."""
    return fit(text, BOX_W, BOX_H, measure, BASE_SIZE, MIN_SIZE)


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at ``size``: at spaces, at the text's own
    line breaks, and inside a word that is wider than the box on its own."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph(paragraph, width, size, measure))
    return lines


def _wrap_paragraph(paragraph: str, width: float, size: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size) <= width:
            line = candidate
            continue
        if measure(word, size) > width:  # wider than the box on its own: broken, from where the line is
            pieces = _break_word(candidate, width, size, measure)
        else:
            if line:
                lines.append(line)
            pieces = [word]
        lines.extend(piece.strip() for piece in pieces[:-1])
        line = pieces[-1].strip()
    lines.append(line)
    return lines


def _break_word(word: str, width: float, size: float, measure: Measure) -> list[str]:
    """A text without a fitting break in pieces that each fit (at least one character per piece)."""
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and measure(piece + char, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    pieces.append(piece)
    return pieces
