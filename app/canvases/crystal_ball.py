"""The Crystal Ball's timeline as data: where "Nu", the years, the milestones and the end card go.

One computation serves the canvas on screen and the pitch PDF, so both draw the same picture.
Coordinates are abstract units with y growing downwards (a PDF flips them): the idea's card on
the left at "Nu", the line from LINE_X0 to LINE_X1, the end card ("de ideale situatie") on the
right. Milestones are cards above the line, each on a stem down to its moment; cards that would
overlap (the same moment, or moments close together) stack in levels, the lowest free level first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 1200.0  # narrow enough that the cards' text reads on a laptop with the whole line in view
MARGIN = 8.0  # between the side cards (and their borders) and the picture's edges
SIDE_W, SIDE_H = 210.0, 280.0  # the idea's card at "Nu" and the end card
LINE_X0, LINE_X1 = 240.0, WIDTH - 240.0
CARD_W, CARD_H = 200.0, 140.0  # a milestone's card
GAP = 14.0  # between stacked cards
STEM = 40.0  # from the lowest card down to the line
TOP = 16.0
BELOW = 90.0  # under the line: the ticks and the years
TICK_MAJOR, TICK_MINOR = 24.0, 10.0
MIN_LEVELS = 3  # an empty timeline still has room for its first milestones
STEPS_PER_YEAR = 4  # a milestone snaps to quarters


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def overlaps_across(self, other: Box) -> bool:
        """The two boxes share some horizontal stretch (touching is not overlapping)."""
        return self.x < other.x + other.width and other.x < self.x + self.width


@dataclass(frozen=True)
class Tick:
    years: float
    x: float
    major: bool  # a whole year: longer, with its year written under it


@dataclass(frozen=True)
class Placed:
    """A milestone laid out: its stem from (``pin_x``, the line) up to its card."""

    milestone_id: int
    years: float
    pin_x: float
    level: int
    box: Box


@dataclass(frozen=True)
class TimelineLayout:
    horizon: int
    width: float
    height: float
    line_y: float
    idea_box: Box
    end_box: Box
    ticks: tuple[Tick, ...]
    placed: tuple[Placed, ...]

    def at(self, milestone_id: int) -> Placed | None:
        return next((p for p in self.placed if p.milestone_id == milestone_id), None)


def x_for(years: float, horizon: int) -> float:
    """Where a moment lies on the line (0 = "Nu", ``horizon`` = the ideal situation)."""
    return LINE_X0 + (LINE_X1 - LINE_X0) * years / horizon


def years_at(x: float, horizon: int) -> float:
    """The moment at a place on the line, not snapped and not kept inside it."""
    return (x - LINE_X0) / (LINE_X1 - LINE_X0) * horizon


def quarter(years: float) -> float:
    """The nearest quarter: where a click places a milestone (off the line it is refused)."""
    return round(years * STEPS_PER_YEAR) / STEPS_PER_YEAR


def snap(years: float, horizon: int) -> float:
    """The nearest quarter, kept on the line: where a dragged milestone goes."""
    return min(max(quarter(years), 0.0), float(horizon))


def on_line(years: float, horizon: int) -> bool:
    return 0.0 <= years <= horizon


def ticks(horizon: int) -> tuple[Tick, ...]:
    """A tick every quarter, a long one with its year every whole year, "Nu" and the horizon included."""
    steps = horizon * STEPS_PER_YEAR
    return tuple(Tick(i / STEPS_PER_YEAR, x_for(i / STEPS_PER_YEAR, horizon), i % STEPS_PER_YEAR == 0) for i in range(steps + 1))


def levels(moments: Sequence[tuple[int, float]], horizon: int) -> dict[int, int]:
    """Each milestone's level (0 just above the line): in the order of time (then of the order
    given), the lowest level where its card overlaps no card already there."""
    taken: list[list[Box]] = []
    result: dict[int, int] = {}
    for milestone_id, years in sorted(moments, key=lambda m: m[1]):
        box = card_across(years, horizon)
        level = next((i for i, row in enumerate(taken) if not any(box.overlaps_across(other) for other in row)), len(taken))
        if level == len(taken):
            taken.append([])
        taken[level].append(box)
        result[milestone_id] = level
    return result


def layout(horizon: int, moments: Sequence[tuple[int, float]], min_levels: int = MIN_LEVELS) -> TimelineLayout:
    """The whole picture for a timeline of ``horizon`` years with these (milestone id, years);
    room for at least ``min_levels`` levels of cards (fewer: a compact picture, as in an overview)."""
    level_of = levels(moments, horizon)
    count = max([min_levels] + [level + 1 for level in level_of.values()])
    line_y = max(TOP + count * (CARD_H + GAP) - GAP + STEM, TOP + SIDE_H - BELOW / 2)  # the side cards fit too
    placed = []
    for milestone_id, years in moments:
        across = card_across(years, horizon)
        level = level_of[milestone_id]
        y = line_y - STEM - CARD_H - level * (CARD_H + GAP)
        placed.append(Placed(milestone_id, years, x_for(years, horizon), level, Box(across.x, y, CARD_W, CARD_H)))
    side_y = line_y + BELOW / 2 - SIDE_H  # the line meets the side cards a little above their middle
    idea = Box(MARGIN, side_y, SIDE_W, SIDE_H)
    end = Box(WIDTH - MARGIN - SIDE_W, side_y, SIDE_W, SIDE_H)
    return TimelineLayout(horizon, WIDTH, line_y + BELOW, line_y, idea, end, ticks(horizon), tuple(placed))


def card_across(years: float, horizon: int) -> Box:
    """A card's horizontal place: centred on its moment, kept between the ends of the line."""
    x = min(max(x_for(years, horizon) - CARD_W / 2, LINE_X0), LINE_X1 - CARD_W)
    return Box(x, 0.0, CARD_W, CARD_H)
