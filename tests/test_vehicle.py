"""The car as data: six zones, where points fall, where notes go."""

from __future__ import annotations

from app.template import VEHICLE_ZONES
from app.vehicle import NOTE_H, NOTE_W, ZONES, slot, zone_at


def test_six_zones_inside_the_canvas():
    assert set(ZONES) == set(VEHICLE_ZONES)
    for zone in ZONES.values():
        assert zone.x >= 0 and zone.y >= 0 and zone.width >= NOTE_W and zone.height >= NOTE_H


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
