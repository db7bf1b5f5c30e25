"""Terugkoppeling eerste fases on the beamer: each team's problem statement, with its winning theme
and top knelpunt, one team per key press (Right, Space or PageDown: next; Left or PageUp: back —
what a presenter's clicker sends).

Painted like the beamer view, in its palette. Every text wraps, and when a team wrote a lot the
whole slide shrinks until it fits: nothing is clipped, at 1366×768 nor at 1920×1080.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QWidget

from app.outcomes.feedback import TeamFeedback
from ui.beamer.beamer import ACCENT, BACKGROUND, MUTED, TEXT
from ui.outcomes.problem_statement_page import theme_lines

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
SMALLEST = 9  # pixels: a slide shrinks no further (a whole page of text still shows, small)

# Each kind of line: its size as a share of the screen's height, its colour, bold or not.
STYLES = {
    "eyebrow": (0.032, MUTED, False),
    "team": (0.075, TEXT, True),
    "challenge": (0.036, MUTED, False),
    "caption": (0.03, ACCENT, True),
    "body": (0.048, TEXT, False),
    "statement": (0.06, TEXT, True),
}


@dataclass(frozen=True)
class Placed:
    """A line of the slide where it is painted, in the font it is painted in."""

    text: str
    style: str
    rect: QRectF
    pixel_size: int


class FeedbackView(QWidget):
    def __init__(self, load: Callable[[], list[TeamFeedback]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackView")
        self.setWindowTitle("Staatsprint — " + self.tr("Feedback on the first phases"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._load = load
        self.slides: list[TeamFeedback] = []
        self.index = 0

    def open_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the projector), at the first team, with the keyboard."""
        self.index = 0
        self.refresh()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def refresh(self) -> None:
        """The teams' statements as they are now (they may still be typing)."""
        self.slides = self._load()
        self.index = max(0, min(self.index, len(self.slides) - 1))
        current = self.slides[self.index] if self.slides else None
        self.setAccessibleName(current.team if current else "")
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS or key in BACK_KEYS or key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            last = max(0, len(self.slides) - 1)
            step = {Qt.Key.Key_Home: -last, Qt.Key.Key_End: last}.get(key, 1 if key in NEXT_KEYS else -1)
            self.index = max(0, min(last, self.index + step))
            self.refresh()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
        else:
            super().keyPressEvent(event)

    def lines(self) -> list[tuple[str, str]]:
        """The current slide as (text, style) lines, top to bottom."""
        if not self.slides:
            return [(self.tr("Feedback on the first phases"), "eyebrow"), (self.tr("No teams yet."), "team")]
        slide = self.slides[self.index]
        name, hkw, tie = theme_lines(slide.theme)
        lines = [(self.tr("Feedback on the first phases · team {number} of {count}").format(number=self.index + 1, count=len(self.slides)), "eyebrow"),
                 (slide.team, "team")]
        if slide.challenge:
            lines.append((slide.challenge, "challenge"))
        lines += [(self.tr("Theme"), "caption"), (name + (f" ({tie})" if tie else ""), "body")]
        if slide.theme is not None and slide.theme.hkw:
            lines += [(self.tr("The question that states it best"), "caption"), (hkw, "body")]
        statement = (slide.statement.text, "statement") if slide.started else (self.tr("No problem statement yet."), "body")
        lines += [(self.tr("Problem statement"), "caption"), statement]
        if slide.top_knelpunt:
            lines += [(self.tr("Top pain point"), "caption"), (slide.top_knelpunt, "body")]
        return lines

    def layout_lines(self) -> list[Placed]:
        """Where each line goes: at full size when the slide fits, else all shrunk alike until it does."""
        width, height = float(self.width()), float(self.height())
        margin = width * 0.05
        scale = 1.0
        while True:
            placed = self._placed(width - 2 * margin, margin, height, scale)
            if not placed or placed[-1].rect.bottom() <= height - margin or min(p.pixel_size for p in placed) <= SMALLEST:
                return placed
            scale *= 0.92

    def _placed(self, width: float, margin: float, height: float, scale: float) -> list[Placed]:
        placed, top = [], margin
        for text, style in self.lines():
            size = max(SMALLEST, int(height * STYLES[style][0] * scale))
            font = self._font(size, STYLES[style][2])
            needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e7), WRAP, text).height()
            top += size * 0.6 if style == "caption" else 0  # a caption starts a new part of the slide
            placed.append(Placed(text, style, QRectF(margin, top, width, needed), size))
            top += needed + size * 0.25
        return placed

    def _font(self, pixel_size: int, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixel_size)
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        return font

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        for line in self.layout_lines():
            painter.setFont(self._font(line.pixel_size, STYLES[line.style][2]))
            painter.setPen(QColor(STYLES[line.style][1]))
            painter.drawText(line.rect, WRAP, line.text)
        painter.end()
