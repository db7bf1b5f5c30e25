"""Build Your Vehicle: the car's drawing and its six zones, as data.

One definition serves the canvas on screen and (later) the PDF export, so both draw the same
car. Coordinates are in canvas units (2400 × 1180). The zones take most of the car, so their
answers have room, and no line of the drawing crosses a zone (a test checks the geometry).
A note's stored place (x, y: a 160 × 120 slot) always lies inside its zone.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 2400.0, 1180.0
NOTE_W, NOTE_H, GAP = 160.0, 120.0, 16.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def grown(self, by: float) -> Rect:
        return Rect(self.x - by, self.y - by, self.width + 2 * by, self.height + 2 * by)


# Where each zone sits on the drawing: the people behind the windows, the chassis along the
# middle of the body, the fuel in the tank at the back, the engine under the bonnet, the road
# beneath the wheels.
ZONES: dict[str, Rect] = {
    "passengers": Rect(676, 76, 588, 330),
    "driver": Rect(1316, 76, 448, 330),
    "fuel": Rect(90, 490, 670, 315),
    "chassis": Rect(790, 450, 820, 400),
    "engine": Rect(1640, 510, 670, 295),
    "road": Rect(0, 1050, 2400, 130),
}

# The car, side view: body outline, windows (each around its zone), wheels (centre x, centre y,
# radius) and the ground line the wheels stand on.
BODY = ((60, 930), (60, 470), (420, 430), (620, 30), (1800, 30), (2020, 430), (2340, 480), (2340, 930))
WINDOWS = (ZONES["passengers"].grown(16), ZONES["driver"].grown(16))
WHEELS = ((480, 930, 105), (1920, 930, 105))
GROUND_Y = 1035.0


def segments() -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Every straight line of the drawing: the body's edges, the windows' edges, the ground."""
    body = [(BODY[i], BODY[(i + 1) % len(BODY)]) for i in range(len(BODY))]
    windows = []
    for w in WINDOWS:
        corners = ((w.x, w.y), (w.x + w.width, w.y), (w.x + w.width, w.y + w.height), (w.x, w.y + w.height))
        windows += [(corners[i], corners[(i + 1) % 4]) for i in range(4)]
    return body + windows + [((0.0, GROUND_Y), (WIDTH, GROUND_Y))]


def zone_at(x: float, y: float) -> str | None:
    """The zone a point (a note's centre, a click) falls in."""
    return next((key for key, zone in ZONES.items() if zone.contains(x, y)), None)


def slot(zone_key: str, index: int) -> tuple[float, float]:
    """Where the ``index``-th note of a zone is stored: a grid of 160 × 120 places whose centres
    lie inside the zone; when the zone is full, fanned out over its last place."""
    zone = ZONES[zone_key]
    per_row = max(1, int((zone.width - GAP) // (NOTE_W + GAP)))
    rows = max(1, int((zone.height - GAP) // (NOTE_H + GAP)))
    capacity = per_row * rows
    extra = max(0, index - capacity + 1)
    row, column = divmod(min(index, capacity - 1), per_row)
    x = zone.x + GAP + column * (NOTE_W + GAP) - min(extra * 14, column * (NOTE_W + GAP))
    y = zone.y + GAP + row * (NOTE_H + GAP) - min(extra * 6, row * (NOTE_H + GAP))
    return x, y


def next_slot(zone_key: str, zone_keys: list[str | None]) -> tuple[float, float]:
    """The place for a new note in a zone, given the zones of the notes already on the car."""
    return slot(zone_key, sum(1 for key in zone_keys if key == zone_key))
