"""The pitch's countdown on the beamer during the jury's pitches: a box in the slide's top right corner,
in the header's room beside the team's name (the slide's content is laid out below it, untouched).

The label says which timer runs ("Pitch", "Vragen"), the digits under it take the header's height,
coloured by the timer's tone (ui.beamer.palette.TONES: the last minute in the accent, over time in the
over colour; not started in the muted colour); a thin bar under the box shows the tone from across the room too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from ui.beamer.palette import ACCENT, MUTED, TEXT, TONES

PANEL = "#132B45"  # a shade lighter than the beamer's background: the box stands apart (text on it ≥ 7:1)
TIMER_WIDTH = 0.27  # the box's share of the slide's inner width
TIMER_TOP, TIMER_HEIGHT = 0.03, 0.145  # shares of the slide's height: within the header (above the rule at 0.185)


def timer_box(rect: QRectF, left: float, inner: float) -> QRectF:
    """Where the countdown goes on a slide painted in ``rect`` (``left``/``inner``: its content's margins)."""
    width = inner * TIMER_WIDTH
    return QRectF(left + inner - width, rect.top() + rect.height() * TIMER_TOP, width, rect.height() * TIMER_HEIGHT)


def paint_timer(painter: QPainter, draw, box: QRectF, timer: tuple, h: float, room: str = "") -> None:
    """``timer`` = (label, countdown, tone); ``draw`` is the slide's fitted-text painter; ``room``: the
    room's name (several rooms pitch at once), in the accent colour right of the label."""
    label, countdown, tone = timer
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PANEL))
    painter.drawRoundedRect(box, h * 0.012, h * 0.012)
    pad = box.height() * 0.08
    inner = box.adjusted(pad * 1.5, pad, -pad * 1.5, -pad)
    row = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.28)
    room_width = row.width() * 0.34 if room else 0.0
    draw(label, row.adjusted(0, 0, -room_width, 0), MUTED, 0.03, 0.016, True, Qt.AlignmentFlag.AlignLeft)
    if room:
        draw(room, row.adjusted(row.width() - room_width, 0, 0, 0), ACCENT, 0.03, 0.016, True, Qt.AlignmentFlag.AlignRight)
    colour = MUTED if tone == "idle" else TONES.get(tone, TEXT)  # not started (or stopped): quieter than a running one
    draw(countdown, QRectF(inner.left(), inner.top() + inner.height() * 0.24, inner.width(), inner.height() * 0.76),
         colour, 0.1, 0.05, True, Qt.AlignmentFlag.AlignRight)
    painter.setBrush(QColor(colour))
    painter.drawRect(QRectF(box.left(), box.bottom() - h * 0.006, box.width(), h * 0.006))
