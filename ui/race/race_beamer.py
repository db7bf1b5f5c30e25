"""The race on the beamer: the round's countdown above the leaderboard's bars (a count entered by
hand or typed in afterwards says so beside it), the leader (or the winners) in one line under them.
Painted like the rest of the beamer: one paint per change.

Only team totals are shown, never a member's count: nothing an anonymous step hides can leak here.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ui.race.standing_text import Bar

BAR_COLOUR = "#4A90C8"  # bars on the beamer's dark background; the labels are white beside them
LEAD_COLOUR = "#FFD23F"  # the beamer's accent: in the lead, or a winner
TRACK_COLOUR = "#1B3550"


def paint_bars(painter: QPainter, font: QFont, bars: tuple[Bar, ...], area: QRectF, text_colour: str) -> None:
    """One row per team: its name, a bar as long as its count, the count and its mark."""
    if not bars:
        return
    row = min(area.height() / len(bars), area.height() * 0.2)
    most = max(max(bar.count for bar in bars), 1)
    text_font = QFont(font)
    text_font.setPixelSize(max(12, int(row * 0.5)))
    small = QFont(text_font)
    small.setPixelSize(max(12, int(row * 0.32)))
    name_width = area.width() * 0.32
    count_width = area.width() * 0.2
    track = QRectF(area.left() + name_width, 0, area.width() - name_width - count_width, 0)
    painter.setFont(text_font)
    metrics = QFontMetricsF(text_font)
    for index, bar in enumerate(bars):
        top = area.top() + index * row
        middle = QRectF(area.left(), top, area.width(), row * 0.8)
        painter.setPen(QColor(LEAD_COLOUR if bar.first else text_colour))
        name = metrics.elidedText(f"{bar.rank}. {bar.label}", Qt.TextElideMode.ElideRight, name_width - 16)
        painter.drawText(QRectF(middle.left(), top, name_width - 16, middle.height()), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        length = track.width() * bar.count / most
        painter.fillRect(QRectF(track.left(), top + row * 0.12, track.width(), row * 0.56), QColor(TRACK_COLOUR))
        painter.fillRect(QRectF(track.left(), top + row * 0.12, length, row * 0.56), QColor(LEAD_COLOUR if bar.first else BAR_COLOUR))
        painter.setPen(QColor(LEAD_COLOUR if bar.first else text_colour))
        count = QRectF(track.right() + 16, top, count_width - 16, middle.height())
        painter.drawText(count, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(bar.count))
        if bar.short:
            painter.setFont(small)
            painter.drawText(count.adjusted(metrics.horizontalAdvance(f"{bar.count} "), 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, f"({bar.short})")
            painter.setFont(text_font)
