"""The team's row of ideas, like the workbook's "langste rij": one card per idea, in the order written.

Painted, not a widget per card: a new idea costs one paint of the cards in view. The row grows to
the right inside a scroll area that follows its end, so the newest idea is always in sight.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ui.common.theme import NOTE_COLOURS

CARD_W, CARD_H, GAP = 150, 92, 8
INK = "#1A1A1A"  # on every note colour (>= 11:1)
NOT_COUNTED = "#E9ECF0"  # a kept idea that counts for no round


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
        self.setFixedHeight(CARD_H + 2 * GAP)

    def set_cards(self, cards: list[TrackCard]) -> None:
        if cards == self.cards:
            return
        self.cards = cards
        self.setFixedWidth(GAP + len(cards) * (CARD_W + GAP))
        self.setAccessibleName(" · ".join(card.text for card in cards[-20:]))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.width(), CARD_H + 2 * GAP)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        exposed = event.rect()
        first = max(0, (exposed.left() - GAP) // (CARD_W + GAP))
        last = min(len(self.cards), exposed.right() // (CARD_W + GAP) + 1)
        for index in range(first, last):
            self._card(painter, index)
        painter.end()

    def _card(self, painter: QPainter, index: int) -> None:
        card = self.cards[index]
        rect = QRectF(GAP + index * (CARD_W + GAP), GAP, CARD_W, CARD_H)
        counted = bool(card.colour)
        painter.setPen(QPen(QColor("#8A94A3"), 1, Qt.PenStyle.SolidLine if counted else Qt.PenStyle.DashLine))
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
    area.setWidgetResizable(False)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFixedHeight(track.height() + area.horizontalScrollBar().sizeHint().height() + 2)
    bar = area.horizontalScrollBar()
    bar.rangeChanged.connect(lambda _low, high: QTimer.singleShot(0, lambda: bar.setValue(high)))
    return area
