"""A cluster's frame holds exactly its notes: made, merged and undone on a crowded board."""

from __future__ import annotations

import random
from datetime import date

import pytest

from app.board.board import add_cluster, add_note, clusters, notes
from app.board.cluster_layout import (
    NOTE_H,
    NOTE_W,
    Obstacles,
    free_frame,
    note_rect,
    overlaps,
)
from app.board.clustering import (
    make_cluster,
    merge_clusters,
    unmake_cluster,
    unmerge_clusters,
)
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path


@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    return team_id, add_member(store, team_id, "Anna")


def assert_frames_hold_exactly_their_notes(store, team_id):
    """The invariant: the notes touching a cluster's rectangle are exactly its members (each
    wholly inside), and no two clusters overlap."""
    frames = clusters(store, team_id, "clustering")
    board = notes(store, team_id, ["braindump"])
    for frame in frames:
        rect = (frame.x, frame.y, frame.width, frame.height)
        touching = {n.id for n in board if overlaps(rect, note_rect(n.x, n.y))}
        members = {n.id for n in board if n.cluster_id == frame.id}
        assert touching == members, f"cluster {frame.name!r}: non-members {touching - members}, outside {members - touching}"
        for n in board:
            if n.cluster_id == frame.id:
                assert frame.x <= n.x and n.x + NOTE_W <= frame.x + frame.width
                assert frame.y <= n.y and n.y + NOTE_H <= frame.y + frame.height
    for index, a in enumerate(frames):
        for b in frames[index + 1:]:
            assert not overlaps((a.x, a.y, a.width, a.height), (b.x, b.y, b.width, b.height)), (a.name, b.name)


def grid_of_notes(store, team_id, author, count, columns=6):
    return [add_note(store, team_id, "braindump", author, f"n{i}", (i % columns) * 184.0, (i // columns) * 144.0) for i in range(count)]


def places(store, team_id):
    return {n.id: (n.x, n.y, n.cluster_id) for n in notes(store, team_id, ["braindump"])}


def test_four_scattered_notes_gather_into_free_space(store, team):
    team_id, anna = team
    ids = grid_of_notes(store, team_id, anna, 18)
    before = places(store, team_id)
    scattered = [ids[0], ids[5], ids[12], ids[17]]  # the corners of a full 6 x 3 grid
    made = make_cluster(store, team_id, "clustering", "braindump", "Inkoop", scattered)
    assert {n.id for n in notes(store, team_id, ["braindump"]) if n.cluster_id == made.cluster_id} == set(scattered)
    assert_frames_hold_exactly_their_notes(store, team_id)
    assert all(places(store, team_id)[i][:2] == before[i][:2] for i in ids if i not in scattered)  # no one else moved
    unmake_cluster(store, made)  # undo: the notes back where they were, and no cluster
    assert places(store, team_id) == before and clusters(store, team_id, "clustering") == []


def test_a_new_cluster_never_overlaps_another_cluster(store, team):
    team_id, anna = team
    ids = grid_of_notes(store, team_id, anna, 12)
    make_cluster(store, team_id, "clustering", "braindump", "Eerst", ids[0:4])
    make_cluster(store, team_id, "clustering", "braindump", "Dan", [ids[4], ids[10], ids[11]])
    make_cluster(store, team_id, "clustering", "braindump", "Rubber band", ids[5:8])  # a neighbouring selection
    assert len(clusters(store, team_id, "clustering")) == 3
    assert_frames_hold_exactly_their_notes(store, team_id)


def test_a_merge_gathers_both_clusters_clear_of_non_members_and_undo_puts_everything_back(store, team):
    team_id, anna = team
    ids = grid_of_notes(store, team_id, anna, 9, columns=3)
    left = add_cluster(store, team_id, "clustering", "Geld", (-300, 0, 208, 202), [])
    right = add_cluster(store, team_id, "clustering", "Budget", (700, 0, 208, 202), [])
    from app.board.board import assign_notes, move_notes
    move_notes(store, {ids[0]: (-276, 58), ids[1]: (724, 58)})
    assign_notes(store, [ids[0]], left)
    assign_notes(store, [ids[1]], right)
    assert_frames_hold_exactly_their_notes(store, team_id)
    before = (places(store, team_id), clusters(store, team_id, "clustering"))
    merged = merge_clusters(store, left, right, "Geld / Budget", "braindump")  # the loose notes lie between them
    (frame,) = clusters(store, team_id, "clustering")
    assert frame.name == "Geld / Budget"
    assert_frames_hold_exactly_their_notes(store, team_id)
    unmerge_clusters(store, merged)
    assert (places(store, team_id), clusters(store, team_id, "clustering")) == before


@pytest.mark.parametrize("seed", range(5))
def test_random_clustering_keeps_the_invariant(store, team, seed):
    team_id, anna = team
    chance = random.Random(seed)
    ids = [add_note(store, team_id, "braindump", anna, f"n{i}", chance.uniform(0, 1500), chance.uniform(0, 900)) for i in range(40)]
    loose = list(ids)
    for round_ in range(6):
        chance.shuffle(loose)
        picked, loose = loose[:4], loose[4:]
        make_cluster(store, team_id, "clustering", "braindump", f"c{round_}", picked)
    frames = [c.id for c in clusters(store, team_id, "clustering")]
    merge_clusters(store, frames[0], frames[1], "samen", "braindump")
    merge_clusters(store, frames[2], frames[3], "ook samen", "braindump")
    for note in notes(store, team_id, ["braindump"]):
        if note.cluster_id is None:  # the overlap check over every loose note's rect
            assert not any(overlaps((c.x, c.y, c.width, c.height), note_rect(note.x, note.y)) for c in clusters(store, team_id, "clustering"))
    assert_frames_hold_exactly_their_notes(store, team_id)


def test_the_free_frame_is_the_nearest_clear_rectangle():
    obstacles = Obstacles([note_rect(0, 0)])
    assert free_frame((100, 100), (500, 500), obstacles) == (500, 500, 100, 100)  # already clear: stays
    frame = free_frame((100, 100), (0, 0), obstacles)
    assert not overlaps(frame, note_rect(0, 0)) and abs(frame[0]) + abs(frame[1]) < 400


def test_a_new_note_is_never_put_inside_a_cluster_frame(store, team):
    from app.board.board import free_spot

    team_id, anna = team
    ids = grid_of_notes(store, team_id, anna, 4)
    made = make_cluster(store, team_id, "clustering", "braindump", "Eerst", ids[:2])  # gathered near the grid's start
    for _ in range(8):
        x, y = free_spot(store, team_id, "braindump")
        add_note(store, team_id, "braindump", anna, "nieuw", x, y)
    assert made.cluster_id
    assert_frames_hold_exactly_their_notes(store, team_id)
