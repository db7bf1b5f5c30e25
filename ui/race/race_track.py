"""The team's row of ideas, like the workbook's "langste rij": one card per idea, numbered in the
order written, the row running on to the next line as text does.

Painted, not a widget per card: a new idea costs one paint of the cards in view. The row grows
inside a scroll area that follows its end, so the newest idea is always in sight.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ui.common.theme import NOTE_COLOURS

CARD_W, CARD_H, GAP = 160, 96, 8
INK = "#1A1A1A"  # on every note colour (>= 11:1)
NOT_COUNTED = "#E9ECF0"  # a kept idea that counts for no round
OUTLINE = "#7A8494"  # a card's edge: 3:1 and more on the page and on a card that counts for no round (WCAG 1.4.11)


@dataclass(frozen=True)
class TrackCard:
    text: str
    colour: str  # a key of NOTE_COLOURS, or "" for an idea that counts for no round
    tag: str  # what the card says in its corner: the author's initials, "typed in", "not counted"


class RaceTrack(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raceTrack")
        self.cards: list[TrackCard] = []
        self.setMinimumWidth(CARD_W + 2 * GAP)

    def set_cards(self, cards: list[TrackCard]) -> None:
        if cards == self.cards:
            return
        self.cards = cards
        self._fit_height()
        self.setAccessibleName(" · ".join(card.text for card in cards[-20:]))
        self.update()

    @property
    def per_line(self) -> int:
        return max(1, (self.width() - GAP) // (CARD_W + GAP))

    def _fit_height(self) -> None:
        lines = max(1, -(-len(self.cards) // self.per_line))
        height = GAP + lines * (CARD_H + GAP)
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.width(), self.minimumHeight())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        exposed, step = event.rect(), CARD_H + GAP
        first = max(0, (exposed.top() - GAP) // step) * self.per_line
        last = min(len(self.cards), (exposed.bottom() // step + 1) * self.per_line)
        for index in range(first, last):
            self._card(painter, index)
        painter.end()

    def _card(self, painter: QPainter, index: int) -> None:
        card = self.cards[index]
        line, column = divmod(index, self.per_line)
        rect = QRectF(GAP + column * (CARD_W + GAP), GAP + line * (CARD_H + GAP), CARD_W, CARD_H)
        counted = bool(card.colour)
        painter.setPen(QPen(QColor(OUTLINE), 1, Qt.PenStyle.SolidLine if counted else Qt.PenStyle.DashLine))
        painter.setBrush(QColor(NOTE_COLOURS.get(card.colour, NOT_COUNTED)))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor(INK))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        inner = rect.adjusted(8, 4, -8, -4)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(index + 1))
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, card.tag)
        painter.setFont(self.font())
        body = rect.adjusted(8, 20, -8, -20)
        text = painter.fontMetrics().elidedText(card.text.replace("\n", " "), Qt.TextElideMode.ElideRight, int(body.width() * 2.6))
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)


def track_area(track: RaceTrack) -> QScrollArea:
    """The row in a scroll area that keeps its end in view as it grows."""
    area = QScrollArea()
    area.setObjectName("raceTrackArea")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(track)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(CARD_H + 2 * GAP)
    bar = area.verticalScrollBar()
    bar.rangeChanged.connect(lambda _low, high: QTimer.singleShot(0, lambda: bar.setValue(high)))
    return area
