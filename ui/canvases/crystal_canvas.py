"""The Crystal Ball on screen: the timeline drawn from app.canvases.crystal_ball, milestones as cards.

A milestone card is dragged along the line to move it in time: it snaps to quarters, the moment
is written beside it while it moves, and it is stored when let go. A click on the line (not on a
card, its stem or its dot) places a new milestone there; a click on a card (or its stem or dot) or
on the end card chooses it, and a drag from its dot moves it like a drag of the card; a click
elsewhere (far from the line) only lets go of the chosen card.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsScene

from app.canvases import crystal_ball as cb
from ui.canvases.vehicle_canvas import ink, tint
from ui.common.theme import NOTE_COLOURS

TEXT_COLOUR = "#1A1A1A"  # on the sticky-note colours
TITLE_UNITS, BODY_UNITS, TICK_UNITS = 24, 21, 21  # text heights in canvas units
PAD = 10.0
LINE_HIT = 48.0  # how far above or below the line a click still places a milestone (canvas units)
DOT_HIT = 16.0  # how far from a milestone's dot (and its stem) a press still takes that milestone


def font(units: float, bold: bool = False) -> QFont:
    made = QFont()
    made.setPixelSize(round(units))
    made.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    return made


@dataclass(frozen=True)
class CardText:
    title: str
    lines: tuple[str, ...]  # the answers, one line each on the card (cut with "…")
    muted: str = ""  # shown when there are no answers yet


def draw_card(painter: QPainter, rect: QRectF, text: CardText, colour: str, border: QColor | None, border_width: float) -> None:
    """A card as on the wall: its colour, a bold title, the answers one line each, cut where they end."""
    painter.setPen(QPen(border, border_width) if border is not None else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, 8, 8)
    inside = rect.adjusted(PAD, PAD * 0.6, -PAD, -PAD * 0.6)
    title_font, body_font = font(TITLE_UNITS, bold=True), font(BODY_UNITS)
    title_metrics, body_metrics = QFontMetricsF(title_font), QFontMetricsF(body_font)
    painter.setPen(QColor(TEXT_COLOUR))
    painter.setFont(title_font)
    title_lines = 2
    y = inside.y()
    for line in _wrapped(title_metrics, text.title, inside.width(), title_lines):
        painter.drawText(QRectF(inside.x(), y, inside.width(), title_metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft, line)
        y += title_metrics.lineSpacing()
    painter.setFont(body_font)
    room = max(0, int((inside.bottom() - y + 1) // body_metrics.lineSpacing()))
    for line in _lines(body_metrics, list(text.lines) or ([text.muted] if text.muted else []), inside.width(), room):
        painter.drawText(QRectF(inside.x(), y, inside.width(), body_metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft, line)
        y += body_metrics.lineSpacing()


def _lines(metrics: QFontMetricsF, texts: list[str], width: float, room: int) -> list[str]:
    """The texts wrapped to ``width``, one after the other, in at most ``room`` lines (the last cut with "…")."""
    lines: list[str] = []
    for text in texts:
        lines += _wrapped(metrics, text, width, room)
    if len(lines) > room and room:
        cut = lines[room - 1]
        lines = lines[: room - 1] + [metrics.elidedText(cut + " …", Qt.TextElideMode.ElideRight, width) if not cut.endswith("…") else cut]
    return lines[:room]


def _wrapped(metrics: QFontMetricsF, text: str, width: float, most: int) -> list[str]:
    """``text`` in at most ``most`` lines of ``width``, the last cut with "…"; a word wider than
    the card ends in "…" too, never cut off at the card's edge."""
    lines, words = [], text.split()
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines.append(" ".join(words))
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines] or [""]


class TimelineDrawing(QGraphicsItem):
    """The line from "Nu" to the ideal situation, its quarter ticks and years, the idea's card at
    "Nu" and the end card (``end_chosen``: drawn as chosen)."""

    def __init__(self, layout: cb.TimelineLayout, theme, idea: CardText, end: CardText, year_text: Callable[[float], str]) -> None:
        super().__init__()
        self.layout, self.theme, self.idea, self.end, self.year_text = layout, theme, idea, end, year_text
        self.end_chosen = False
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        lay, colour = self.layout, QColor(ink(self.theme))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.boundingRect(), QColor(self.theme.surface))
        painter.setPen(QPen(colour, 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(cb.LINE_X0, lay.line_y), QPointF(cb.LINE_X1, lay.line_y))
        painter.setFont(font(TICK_UNITS))
        for tick in lay.ticks:
            length = cb.TICK_MAJOR if tick.major else cb.TICK_MINOR
            painter.setPen(QPen(colour, 4 if tick.major else 2))
            painter.drawLine(QPointF(tick.x, lay.line_y), QPointF(tick.x, lay.line_y + length))
            if tick.major and 0 < tick.years < lay.horizon:
                painter.drawText(QRectF(tick.x - 90, lay.line_y + length + 4, 180, 34), Qt.AlignmentFlag.AlignHCenter, self.year_text(tick.years))
        idea, end = lay.idea_box, lay.end_box
        draw_card(painter, QRectF(idea.x, idea.y, idea.width, idea.height), self.idea, NOTE_COLOURS["yellow"], colour, 3)
        border = QColor(self.theme.primary) if self.end_chosen else colour
        draw_card(painter, QRectF(end.x, end.y, end.width, end.height), self.end, NOTE_COLOURS["green"], border, 8 if self.end_chosen else 3)

    def end_contains(self, point: QPointF) -> bool:
        end = self.layout.end_box
        return QRectF(end.x, end.y, end.width, end.height).contains(point)


class MilestoneCard(QGraphicsObject):
    """One milestone: a card above the line on a stem down to its moment; dragged along the line."""

    chosen = Signal(int)  # the milestone's id: clicked
    moved = Signal(int, float)  # id, the new moment: let go somewhere else

    def __init__(self, placed: cb.Placed, line_y: float, horizon: int, text: CardText, theme, year_text: Callable[[float], str]) -> None:
        super().__init__()
        self.placed, self.line_y, self.horizon, self.text, self.theme, self.year_text = placed, line_y, horizon, text, theme, year_text
        self.selected = False
        self.dragging_to: float | None = None  # the moment shown while dragged
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setToolTip("\n".join([text.title, *text.lines]))

    @property
    def milestone_id(self) -> int:
        return self.placed.milestone_id

    @property
    def years(self) -> float:
        return self.placed.years if self.dragging_to is None else self.dragging_to

    def _box(self) -> QRectF:
        across = cb.card_across(self.years, self.horizon)
        return QRectF(across.x, self.placed.box.y, across.width, across.height)

    def boundingRect(self) -> QRectF:
        top = self.placed.box.y - 40
        return QRectF(cb.LINE_X0 - 20, top, cb.LINE_X1 - cb.LINE_X0 + 40, self.line_y - top + 20)

    def shape(self) -> QPainterPath:
        """The card, its stem and its dot on the line: a press on any of them takes this milestone."""
        box, pin = self._box(), cb.x_for(self.years, self.horizon)
        path = QPainterPath()
        path.addRect(box)
        path.addRect(QRectF(pin - DOT_HIT / 2, box.bottom(), DOT_HIT, self.line_y - box.bottom()))
        path.addEllipse(QPointF(pin, self.line_y), DOT_HIT, DOT_HIT)
        return path

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box, pin = self._box(), cb.x_for(self.years, self.horizon)
        colour = QColor(self.theme.primary)
        painter.setPen(QPen(colour, 4))
        painter.drawLine(QPointF(pin, box.bottom()), QPointF(pin, self.line_y))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(pin, self.line_y), 9, 9)
        border = colour if self.selected or self.dragging_to is not None else QColor(ink(self.theme))
        draw_card(painter, box, self.text, NOTE_COLOURS["blue"], border, 8 if self.selected else 2)
        if self.dragging_to is not None:  # the moment it would move to, above the card
            painter.setFont(font(TICK_UNITS, bold=True))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint(self.theme, 255))
            label = QRectF(box.x(), box.y() - 36, box.width(), 32)
            painter.drawRoundedRect(label, 8, 8)
            painter.setPen(QColor(self.theme.on_primary))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.year_text(self.dragging_to))

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._pressed_x = event.scenePos().x()
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        start = cb.x_for(self.placed.years, self.horizon)
        to = cb.snap(cb.years_at(start + event.scenePos().x() - self._pressed_x, self.horizon), self.horizon)
        if to != self.dragging_to:
            self.prepareGeometryChange()
            self.dragging_to = to
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        to, self.dragging_to = self.dragging_to, None
        self.update()
        if to is not None and to != self.placed.years:
            self.moved.emit(self.milestone_id, to)
        else:
            self.chosen.emit(self.milestone_id)
        event.accept()


class TimelineScene(QGraphicsScene):
    """A click on (near) the line that hits no card: a new milestone there (``lineClicked``, not yet
    snapped to the line: past its ends, the app refuses); on the end card: ``endClicked``; anywhere
    else: ``emptyClicked`` (nothing placed, the chosen card let go)."""

    lineClicked = Signal(float)  # the moment, to the nearest quarter
    endClicked = Signal()
    emptyClicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.drawing: TimelineDrawing | None = None

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        point = event.scenePos()
        card = next((item for item in self.items(point) if isinstance(item, MilestoneCard) and item.shape().contains(item.mapFromScene(point))), None)
        if card is not None or self.drawing is None:
            super().mousePressEvent(event)
            return
        if self.drawing.end_contains(point):
            self.endClicked.emit()
        elif self._near_line(point):
            self.lineClicked.emit(cb.quarter(cb.years_at(point.x(), self.drawing.layout.horizon)))
        else:
            self.emptyClicked.emit()
        event.accept()

    def _near_line(self, point: QPointF) -> bool:
        lay = self.drawing.layout
        return point.x() > lay.idea_box.x + lay.idea_box.width and abs(point.y() - lay.line_y) <= LINE_HIT
