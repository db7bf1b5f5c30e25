"""A one-line label that ends in "…" when its room is too narrow, the full text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """``text()`` stays the full text; only the painting is cut short. The layout decides the width."""

    def __init__(self, text: str, role: str | None = None, name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(text)
        if role:
            self.setProperty("role", role)
        if name:
            self.setObjectName(name)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setAccessibleName(text)
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        alignment = self.alignment() | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(painter, rect, int(alignment), self.palette(), self.isEnabled(), shown, self.foregroundRole())


class ClampedLabel(QLabel):
    """A wrapping label of at most ``lines`` lines: the last one ends in "…" and the tooltip holds the
    whole text when it does not fit. ``full_text()`` is the text given."""

    def __init__(self, lines: int, role: str | None = None, name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.lines = lines
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if role:
            self.setProperty("role", role)
        if name:
            self.setObjectName(name)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setAccessibleName(text)
        self._clamp()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._clamp()

    def changeEvent(self, event) -> None:  # noqa: N802 (a style sheet's font arrives late)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._clamp()

    def _clamp(self) -> None:
        shown = clamped(self._full, self.fontMetrics(), self.contentsRect().width() - 2, self.lines)
        self.setToolTip(self._full if shown != self._full else "")
        if shown != super().text():
            super().setText(shown)


def clamped(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` word-wrapped to ``width``, cut to its first ``lines`` lines, the last ending in "…"."""
    if width <= 0:
        return text
    words, kept, line = text.split(), [], ""
    for index, word in enumerate(words):
        longer = f"{line} {word}" if line else word
        if not line or metrics.horizontalAdvance(longer) <= width:
            line = longer
            continue
        if len(kept) == lines - 1:  # the last line overflows: it ends in "…"
            last = " ".join([line, *words[index:]])
            return " ".join([*kept, metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)])
        kept.append(line)
        line = word
    return text
