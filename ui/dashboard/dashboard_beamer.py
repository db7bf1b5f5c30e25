"""The all-teams dashboard on the beamer: every team a card in a grid, readable from the back of the room.

Only what the room may see: a team's name, its step, its timer, the slip and why it needs a facilitator, and
counts — never a member's name (no one "still to vote"), never an e-mail or anything of the registration.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from app.dashboard.tiles import Tile
from ui.beamer.palette import ACCENT, MUTED, OVER, TEXT, TONES
from ui.beamer.text_fit import draw_fitted
from ui.dashboard import tile_words as words
from ui.dashboard.tile_widget import attention_level

CARD = "#14314F"  # a card a shade lighter than the beamer's background (white text on it: 13:1)


@dataclass(frozen=True)
class BeamerTile:
    team: str
    place: str
    timer: str
    tone: str  # app.clock.timers.tone
    state: str  # "not started", "paused"
    schedule: str
    warns: bool
    reason: str
    level: str  # "urgent", "attention" or ""
    counts: str


@dataclass(frozen=True)
class DashboardSlide:
    heading: str
    tiles: tuple[BeamerTile, ...]


def beamer_tile(tile: Tile) -> BeamerTile:
    """A tile as the room sees it (its counts line names nobody)."""
    return BeamerTile(tile.label(words.team_word()), words.place_line(tile), words.timer_text(tile), tile.timer_tone,
                      words.timer_state(tile), words.schedule(tile), words.schedule_warns(tile),
                      words.reason_words(tile.reasons[0]) if tile.reasons else "", attention_level(tile), words.counts_line(tile))


def grid(count: int, width: float, height: float) -> tuple[int, int]:
    """(columns, rows) for ``count`` cards on a screen of this shape: cards as wide as they can be while all fit."""
    best = (1, max(1, count))
    best_score = 0.0
    for columns in range(1, max(1, count) + 1):
        rows = math.ceil(count / columns)
        card_w, card_h = width / columns, height / rows
        score = min(card_w, card_h * 2.2)  # a card reads best about twice as wide as high
        if score > best_score:
            best, best_score = (columns, rows), score
    return best


def paint_dashboard(painter: QPainter, rect: QRectF, slide: DashboardSlide, clock: str) -> list[str]:
    """Paint the slide in ``rect``; returns every text drawn (what a person can read)."""
    w, h = rect.width(), rect.height()
    margin = w * 0.025
    drawn: list[str] = []
    top = QRectF(rect.left() + margin, rect.top() + h * 0.02, w - 2 * margin, h * 0.07)
    drawn += draw_fitted(painter, slide.heading, top, TEXT, h * 0.055, h * 0.03, True)
    drawn += draw_fitted(painter, clock, top, MUTED, h * 0.045, h * 0.03, False, Qt.AlignmentFlag.AlignRight)
    if not slide.tiles:
        return drawn
    area = QRectF(rect.left() + margin, rect.top() + h * 0.11, w - 2 * margin, h * 0.87)
    columns, rows = grid(len(slide.tiles), area.width(), area.height())
    gap = h * 0.015
    card_w = (area.width() - gap * (columns - 1)) / columns
    card_h = (area.height() - gap * (rows - 1)) / rows
    for index, tile in enumerate(slide.tiles):
        row, column = divmod(index, columns)
        box = QRectF(area.left() + column * (card_w + gap), area.top() + row * (card_h + gap), card_w, card_h)
        drawn += _card(painter, box, tile)
    return drawn


def _card(painter: QPainter, box: QRectF, tile: BeamerTile) -> list[str]:
    path = QPainterPath()
    path.addRoundedRect(box, 12, 12)
    painter.fillPath(path, QColor(CARD))
    if tile.level:
        stripe = QRectF(box.left(), box.top(), max(8.0, box.width() * 0.018), box.height())
        painter.fillRect(stripe, QColor(OVER if tile.level == "urgent" else ACCENT))
    pad = box.width() * 0.05
    left, inner = box.left() + pad + 6, box.width() - 2 * pad - 6
    h = box.height()
    drawn: list[str] = []

    def text(value: str, top: float, height: float, colour: str, big: float, bold: bool = False,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, width: float = inner, x: float = left) -> None:
        drawn.extend(draw_fitted(painter, value, QRectF(x, box.top() + h * top, width, h * height), colour, h * big, h * big * 0.55, bold, align))

    text(tile.team, 0.05, 0.15, TEXT, 0.13, True, width=inner * 0.62)
    text(tile.schedule, 0.06, 0.13, ACCENT if tile.warns else MUTED, 0.1, True, Qt.AlignmentFlag.AlignRight, inner * 0.38, left + inner * 0.62)
    text(tile.place, 0.21, 0.12, MUTED, 0.095)
    text(tile.timer, 0.33, 0.27, TONES.get(tile.tone, TEXT), 0.25, True, width=inner * 0.64)
    text(tile.state, 0.38, 0.18, MUTED, 0.09, False, Qt.AlignmentFlag.AlignRight, inner * 0.36, left + inner * 0.64)
    text(tile.reason, 0.61, 0.13, OVER if tile.level == "urgent" else ACCENT, 0.095, True)
    text(tile.counts, 0.75, 0.22, TEXT, 0.085)
    return drawn
