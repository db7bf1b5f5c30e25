"""A card's text on the Crystal Ball stays inside the card: a word wider than the card ends in "…"."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from app.canvases import crystal_ball as cb
from ui.canvases.crystal_canvas import BODY_UNITS, PAD, TITLE_UNITS, _wrapped, font


def test_a_word_wider_than_the_end_card_ends_in_an_ellipsis(qtbot):
    width = cb.SIDE_W - 2 * PAD
    for units in (BODY_UNITS, TITLE_UNITS):
        metrics = QFontMetricsF(font(units))
        lines = _wrapped(metrics, "Elke overheidsorganisatieonderdeel, groot of klein, kan op een data-engineer rekenen", width, 8)
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)
        assert lines[0] == "Elke" and lines[1].endswith("…") and lines[2].startswith("groot")
