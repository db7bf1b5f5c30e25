"""A ring that empties as time runs out, with the time in its middle (painted, cheap to repaint)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Tone:
    """How a timer looks in a state: blue normally, warning in the last minute, danger over time."""

    ring: str
    text: str


def tone_colours(tone: str, theme) -> Tone:
    """Blue normally, the warning colour in the last minute, danger over time (app.clock.timers.tone)."""
    if tone == "over":
        return Tone(theme.danger, theme.danger)
    if tone == "last":
        return Tone(theme.warning, theme.warning)
    if tone == "idle":
        return Tone(theme.muted, theme.text)
    return Tone(theme.primary, theme.text)


class CountdownRing(QWidget):
    def __init__(self, theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.theme = theme
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._tone = Tone(theme.primary, theme.text)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def show_time(self, text: str, caption: str, fraction: float, tone: Tone) -> None:
        if (text, caption, round(fraction, 3), tone) == (self._text, self._caption, round(self._fraction, 3), self._tone):
            return  # nothing visible changed: no repaint
        self._text, self._caption, self._fraction, self._tone = text, caption, max(0.0, min(1.0, fraction)), tone
        self.setAccessibleName(f"{text} {caption}")
        self.update()

    @property
    def text(self) -> str:
        return self._text

    def paintEvent(self, _event) -> None:
        side = min(self.width(), self.height()) - 12
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(8.0, side * 0.07)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPen(QColor(self.theme.border), thickness)
        painter.setPen(track)
        painter.drawEllipse(rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2))
        arc = QPen(QColor(self._tone.ring), thickness)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        inner = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        painter.drawArc(inner, 90 * 16, int(-360 * 16 * self._fraction))
        font = QFont(self.font())
        font.setPixelSize(int(side * 0.24))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(self._tone.text))
        painter.drawText(rect.adjusted(0, -side * 0.06, 0, -side * 0.06), Qt.AlignmentFlag.AlignCenter, self._text)
        small = QFont(self.font())
        small.setPixelSize(max(11, int(side * 0.075)))
        painter.setFont(small)
        painter.setPen(QColor(self._tone.text if self._tone.text != self.theme.text else self.theme.muted))
        caption_rect = QRectF(rect.left(), rect.center().y() + side * 0.12, rect.width(), side * 0.14)
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()


class CountdownBar(CountdownRing):
    """The slim form above a work surface: the time and its caption in one line over a bar
    that empties (same states and colours as the ring)."""

    def __init__(self, theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.setObjectName("countdownBar")
        self.setMinimumSize(170, 30)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(190, 30)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(0, self.height() - 5, self.width(), 5)
        painter.fillRect(bar, QColor(self.theme.border))
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * self._fraction, bar.height()), QColor(self._tone.ring))
        font = QFont(self.font())
        font.setPixelSize(22)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(self._tone.text))
        text_rect = QRectF(0, 0, self.width(), self.height() - 6)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._text)
        shift = painter.fontMetrics().horizontalAdvance(self._text) + 8
        small = QFont(self.font())
        small.setPixelSize(12)
        painter.setFont(small)
        painter.setPen(QColor(self._tone.text if self._tone.text != self.theme.text else self.theme.muted))
        painter.drawText(text_rect.adjusted(shift, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._caption)
        painter.end()
