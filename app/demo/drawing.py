"""Simple line drawings with Pillow, as a team sketches its storyboard on a flip-over: people, a town
hall, a laptop with a form, a calendar, arrows and speech bubbles, in the app's palette on white.

A ``Sketch`` draws on a canvas twice the picture's size (coordinates are given at the picture's
size) and is scaled down once at the end, so its lines are smooth on a printed page.
"""

from __future__ import annotations

import math
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from app.paths import resources_dir

WIDTH, HEIGHT = 800, 600
SCALE = 2  # drawn at twice the size, then scaled down: smooth lines

INK = "#1A1A1A"
BLUE = "#01689B"
DARK = "#154273"
GREY = "#5A6270"
RED = "#A4262C"
YELLOW, PEACH, GREEN, SKY, LILAC = "#FFE97A", "#FFC9A8", "#B8E3C6", "#BFD9F2", "#E3CCF2"
LINE = 4  # the pen's width at the picture's size

Point = tuple[float, float]


@cache
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(resources_dir() / "fonts" / name), size * SCALE)


class Sketch:
    """A white picture to draw on with a felt pen."""

    def __init__(self) -> None:
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), "white")
        self.pen = ImageDraw.Draw(self.image)

    def picture(self) -> Image.Image:
        return self.image.reduce(SCALE)  # each pixel the mean of the SCALE × SCALE drawn: smooth edges

    # -- the pen -------------------------------------------------------------------------------

    def line(self, points: list[Point], colour: str = INK, width: float = LINE) -> None:
        self.pen.line([_up(p) for p in points], fill=colour, width=round(width * SCALE), joint="curve")
        for end in (points[0], points[-1]):  # round ends, as a felt pen leaves them
            self.dot(end, width / 2, colour)

    def dot(self, centre: Point, radius: float, colour: str) -> None:
        x, y = centre
        self.pen.ellipse(_box(x - radius, y - radius, x + radius, y + radius), fill=colour)

    def box(self, left: float, top: float, right: float, bottom: float, fill: str | None = None,
            colour: str = INK, radius: float = 10, width: float = LINE) -> None:
        self.pen.rounded_rectangle(_box(left, top, right, bottom), radius=radius * SCALE, fill=fill, outline=colour,
                                   width=round(width * SCALE))

    def circle(self, centre: Point, radius: float, fill: str | None = None, colour: str = INK,
               width: float = LINE) -> None:
        x, y = centre
        self.pen.ellipse(_box(x - radius, y - radius, x + radius, y + radius), fill=fill, outline=colour,
                         width=round(width * SCALE))

    def shape(self, points: list[Point], fill: str | None = None, colour: str = INK, width: float = LINE) -> None:
        self.pen.polygon([_up(p) for p in points], fill=fill, outline=colour, width=round(width * SCALE))

    def text(self, centre: Point, words: str, size: int = 22, colour: str = INK, bold: bool = False) -> None:
        self.pen.text(_up(centre), words, font=_font(size, bold), fill=colour, anchor="mm")

    # -- things a team draws -------------------------------------------------------------------

    def person(self, foot: Point, height: float = 120, shirt: str = SKY) -> None:
        """A person standing on ``foot``: a head and rounded shoulders."""
        x, y = foot
        head = height * 0.18
        body_top = y - height * 0.58
        self.pen.chord(_box(x - height * 0.3, body_top, x + height * 0.3, y + height * 0.5), 180, 360, fill=shirt,
                       outline=INK, width=LINE * SCALE)
        self.circle((x, body_top - head - 4), head, fill="white")

    def town_hall(self, left: float, bottom: float, width: float = 170, fill: str = SKY) -> None:
        """A town hall: a roof, columns, steps and a flag."""
        height = width * 0.75
        top = bottom - height
        roof = top + height * 0.3
        self.shape([(left - 8, roof), (left + width / 2, top), (left + width + 8, roof)], fill=fill)
        self.box(left, roof, left + width, bottom - 12, radius=2)
        for column in range(4):
            x = left + width * (0.2 + column * 0.2)
            self.line([(x, roof + 16), (x, bottom - 26)], width=LINE * 1.4)
        self.line([(left - 12, bottom - 6), (left + width + 12, bottom - 6)])
        pole = (left + width / 2, top)
        self.line([pole, (pole[0], top - 34)], width=3)
        self.shape([(pole[0], top - 34), (pole[0] + 26, top - 27), (pole[0], top - 20)], fill=BLUE, colour=BLUE, width=2)

    def laptop(self, left: float, top: float, width: float = 240, fields: int = 3) -> None:
        """An open laptop showing a form: labels, fields and a button."""
        height = width * 0.62
        self.box(left, top, left + width, top + height, fill="white", radius=8)
        self.box(left + 12, top + 12, left + width - 12, top + height - 10, fill="#F5F7FA", colour=GREY, radius=4,
                 width=2)
        row = (height - 54) / (fields + 0.6)
        for index in range(fields):
            y = top + 26 + index * row
            self.line([(left + 26, y), (left + 26 + width * 0.22, y)], colour=GREY, width=3)
            self.box(left + 26, y + 8, left + width - 26, y + 8 + row * 0.42, fill="white", colour=GREY, radius=3,
                     width=2)
        self.box(left + width - 96, top + height - 38, left + width - 26, top + height - 18, fill=BLUE, colour=BLUE,
                 radius=5, width=2)
        base = top + height
        self.shape([(left - 24, base + 26), (left, base), (left + width, base), (left + width + 24, base + 26)],
                   fill=SKY)

    def calendar(self, left: float, top: float, width: float = 190, crossed: tuple[int, ...] = (),
                 ringed: tuple[int, ...] = (), title: str = "") -> None:
        """A wall calendar: a coloured header, rings and a month of days (crossed out or ringed)."""
        height = width * 0.95
        self.box(left, top, left + width, top + height, fill="white", radius=8)
        self.box(left, top, left + width, top + height * 0.22, fill=BLUE, colour=INK, radius=8)
        if title:
            self.text((left + width / 2, top + height * 0.12), title, size=20, colour="white", bold=True)
        for ring in (0.3, 0.7):
            self.line([(left + width * ring, top - 12), (left + width * ring, top + 12)], width=5)
        cell_w, cell_h = (width - 24) / 7, (height * 0.78 - 20) / 5
        for day in range(35):
            x = left + 12 + (day % 7 + 0.5) * cell_w
            y = top + height * 0.22 + 10 + (day // 7 + 0.5) * cell_h
            if day in crossed:
                self.line([(x - 8, y - 8), (x + 8, y + 8)], colour=RED, width=3)
                self.line([(x - 8, y + 8), (x + 8, y - 8)], colour=RED, width=3)
            elif day in ringed:
                self.circle((x, y), 10, colour=BLUE, width=3)
            else:
                self.dot((x, y), 2.5, GREY)

    def arrow(self, start: Point, end: Point, bend: float = 0.0, colour: str = BLUE, width: float = LINE * 1.4) -> None:
        """An arrow from ``start`` to ``end``, bowed sideways by ``bend`` (a share of its length)."""
        points = _curve(start, end, bend)
        self.line(points[:-2], colour=colour, width=width)
        (ax, ay), (bx, by) = points[-3], points[-1]
        angle = math.atan2(by - ay, bx - ax)
        head = 12 + width * 2.5
        wings = [(bx - head * math.cos(angle + turn), by - head * math.sin(angle + turn)) for turn in (0.45, -0.45)]
        self.shape([(bx, by), wings[0], wings[1]], fill=colour, colour=colour, width=2)

    def bubble(self, centre: Point, words: str, tail: Point | None = None, fill: str = YELLOW, size: int = 24,
               bold: bool = False) -> None:
        """A speech bubble round ``words``, its short tail pointing at ``tail`` (a label without one)."""
        x, y = centre
        left, top, right, bottom = self.pen.textbbox(_up(centre), words, font=_font(size, bold), anchor="mm")
        half_w, half_h = (right - left) / SCALE / 2 + 18, (bottom - top) / SCALE / 2 + 12
        self.box(x - half_w, y - half_h, x + half_w, y + half_h, fill=fill, radius=min(half_h, 22))
        if tail is not None:
            base = min(max(tail[0], x - half_w + 24), x + half_w - 24)
            edge = y + half_h if tail[1] > y else y - half_h
            length = math.dist((base, edge), tail)
            reach = min(1.0, 34 / length) if length else 0.0
            tip = (base + (tail[0] - base) * reach, edge + (tail[1] - edge) * reach)
            inside = edge - LINE if tail[1] > y else edge + LINE
            self.pen.polygon([_up((base - 12, inside)), _up(tip), _up((base + 12, inside))], fill=fill)
            self.line([(base - 12, edge), tip])
            self.line([(base + 12, edge), tip])
        self.text(centre, words, size=size, bold=bold)

    def table(self, centre: Point, width: float = 300, fill: str = PEACH) -> None:
        """A round meeting table seen from the side a little."""
        x, y = centre
        for leg in (-0.3, 0.3):
            self.line([(x + width * leg, y), (x + width * leg, y + width * 0.22)])
        self.pen.ellipse(_box(x - width / 2, y - width * 0.1, x + width / 2, y + width * 0.1), fill=fill,
                         outline=INK, width=LINE * SCALE)

    def star(self, centre: Point, radius: float = 22, fill: str = YELLOW) -> None:
        x, y = centre
        points = [(x + (radius if i % 2 == 0 else radius * 0.45) * math.sin(i * math.pi / 5),
                   y - (radius if i % 2 == 0 else radius * 0.45) * math.cos(i * math.pi / 5)) for i in range(10)]
        self.shape(points, fill=fill, width=3)


def _up(point: Point) -> tuple[float, float]:
    return point[0] * SCALE, point[1] * SCALE


def _box(left: float, top: float, right: float, bottom: float) -> tuple[float, float, float, float]:
    return left * SCALE, top * SCALE, right * SCALE, bottom * SCALE


def _curve(start: Point, end: Point, bend: float, steps: int = 24) -> list[Point]:
    """Points on a gentle bow from ``start`` to ``end`` (a straight line when ``bend`` is 0)."""
    (sx, sy), (ex, ey) = start, end
    mx, my = (sx + ex) / 2 - (ey - sy) * bend, (sy + ey) / 2 + (ex - sx) * bend
    return [((1 - t) ** 2 * sx + 2 * (1 - t) * t * mx + t * t * ex, (1 - t) ** 2 * sy + 2 * (1 - t) * t * my + t * t * ey)
            for t in (i / steps for i in range(steps + 1))]
