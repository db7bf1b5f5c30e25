"""Where a new note goes (the database finds the first free grid spot), and counts per author kept
without recounting."""

from __future__ import annotations

import random
from datetime import date

import pytest

from app.board.board import (
    NoteView,
    add_cluster,
    add_note,
    count_changes,
    counts_per_author,
    delete_notes,
    free_spot,
)
from app.board.cluster_layout import NOTE_H, NOTE_W, Obstacles, blocked_spots, note_rect
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from db.models import Note

PITCH = (NOTE_W + 24.0, NOTE_H + 24.0)


@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    return team_id, add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")


def spot(index: int) -> tuple[float, float]:
    return (index % 6) * PITCH[0], (index // 6) * PITCH[1]


def put(store, team_id: int, author_id: int, places) -> list[int]:
    rows = [dict(team_id=team_id, step_key="braindump", author_id=author_id, author_name="", text="n", colour="yellow",
                 x=x, y=y, part_key="") for x, y in places]
    with store.write() as session:
        return [row.id for row in store.insert_rows(session, Note.__table__, rows)]


def reference_spot(places, frames) -> tuple[float, float]:
    """The rule, spelled out: every spot in order until one no note takes and no frame blocks."""
    obstacles = Obstacles(frames)
    index = 0
    while any(abs(x - spot(index)[0]) < 0.5 and abs(y - spot(index)[1]) < 0.5 for x, y in places) \
            or not obstacles.clear(note_rect(*spot(index))):
        index += 1
    return spot(index)


def test_the_first_hole_in_the_grid_is_filled_counting_notes_a_member_does_not_see(store, team):
    team_id, anna, bram = team
    assert free_spot(store, team_id, "braindump") == spot(0)
    ids = put(store, team_id, anna, [spot(i) for i in range(8)])
    put(store, team_id, bram, [spot(8)])  # Bram's, hidden from Anna's laptop before the reveal
    assert free_spot(store, team_id, "braindump") == spot(9)
    delete_notes(store, [ids[3]])
    assert free_spot(store, team_id, "braindump") == spot(3)


def test_a_note_off_the_grid_or_of_another_step_takes_no_spot(store, team):
    team_id, anna, _bram = team
    put(store, team_id, anna, [(0.6, 0.0), (PITCH[0], 3.0), (-PITCH[0], 0.0), (6 * PITCH[0], 0.0)])
    add_note(store, team_id, "hkw", anna, "elders", 0, 0)
    assert free_spot(store, team_id, "braindump") == spot(0)
    put(store, team_id, anna, [(0.4, -0.4)])  # within half a unit: on the spot
    assert free_spot(store, team_id, "braindump") == spot(1)


def test_a_cluster_frame_blocks_the_spots_near_it(store, team):
    team_id, anna, _bram = team
    add_cluster(store, team_id, "clustering", "Geld", (PITCH[0], 0.0, 2 * PITCH[0], 2 * PITCH[1]))
    put(store, team_id, anna, [spot(0)])
    assert free_spot(store, team_id, "braindump") == spot(4)  # spots 1-3 overlap the frame or come within its clearance
    put(store, team_id, anna, [spot(4)])
    assert free_spot(store, team_id, "braindump") == spot(5)
    put(store, team_id, anna, [spot(i) for i in (5, 6, 10)])
    assert free_spot(store, team_id, "braindump") == spot(11)  # 7-9 are blocked too


@pytest.mark.parametrize("seed", range(6))
def test_random_boards_get_the_spot_the_rule_gives(store, team, seed):
    team_id, anna, _bram = team
    chance = random.Random(seed)
    places = [spot(i) for i in range(60) if chance.random() < 0.8] + [spot(i) for i in chance.sample(range(60), 5)]
    places += [(chance.uniform(-50, 1500), chance.uniform(-50, 1500)) for _ in range(10)]
    put(store, team_id, anna, places)
    frames = [(chance.choice([-300.0, 0.0, PITCH[0], 700.0, 1400.0]), chance.uniform(0, 1500), chance.uniform(100, 500), chance.uniform(100, 400))
              for _ in range(chance.randint(0, 4))]
    for frame in frames:
        add_cluster(store, team_id, "clustering", "c", frame)
    assert free_spot(store, team_id, "braindump") == reference_spot(places, frames)


def test_blocked_spots_are_those_a_note_there_would_crowd_a_frame():
    frames = [(PITCH[0] + 100, PITCH[1] * 3 + 50, 50.0, 50.0)]
    obstacles = Obstacles(frames)
    expected = {i for i in range(60) if not obstacles.clear(note_rect(*spot(i)))}
    assert blocked_spots(frames, 6, PITCH) == expected and expected


def view(note_id: int, author_id: int | None) -> NoteView:
    return NoteView(note_id, 1, "braindump", "t", "yellow", 0.0, 0.0, author_id)


def test_counts_per_author_are_kept_in_step_with_a_recount():
    board = {1: view(1, 10), 2: view(2, 10), 3: view(3, 11)}
    counts = counts_per_author(board.values())
    changes = [([], [view(4, None)]),  # a new note by a removed author
               ([board[1]], [view(1, 11)]),  # a note changed author (its old version goes, the new comes)
               ([board[2]], []),  # deleted
               ([board[3], view(1, 11)], [])]  # both of author 11's gone
    for gone, came in changes:
        for note in gone:
            board.pop(note.id)
        for note in came:
            board[note.id] = note
        count_changes(counts, gone, came)
        assert counts == counts_per_author(board.values())
    assert counts == {None: 1}
