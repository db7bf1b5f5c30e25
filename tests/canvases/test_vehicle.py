"""The car as data: six zones, where points fall, where notes go, and a drawing that never
crosses a zone (the zones hold text: a line through them would run through the answers)."""

from __future__ import annotations

import math
from itertools import combinations

from app.canvases.vehicle import (
    HEIGHT,
    NOTE_H,
    NOTE_W,
    WHEELS,
    WIDTH,
    WINDOWS,
    ZONES,
    Rect,
    segments,
    slot,
    zone_at,
)
from app.day.template import VEHICLE_ZONES

MARGIN = 12.0  # the drawing keeps at least this far from every zone


def test_six_zones_inside_the_canvas():
    assert set(ZONES) == set(VEHICLE_ZONES)
    for zone in ZONES.values():
        assert zone.x >= 0 and zone.y >= 0 and zone.x + zone.width <= WIDTH and zone.y + zone.height <= HEIGHT
        assert zone.width >= NOTE_W and zone.height >= NOTE_H


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def test_zones_do_not_overlap_each_other():
    for (key_a, a), (key_b, b) in combinations(ZONES.items(), 2):
        assert not _overlap(a, b), (key_a, key_b)


def _segment_meets_rect(start, end, rect: Rect) -> bool:
    """Liang–Barsky clipping: does the segment from start to end touch the rectangle?"""
    (x0, y0), (x1, y1) = start, end
    dx, dy, low, high = x1 - x0, y1 - y0, 0.0, 1.0
    for p, q in ((-dx, x0 - rect.x), (dx, rect.x + rect.width - x0), (-dy, y0 - rect.y), (dy, rect.y + rect.height - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def test_no_line_of_the_drawing_crosses_a_zone():
    for key, zone in ZONES.items():
        for start, end in segments():
            assert not _segment_meets_rect(start, end, zone.grown(MARGIN)), (key, start, end)


def test_no_wheel_crosses_a_zone():
    for key, zone in ZONES.items():
        for x, y, radius in WHEELS:
            nearest_x = min(max(x, zone.x), zone.x + zone.width)
            nearest_y = min(max(y, zone.y), zone.y + zone.height)
            assert math.hypot(x - nearest_x, y - nearest_y) > radius + MARGIN, key


def test_each_window_holds_its_zone():
    for window, key in zip(WINDOWS, ("passengers", "driver")):
        zone = ZONES[key]
        assert window.x < zone.x and window.y < zone.y
        assert window.x + window.width > zone.x + zone.width and window.y + window.height > zone.y + zone.height


def test_the_geometry_check_sees_a_crossing():
    zone = Rect(100, 100, 100, 100)
    assert _segment_meets_rect((0, 150), (300, 150), zone)
    assert not _segment_meets_rect((0, 50), (300, 60), zone)


def test_every_slot_of_a_zone_lies_in_that_zone():
    for key, zone in ZONES.items():
        x, y = slot(key, 0)
        assert zone_at(x + NOTE_W / 2, y + NOTE_H / 2) == key


def test_points_outside_any_zone():
    assert zone_at(5, 5) is None


def test_a_full_zone_keeps_its_notes_inside():
    for key in ZONES:
        for index in range(20):
            x, y = slot(key, index)
            assert zone_at(x + NOTE_W / 2, y + NOTE_H / 2) == key, (key, index)
