"""Vector pictures for the dossier: the clustered board and the Build Your Vehicle car.

Each picture is a platypus Flowable drawn straight onto the canvas from the same geometry the screen
uses (app/board/note_text.py for a note's text, app/canvases/vehicle.py for the car), scaled to the
width it is given. Coordinates there grow downwards; ``_Picture.point`` turns them into the page's.
Text is measured with the embedded TTF that draws it (``fonts.width``). A text that does not fit its
card is cut with "…" and numbered; ``continued`` lists those texts in full, for under the picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from app.board import note_text
from app.board.cluster_layout import NOTE_H, NOTE_W
from app.board.cluster_layout import TITLE_H as CLUSTER_TITLE_H
from app.canvases import vehicle
from app.text import initials
from app.export.dossier_data import Board, VehicleZone
from app.pdf import fonts, style


def measure_regular(text: str, size: float) -> float:
    return fonts.width(text, size, fonts.REGULAR)


def measure_bold(text: str, size: float) -> float:
    return fonts.width(text, size, fonts.BOLD)


class _Picture(Flowable):
    """A picture of ``width`` × ``height`` source units, scaled to the available width (and at most
    ``max_height`` points high, at most ``max_scale`` points per unit), its origin at source point
    (``left``, ``top``)."""

    def __init__(self, left: float, top: float, width: float, height: float, max_height: float,
                 max_scale: float = float("inf")) -> None:
        super().__init__()
        self.left, self.top, self.source_w, self.source_h = left, top, width, height
        self.max_height, self.max_scale = max_height, max_scale
        self.scale = 1.0
        self.continued: list[str] = []

    def scale_in(self, width: float, height: float) -> float:
        """The scale the picture is drawn at in a space of ``width`` × ``height`` points."""
        return min(width / self.source_w, height / self.source_h, self.max_height / self.source_h, self.max_scale)

    def wrap(self, avail_width, avail_height):
        self.scale = self.scale_in(avail_width, self.max_height)
        self.width, self.height = self.source_w * self.scale, self.source_h * self.scale
        return self.width, self.height

    def point(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.left) * self.scale, self.height - (y - self.top) * self.scale

    def rect(self, x: float, y: float, width: float, height: float, radius: float = 0, stroke: int = 1, fill: int = 1) -> None:
        left, bottom = self.point(x, y + height)
        self.canv.roundRect(left, bottom, width * self.scale, height * self.scale, radius * self.scale, stroke=stroke, fill=fill)

    def text(self, x: float, baseline: float, text: str, size: float, font: str = fonts.REGULAR) -> None:
        """``text`` at source point (x, baseline) in ``size`` source units."""
        self.canv.setFont(font, size * self.scale)
        self.canv.drawString(*self.point(x, baseline), text)

    def fitted_text(self, fitted: note_text.FittedText, x: float, y: float, bold_lines: int = 0) -> None:
        """The lines of a fitted text from its box's top left (x, y), the first ``bold_lines`` in bold."""
        self.canv.setFillColor(style.TEXT)
        for row, line in enumerate(fitted.lines):
            baseline = y + row * fitted.line_height + fitted.size * 0.95
            self.text(x, baseline, line, fitted.size, fonts.BOLD if row < bold_lines else fonts.REGULAR)


class BoardPicture(_Picture):
    """The brain-dump board: cluster frames with their names, notes as coloured cards where they lie."""

    def __init__(self, board: Board, max_height: float, max_scale: float = float("inf")) -> None:
        self.board = board
        left, top, right, bottom = _extent(board)
        super().__init__(left - 12, top - 12, right - left + 24, bottom - top + 24, max_height, max_scale)
        self.continued = _cut_texts(board)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.8)
        for cluster in self.board.clusters:
            canvas.setStrokeColor(style.PRIMARY_DARK)
            canvas.setFillColor(style.PAGE_TINT)
            self.rect(cluster.x, cluster.y, cluster.width, cluster.height, 10)
            canvas.setFillColor(style.PRIMARY_DARK)
            self.text(cluster.x + 14, cluster.y + CLUSTER_TITLE_H - 6, _clip(cluster.name, cluster.width - 28, 22), 22, fonts.BOLD)
        number = 0
        for note in self.board.notes:
            canvas.setStrokeColor(style.RULE)
            canvas.setFillColor(style.note_colour(note.colour))
            canvas.setLineWidth(0.4)
            self.rect(note.x, note.y, NOTE_W, NOTE_H, 4)
            fitted = note_text.fit_note(note.text, measure_regular)
            self.fitted_text(fitted, note.x + note_text.BOX_X, note.y + note_text.BOX_Y)
            canvas.setFillColor(style.SECONDARY)
            if note.author:
                canvas.setFont(fonts.REGULAR, 11 * self.scale)
                canvas.drawRightString(*self.point(note.x + NOTE_W - 10, note.y + NOTE_H - 8), initials(note.author))
            if fitted.continues:
                number += 1
                canvas.setFillColor(style.PRIMARY_DARK)
                self.text(note.x + 10, note.y + NOTE_H - 8, f"({number})", 11, fonts.BOLD)


def _extent(board: Board) -> tuple[float, float, float, float]:
    boxes = [(n.x, n.y, n.x + NOTE_W, n.y + NOTE_H) for n in board.notes]
    boxes += [(c.x, c.y, c.x + c.width, c.y + c.height) for c in board.clusters]
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def _cut_texts(board: Board) -> list[str]:
    """The notes whose text is cut on the board, in the order they are numbered."""
    return [note.text for note in board.notes if note_text.fit_note(note.text, measure_regular).continues]


def _clip(text: str, width: float, size: float) -> str:
    """A one-line label no wider than ``width``, cut with "…"."""
    if measure_bold(text, size) <= width:
        return text
    while text and measure_bold(text + note_text.ELLIPSIS, size) > width:
        text = text[:-1]
    return text.rstrip() + note_text.ELLIPSIS


ZONE_TITLE = 44.0  # a zone's title, in car units
ZONE_TEXT = 40.0  # a zone's notes, in car units (about 8 pt across a page); never under note_text.PAPER_MIN_PT on paper


class VehiclePicture(_Picture):
    """The car in side view, with each zone's title and its notes written inside the zone."""

    def __init__(self, zones: Sequence[VehicleZone], max_height: float, width: float = style.FRAME_WIDTH) -> None:
        """``width``: the width the car is drawn in; its scale there sets the notes' text sizes."""
        super().__init__(0, 0, vehicle.WIDTH, vehicle.HEIGHT, max_height)
        self.zones = zones
        self.sizes = note_text.paper_sizes(ZONE_TEXT, self.scale_in(width, max_height))
        self.continued = [f"{zone.title}\n{text}" for zone in zones if (text := _zone_text(zone)) and self._fit(zone, text).continues]

    def _fit(self, zone: VehicleZone, text: str) -> note_text.FittedText:
        box = vehicle.ZONES[zone.key]
        return note_text.fit(text, box.width - 24, box.height - ZONE_TITLE - 16, measure_regular, *self.sizes)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(style.PRIMARY_DARK)
        canvas.setLineWidth(1.4)
        path = canvas.beginPath()
        path.moveTo(*self.point(*vehicle.BODY[0]))
        for corner in vehicle.BODY[1:]:
            path.lineTo(*self.point(*corner))
        path.close()
        canvas.setFillColor(style.PAGE_TINT)
        canvas.drawPath(path, stroke=1, fill=1)
        canvas.setFillColor(style.WHITE)
        for window in vehicle.WINDOWS:
            self.rect(window.x, window.y, window.width, window.height, 12)
        for x, y, radius in vehicle.WHEELS:
            canvas.setFillColor(style.SECONDARY)
            canvas.circle(*self.point(x, y), radius * self.scale, stroke=1, fill=1)
            canvas.setFillColor(style.WHITE)
            canvas.circle(*self.point(x, y), radius * 0.45 * self.scale, stroke=0, fill=1)
        canvas.line(*self.point(0, vehicle.GROUND_Y), *self.point(vehicle.WIDTH, vehicle.GROUND_Y))
        number = 0
        for zone in self.zones:
            number = self._draw_zone(zone, number)

    def _draw_zone(self, zone: VehicleZone, number: int) -> int:
        box = vehicle.ZONES[zone.key]
        self.canv.setFillColor(style.PRIMARY)
        self.text(box.x + 12, box.y + ZONE_TITLE - 4, _clip(zone.title, box.width - 24, 36), 36, fonts.BOLD)
        text = _zone_text(zone)
        if not text:
            return number
        fitted = self._fit(zone, text)
        self.fitted_text(fitted, box.x + 12, box.y + ZONE_TITLE + 8)
        if fitted.continues:
            number += 1
            self.canv.setFillColor(style.PRIMARY_DARK)
            self.text(box.x + box.width - 90, box.y + ZONE_TITLE - 4, f"({number})", 36, fonts.BOLD)
        return number


def _zone_text(zone: VehicleZone) -> str:
    return "\n".join(f"• {note.text}" for note in zone.notes)
