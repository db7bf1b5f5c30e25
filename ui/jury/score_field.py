"""One criterion's score, by keyboard alone: a digit types the value (on a 1–10 scale 0 is 10), Left/Right
step it by one along the row of values, Up/Down go to the previous/next criterion (as Shift+Tab/Tab),
Delete clears it. A mouse click on a cell works as well.

The field does not change itself: it asks (``chosen``) and the window shows what the desk accepted.
Scales up to eleven values show one cell per value; a longer scale shows the number, and digits typed
one after another build it (1 then 5 is 15) while the result stays on the scale.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.common.theme import LIGHT, Theme

CELL, GAP = 33, 3
MAX_CELLS = 11


def typed_value(buffer: int | None, digit: int, low: int, high: int) -> tuple[int, int | None]:
    """(the value a typed ``digit`` gives, the digits kept for the next key) on the scale low..high."""
    if high == 10 and low >= 1:
        return (10 if digit == 0 else digit), None
    if high <= 9:
        return digit, None
    joined = buffer * 10 + digit if buffer is not None else None
    if joined is not None and joined <= high:
        return joined, joined
    return digit, digit


def stepped(value: int | None, step: int, low: int, high: int) -> int | None:
    """Left/Right: one down or up, kept on the scale; with no value yet Right starts at the bottom and
    Left gives nothing (None: no value is given by a key that reads as "back")."""
    if value is None:
        return low if step > 0 else None
    return max(low, min(high, value + step))


class ScoreField(QWidget):
    chosen = Signal(object)  # the value asked for (an int, possibly off the scale), or None to clear
    moveAsked = Signal(int)  # Up (-1) / Down (+1): the previous/next criterion

    def __init__(self, low: int, high: int, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.value: int | None = None
        self._buffer: int | None = None
        self._theme = theme
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def cells(self) -> bool:
        return self.high - self.low + 1 <= MAX_CELLS

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        count = self.high - self.low + 1 if self.cells else 2
        return QSize(count * (CELL + GAP) - GAP + 8, CELL + 8)

    def show_value(self, value: int | None) -> None:
        self.value = value
        self.setAccessibleDescription(str(value) if value is not None else "—")
        self.update()

    # -- keys and mouse ----------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key, held = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if held != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            value, self._buffer = typed_value(self._buffer, key - Qt.Key.Key_0, self.low, self.high)
            self.chosen.emit(value)
            return
        self._buffer = None
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
        if key in steps:
            value = stepped(self.value, steps[key], self.low, self.high)
            if value is not None and value != self.value:
                self.chosen.emit(value)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveAsked.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.value is not None:
                self.chosen.emit(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._buffer = None
        super().focusOutEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.cells:
            index = int((event.position().x() - 4) // (CELL + GAP))
            if 0 <= index <= self.high - self.low:
                self.chosen.emit(self.low + index)

    # -- paint -------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        t = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        if self.hasFocus():
            painter.setPen(QPen(_colour(t.focus), t.focus_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        values = range(self.low, self.high + 1) if self.cells else [self.value]
        width = CELL if self.cells else 2 * CELL + GAP
        for index, value in enumerate(values):
            rect = QRectF(4 + index * (CELL + GAP), 4, width, CELL)
            chosen = value is not None and value == self.value
            enabled = self.isEnabled()
            painter.setPen(QPen(_colour(t.primary if chosen and enabled else t.border), 1))
            painter.setBrush(_colour(t.primary if chosen and enabled else t.selection if chosen else t.surface))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(_colour(t.on_primary if chosen and enabled else t.text if enabled else t.muted))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–" if value is None else str(value))
        painter.end()


def _colour(hex_colour: str) -> QColor:
    return QColor(hex_colour)
