"""Where a cluster's notes go: gathered into a grid in free space.

The rule a board keeps: a cluster's frame holds exactly its notes. A new or merged cluster
therefore lays its notes out in a compact grid, in a rectangle that overlaps no other cluster
and no note outside it, as near as possible to where its notes were. Plain geometry over
rectangles ``(x, y, width, height)`` in board units, where a sticky note is 160 × 120.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

NOTE_W, NOTE_H = 160.0, 120.0
GAP = 24.0  # between notes, and between a frame and its notes
TITLE_H = 34.0  # a cluster's name above its notes
CLEARANCE = GAP / 2  # a frame keeps this far from anything outside it
CELL = 256.0  # the side of a bucket of the spatial index

Rect = tuple[float, float, float, float]
Place = tuple[float, float]


def note_rect(x: float, y: float) -> Rect:
    return (x, y, NOTE_W, NOTE_H)


def overlaps(a: Rect, b: Rect) -> bool:
    """True when the rectangles share area (touching edges do not count)."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def grid_shape(count: int) -> tuple[int, int]:
    """Columns and rows of a cluster of ``count`` notes: about square, never empty."""
    columns = max(1, math.ceil(math.sqrt(count)))
    return columns, max(1, math.ceil(count / columns))


def cluster_size(count: int) -> tuple[float, float]:
    columns, rows = grid_shape(count)
    return GAP + columns * (NOTE_W + GAP), TITLE_H + GAP + rows * (NOTE_H + GAP)


def grid_places(frame: Rect, note_ids: Sequence[int]) -> dict[int, Place]:
    """The notes' places inside ``frame``, row by row in the given order."""
    columns, _rows = grid_shape(len(note_ids))
    x, y = frame[0] + GAP, frame[1] + TITLE_H + GAP
    return {note_id: (x + (index % columns) * (NOTE_W + GAP), y + (index // columns) * (NOTE_H + GAP))
            for index, note_id in enumerate(note_ids)}


class Obstacles:
    """What a new frame must keep clear of, bucketed so a look-up reads only its neighbourhood."""

    def __init__(self, rects: Iterable[Rect]) -> None:
        self._buckets: dict[tuple[int, int], list[Rect]] = {}
        self.extent: Rect | None = None
        for rect in rects:
            self._add(rect)

    def _add(self, rect: Rect) -> None:
        for key in _cells(rect):
            self._buckets.setdefault(key, []).append(rect)
        if self.extent is None:
            self.extent = rect
        else:
            left, top = min(self.extent[0], rect[0]), min(self.extent[1], rect[1])
            right = max(self.extent[0] + self.extent[2], rect[0] + rect[2])
            bottom = max(self.extent[1] + self.extent[3], rect[1] + rect[3])
            self.extent = (left, top, right - left, bottom - top)

    def clear(self, rect: Rect) -> bool:
        grown = (rect[0] - CLEARANCE, rect[1] - CLEARANCE, rect[2] + 2 * CLEARANCE, rect[3] + 2 * CLEARANCE)
        return not any(overlaps(grown, other) for key in _cells(grown) for other in self._buckets.get(key, ()))


def blocked_spots(frames: Sequence[Rect], columns: int, pitch: Place) -> set[int]:
    """The grid spots (numbered row by row, ``columns`` wide, ``pitch`` apart) a new note may not
    take because a frame is too near: only the rows each frame reaches are looked at."""
    obstacles = Obstacles(frames)
    blocked: set[int] = set()
    for _x, y, _width, height in frames:
        first = max(0, math.floor((y - CLEARANCE - NOTE_H) / pitch[1]))
        last = math.ceil((y + height + CLEARANCE) / pitch[1])
        for row in range(first, last + 1):
            blocked.update(row * columns + column for column in range(columns)
                           if not obstacles.clear(note_rect(column * pitch[0], row * pitch[1])))
    return blocked


def _cells(rect: Rect) -> Iterable[tuple[int, int]]:
    left, top = math.floor(rect[0] / CELL), math.floor(rect[1] / CELL)
    right, bottom = math.floor((rect[0] + rect[2]) / CELL), math.floor((rect[1] + rect[3]) / CELL)
    return ((i, j) for i in range(left, right + 1) for j in range(top, bottom + 1))


def free_frame(size: tuple[float, float], near: Place, obstacles: Obstacles) -> Rect:
    """The free rectangle of ``size`` nearest to ``near`` (its top-left corner), searched in
    rings of half a note around it; beyond everything on the board every place is free."""
    width, height = size
    step_x, step_y = (NOTE_W + GAP) / 2, (NOTE_H + GAP) / 2
    extent = obstacles.extent or (near[0], near[1], 0.0, 0.0)
    reach_x = abs(near[0] - extent[0]) + extent[2] + width
    reach_y = abs(near[1] - extent[1]) + extent[3] + height
    last_ring = int(max(reach_x / step_x, reach_y / step_y)) + 2
    for ring in range(last_ring + 1):
        for dx, dy in _ring(ring):
            rect = (near[0] + dx * step_x, near[1] + dy * step_y, width, height)
            if obstacles.clear(rect):
                return rect
    raise AssertionError("the ring beyond the board's extent is always free")


def _ring(ring: int) -> list[tuple[int, int]]:
    """The grid offsets at distance ``ring`` (a square ring), nearest first."""
    if ring == 0:
        return [(0, 0)]
    offsets = [(dx, dy) for dx in range(-ring, ring + 1) for dy in range(-ring, ring + 1) if max(abs(dx), abs(dy)) == ring]
    return sorted(offsets, key=lambda o: (o[0] ** 2 + o[1] ** 2, o[1], o[0]))


def gather(members: dict[int, Place], obstacles: Obstacles, near: Place | None = None) -> tuple[Rect, dict[int, Place]]:
    """A cluster's frame and its notes' new places: a grid in free space near the notes (or
    ``near``), in reading order of where the notes were."""
    order = sorted(members, key=lambda note_id: (round(members[note_id][1]), round(members[note_id][0]), note_id))
    if near is None:
        xs = [x for x, _y in members.values()] or [0.0]
        ys = [y for _x, y in members.values()] or [0.0]
        near = (min(xs) - GAP, min(ys) - GAP - TITLE_H)
    frame = free_frame(cluster_size(len(order)), near, obstacles)
    return frame, grid_places(frame, order)
