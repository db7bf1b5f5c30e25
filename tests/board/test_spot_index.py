"""The board's in-memory spot index gives the database's answer (app.board.note_spots) through notes
coming, moving and going, and frames appearing and disappearing."""

from __future__ import annotations

import random

import pytest

from app.board.spot_index import PITCH, SpotIndex, place_of, spot_of
from tests.board.test_board_spots import reference_spot, spot


def test_a_note_takes_the_spot_it_lies_within_half_a_unit_of():
    assert spot_of(0.4, -0.4) == 0 and spot_of(PITCH[0], 3 * PITCH[1]) == 19
    assert spot_of(0.6, 0.0) is None and spot_of(-PITCH[0], 0.0) is None and spot_of(6 * PITCH[0], 0.0) is None
    assert place_of(19) == spot(19)


def test_holes_are_filled_first_and_found_again_when_a_note_leaves():
    spots = SpotIndex()
    for index in range(8):
        spots.take(*spot(index))
    assert spots.first_free([]) == spot(8)
    spots.release(*spot(3))
    assert spots.first_free([]) == spot(3)
    spots.take(*spot(3))
    spots.take(*spot(8))
    assert spots.first_free([]) == spot(9)


def test_two_notes_on_one_spot_free_it_only_when_both_have_left():
    spots = SpotIndex()
    spots.take(*spot(0))
    spots.take(*spot(0))
    spots.release(*spot(0))
    assert spots.first_free([]) == spot(1)
    spots.release(*spot(0))
    assert spots.first_free([]) == spot(0)


def test_a_frame_that_goes_away_frees_the_spots_it_blocked():
    spots = SpotIndex()
    spots.take(*spot(0))
    frame = (PITCH[0], 0.0, 2 * PITCH[0], 2 * PITCH[1])
    assert spots.first_free([frame]) == spot(4)
    assert spots.first_free([]) == spot(1)


@pytest.mark.parametrize("seed", range(8))
def test_random_histories_give_the_spot_the_rule_gives(seed):
    chance = random.Random(seed)
    spots, places = SpotIndex(), []
    frames: list = []
    for _ in range(300):
        roll = chance.random()
        if roll < 0.5 or not places:  # a note typed at the free spot, or put somewhere by hand
            place = spots.first_free(frames) if chance.random() < 0.7 else spot(chance.randrange(80))
            places.append(place)
            spots.take(*place)
        elif roll < 0.7:  # a note dragged somewhere, on or off the grid
            old = places.pop(chance.randrange(len(places)))
            new = spot(chance.randrange(80)) if chance.random() < 0.5 else (chance.uniform(-50, 1500), chance.uniform(-50, 2000))
            spots.release(*old)
            spots.take(*new)
            places.append(new)
        elif roll < 0.9:
            spots.release(*places.pop(chance.randrange(len(places))))
        elif frames and chance.random() < 0.5:
            frames.pop(chance.randrange(len(frames)))
        else:
            frames.append((chance.choice([-300.0, 0.0, PITCH[0], 700.0]), chance.uniform(0, 2000), chance.uniform(100, 500), chance.uniform(100, 400)))
        assert spots.first_free(frames) == reference_spot(places, frames)
