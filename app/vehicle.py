"""Build Your Vehicle: the car's drawing and its six zones, as data.

One definition serves the canvas on screen and (later) the PDF export, so both draw the same
car. Coordinates are in canvas units (2400 × 1300); notes are 160 × 120 in the same units.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 2400.0, 1300.0
NOTE_W, NOTE_H, GAP = 160.0, 120.0, 16.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


# Where each zone sits on the drawing: the people inside the windows, the engine under the bonnet,
# the fuel in the tank at the back, the chassis along the bottom, the road beneath the wheels.
ZONES: dict[str, Rect] = {
    "passengers": Rect(700, 260, 600, 330),
    "driver": Rect(1320, 260, 440, 330),
    "fuel": Rect(130, 600, 540, 280),
    "engine": Rect(1790, 600, 490, 280),
    "chassis": Rect(130, 900, 2150, 160),
    "road": Rect(0, 1120, 2400, 180),
}

# The car, side view: body outline, windows, wheels (centre x, centre y, radius).
BODY = ((100, 1070), (100, 620), (640, 580), (760, 240), (1780, 240), (1960, 580), (2300, 620), (2300, 1070))
WINDOWS = (Rect(700, 260, 600, 330), Rect(1320, 260, 440, 330))
WHEELS = ((520, 1075, 125), (1880, 1075, 125))


def zone_at(x: float, y: float) -> str | None:
    """The zone a point (a note's centre) falls in; the innermost when zones touch."""
    for key in ("driver", "passengers", "engine", "fuel", "chassis", "road"):
        if ZONES[key].contains(x, y):
            return key
    return None


def slot(zone_key: str, index: int) -> tuple[float, float]:
    """Where the ``index``-th note of a zone goes: a grid inside the zone; when the zone is full,
    fanned out over its last place — always inside the zone it belongs to."""
    zone = ZONES[zone_key]
    per_row = max(1, int((zone.width - GAP) // (NOTE_W + GAP)))
    rows = max(1, int((zone.height - 44) // (NOTE_H + GAP)) or 1)
    capacity = per_row * rows
    extra = max(0, index - capacity + 1)
    row, column = divmod(min(index, capacity - 1), per_row)
    x = zone.x + GAP + column * (NOTE_W + GAP) - min(extra * 14, column * (NOTE_W + GAP))
    y = zone.y + 44 + row * (NOTE_H + GAP) - min(extra * 6, 30)
    return x, y


def next_slot(zone_key: str, zone_keys: list[str | None]) -> tuple[float, float]:
    """The place for a new note in a zone, given the zones of the notes already on the car."""
    return slot(zone_key, sum(1 for key in zone_keys if key == zone_key))
