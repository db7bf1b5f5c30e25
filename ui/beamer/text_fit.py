"""Text that fits its box on the beamer: wrapped at the largest size that fits, shrinking to a
minimum, and at the minimum the last line that fits ends in an ellipsis. The text's own line breaks
(a list answer's "- a" / "- b", the vehicle's zones) are kept, also where it is cut."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

STEP = 0.92  # each try is this much smaller


def fitted_font(base: QFont, text: str, rect: QRectF, largest: float, smallest: float, bold: bool = False) -> QFont:
    """The largest font (pixel size from ``largest`` down to ``smallest``) whose wrapped text fits ``rect``."""
    size = largest
    while True:
        font = _font(base, size, bold)
        if size <= smallest or text_height(text, font, rect.width()) <= rect.height():
            return font
        size = max(smallest, size * STEP)


def draw_fitted(painter: QPainter, text: str, rect: QRectF, colour: str, largest: float, smallest: float,
                bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> list[str]:
    """Draw ``text`` wrapped in ``rect`` at the largest size that fits; returns the lines drawn."""
    if not text:
        return []
    font = fitted_font(painter.font(), text, rect, largest, smallest, bold)
    lines = _lines(text, font, rect.width())
    metrics = QFontMetricsF(font)
    room = max(1, int(rect.height() // metrics.lineSpacing()))
    if len(lines) > room:  # even the smallest size does not fit: the last line that fits ends in "…"
        lines = lines[: room - 1] + [_cut(lines[room - 1], metrics, rect.width())]
    painter.setFont(font)
    painter.setPen(QColor(colour))
    for index, line in enumerate(lines):
        box = QRectF(rect.left(), rect.top() + index * metrics.lineSpacing(), rect.width(), metrics.lineSpacing())
        painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, line)
    return lines


def _cut(line: str, metrics: QFontMetricsF, width: float) -> str:
    """``line`` ending in "…" within ``width`` (shortened at a word where it can)."""
    text = line.rstrip()
    while text and metrics.horizontalAdvance(text + " …") > width:
        shorter = text.rsplit(" ", 1)[0] if " " in text else text[:-1]
        text = shorter.rstrip()
    return f"{text} …" if text else "…"


def _font(base: QFont, size: float, bold: bool) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, int(size)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return font


def _lines(text: str, font: QFont, width: float) -> list[str]:
    """The text broken into lines as wide as ``width`` (its own line breaks kept, blank lines left out:
    a slide has no room for them)."""
    lines: list[str] = []
    for paragraph in [line for line in text.splitlines() if line.strip()] or [""]:
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, 0))
            lines.append(paragraph[line.textStart(): line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
    return lines or [""]


def text_height(text: str, font: QFont, width: float) -> float:
    """The height of ``text`` wrapped at ``width`` in ``font``."""
    return len(_lines(text, font, width)) * QFontMetricsF(font).lineSpacing()
