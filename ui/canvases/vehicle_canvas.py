"""The car on screen: the line drawing from app.canvases.vehicle, and each zone with its answers written in it.

A zone's text keeps a readable size on screen whatever the zoom (at least ANSWER_PX pixels high):
with the whole car in view the answers show one line each, cut with "…"; zoomed in on a zone
they wrap and show whole. Clicking a zone chooses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from app.canvases import vehicle
from ui.common.theme import NOTE_COLOURS, contrast

ANSWER_PX = 13.0  # the answers' text height on screen, at least (≈ 10 pt): read on a laptop at arm's length
GROWN_PX = 22.0  # zoomed in beyond ANSWER_PX / GROWN_PX, the text grows with the car like ink on paper
COLUMN_PX = 200.0  # a zone wide enough for columns of answers gets one per this many pixels
TEXT_COLOUR = "#1A1A1A"


def ink(theme) -> str:
    """The colour of the drawing and the zones' names: the theme's dark blue where it reads on the
    surface, else its text colour (the high-contrast theme's surface is black)."""
    return theme.primary_dark if contrast(theme.primary_dark, theme.surface) >= 4.5 else theme.text


def tint(theme, alpha: int) -> QColor:
    colour = QColor(theme.primary)
    colour.setAlpha(alpha)
    return colour


class CarDrawing(QGraphicsItem):
    """The line drawing behind the zones: body, windows, wheels, the ground."""

    def __init__(self, theme) -> None:
        super().__init__()
        self.theme = theme
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.boundingRect(), QColor(self.theme.surface))
        painter.setPen(QPen(QColor(ink(self.theme)), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        body = QPainterPath(QPointF(*vehicle.BODY[0]))
        for point in vehicle.BODY[1:]:
            body.lineTo(*point)
        body.closeSubpath()
        painter.drawPath(body)
        for window in vehicle.WINDOWS:
            painter.drawRoundedRect(QRectF(window.x, window.y, window.width, window.height), 24, 24)
        painter.setBrush(QColor(self.theme.surface))
        for x, y, radius in vehicle.WHEELS:
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.drawEllipse(QPointF(x, y), radius * 0.35, radius * 0.35)
        painter.setPen(QPen(QColor(self.theme.muted), 6, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(0, vehicle.GROUND_Y), QPointF(vehicle.WIDTH, vehicle.GROUND_Y))


@dataclass(frozen=True)
class ZoneLayout:
    """A zone laid out for one zoom: rectangles in canvas units, ``text_px`` in screen pixels."""

    text_px: float
    unit: float
    title_font: QFont
    font: QFont
    title_rect: QRectF
    title: str
    more_rect: QRectF
    more: str
    area: QRectF
    cards: list[tuple[QRectF, str, bool]]  # (card, text, shown whole)


class ZoneItem(QGraphicsObject):
    """One zone: its name and its answers as small cards, at a readable size on screen."""

    clicked = Signal(str)  # the zone's key

    def __init__(self, key: str, title: str, question: str, theme) -> None:
        super().__init__()
        self.key, self.title, self.question, self.theme = key, title, question, theme
        self.answers: list[str] = []
        self.chosen = False
        zone = vehicle.ZONES[key]
        self._rect = QRectF(0, 0, zone.width, zone.height)
        self.setPos(zone.x, zone.y)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def show_answers(self, answers: list[str], chosen: bool) -> None:
        if (answers, chosen) != (self.answers, self.chosen):
            self.answers, self.chosen = answers, chosen
            self.setToolTip("\n".join(f"• {text}" for text in answers))
            self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.clicked.emit(self.key)
        event.accept()

    def layout_at(self, scale: float) -> ZoneLayout:
        """Where the name, the answers and the count of what finds no room go, seen at ``scale``."""
        unit = max(ANSWER_PX, GROWN_PX * scale) / scale  # one text height, in canvas units
        pad = unit * 0.4
        inner = self._rect.adjusted(pad, pad * 0.5, -pad, -pad)
        title_font, font = _font(unit, bold=True), _font(unit)
        title_metrics, metrics = QFontMetricsF(title_font), QFontMetricsF(font)
        line = title_metrics.lineSpacing()
        inline = inner.height() < 3.2 * line  # a low zone (the road): its name to the left of its answers
        title_width = title_metrics.horizontalAdvance(self.title) + pad if inline else inner.width()
        area = inner.adjusted(title_width + pad, 0, 0, 0) if inline else inner.adjusted(0, line + pad * 0.3, 0, 0)
        cards, hidden = self._layout(font, area, unit, scale)
        if hidden and inline:  # room for the count at the end of the row
            cards, hidden = self._layout(font, area.adjusted(0, 0, -metrics.horizontalAdvance(f"+{hidden}") - pad, 0), unit, scale)
        more = f"+{hidden}" if hidden else ""
        counter = metrics.horizontalAdvance(more) + pad if more and not inline else 0
        title = title_metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, title_width - counter)
        return ZoneLayout(unit * scale, unit, title_font, font, QRectF(inner.x(), inner.y(), title_width, line), title,
                          QRectF(inner.x(), inner.y(), inner.width(), line), more, area, cards)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        scale = painter.worldTransform().m11() or 1.0
        layout = self.layout_at(scale)
        unit = layout.unit
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.theme.primary), (3 if self.chosen else 1.5) / scale, Qt.PenStyle.SolidLine if self.chosen else Qt.PenStyle.DashLine))
        painter.setBrush(tint(self.theme, 34 if self.chosen else 14))
        painter.drawRoundedRect(self._rect, unit * 0.6, unit * 0.6)
        painter.setFont(layout.title_font)
        painter.setPen(QColor(ink(self.theme)))
        painter.drawText(layout.title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, layout.title)
        painter.setFont(layout.font)
        if layout.more:  # what finds no room is counted: beside the name, or at the end of a low zone's row
            painter.drawText(layout.more_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, layout.more)
        if not self.answers:
            painter.setPen(QColor(self.theme.muted))
            painter.drawText(layout.area, Qt.TextFlag.TextWordWrap, self.question)
        metrics = QFontMetricsF(layout.font)
        for card, text, whole in layout.cards:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(NOTE_COLOURS["yellow"]))
            painter.drawRoundedRect(card, unit * 0.2, unit * 0.2)
            painter.setPen(QColor(TEXT_COLOUR))
            inside = card.adjusted(unit * 0.2, unit * 0.2, -unit * 0.2, -unit * 0.2)
            if whole:
                painter.drawText(inside, Qt.TextFlag.TextWordWrap, text)
            else:
                painter.drawText(inside, Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, inside.width()))

    def _layout(self, font: QFont, area: QRectF, unit: float, scale: float) -> tuple[list[tuple[QRectF, str, bool]], int]:
        """The answers' cards in ``area``: whole when they all fit, else one line each (cut with "…").
        Returns (card, text, whole) for each shown answer, and how many found no room."""
        if not self.answers:
            return [], 0
        metrics = QFontMetricsF(font)
        gap, pad = unit * 0.25, unit * 0.2
        columns = max(1, min(len(self.answers), int(area.width() * scale // COLUMN_PX)))
        width = (area.width() - gap * (columns - 1)) / columns
        wrapped = [metrics.boundingRect(QRectF(0, 0, width - 2 * pad, 1e9), Qt.TextFlag.TextWordWrap, text).height() + 2 * pad for text in self.answers]
        rows = [max(wrapped[i:i + columns]) for i in range(0, len(wrapped), columns)]
        whole = sum(rows) + gap * (len(rows) - 1) <= area.height()
        one_line = metrics.lineSpacing() + 2 * pad
        heights = rows if whole else [one_line] * len(rows)
        fitting_rows = len(rows) if whole else max(1, int((area.height() + gap) // (one_line + gap)))
        shown = self.answers[: fitting_rows * columns]
        cards = []
        for index, text in enumerate(shown):
            row, column = divmod(index, columns)
            rect = QRectF(area.x() + column * (width + gap), area.y() + sum(heights[:row]) + gap * row, width, heights[row])
            cards.append((rect, text, whole))
        return cards, len(self.answers) - len(shown)


def _font(unit: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(unit)))
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    return font
