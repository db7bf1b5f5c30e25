"""Notes and clusters: made, moved, clustered, merged, deleted and brought back; private until the reveal."""

from __future__ import annotations

from datetime import date

import pytest

from app.board.board import (
    NOTE_MAX,
    add_cluster,
    add_note,
    assign_notes,
    clusters,
    colour_notes,
    counts_per_author,
    delete_cluster,
    delete_notes,
    edit_note,
    move_notes,
    notes,
    rename_cluster,
    restore_notes,
    visible_notes,
)
from app.board.clustering import merge_clusters, unmerge_clusters
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path


@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    return team_id, add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")


def test_a_note_keeps_its_author_text_and_place(store, team):
    team_id, anna, _bram = team
    note_id = add_note(store, team_id, "braindump", anna, "  400 applicaties per gemeente ", 10, 20)
    (note,) = notes(store, team_id, ["braindump"])
    assert (note.id, note.text, note.author_id, note.x, note.y, note.colour) == (note_id, "400 applicaties per gemeente", anna, 10, 20, "yellow")


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_note_is_not_made(store, team, text):
    team_id, anna, _bram = team
    with pytest.raises(DomainError) as caught:
        add_note(store, team_id, "braindump", anna, text, 0, 0)
    assert caught.value.code == "note_empty"
    assert notes(store, team_id, ["braindump"]) == []


def test_a_note_of_five_thousand_characters_is_kept_whole(store, team):
    team_id, anna, _bram = team
    add_note(store, team_id, "braindump", anna, "ë" * NOTE_MAX, 0, 0)
    assert len(notes(store, team_id, ["braindump"])[0].text) == NOTE_MAX
    with pytest.raises(DomainError, match="at most 5000"):
        add_note(store, team_id, "braindump", anna, "x" * (NOTE_MAX + 1), 0, 0)


def test_edit_move_and_colour(store, team):
    team_id, anna, _bram = team
    a = add_note(store, team_id, "braindump", anna, "een", 0, 0)
    b = add_note(store, team_id, "braindump", anna, "twee", 0, 0)
    edit_note(store, a, "één")
    move_notes(store, {a: (100, 50), b: (300, 50)})
    colour_notes(store, [a, b], "green")
    assert [(n.text, n.x, n.colour) for n in notes(store, team_id, ["braindump"])] == [("één", 100, "green"), ("twee", 300, "green")]
    with pytest.raises(DomainError):
        colour_notes(store, [a], "purple")


def test_delete_and_restore_brings_back_the_same_note(store, team):
    team_id, anna, _bram = team
    note_id = add_note(store, team_id, "clustering", anna, "silo's", 5, 6, colour="blue")
    cluster_id = add_cluster(store, team_id, "clustering", "Data", (0, 0, 400, 300), [note_id])
    gone, dots = delete_notes(store, [note_id])
    assert notes(store, team_id, ["clustering"]) == [] and dots == []
    restore_notes(store, gone, dots)
    (back,) = notes(store, team_id, ["clustering"])
    assert back == gone[0] and back.cluster_id == cluster_id


def test_clusters_rename_merge_and_undo(store, team):
    team_id, anna, bram = team
    n1 = add_note(store, team_id, "clustering", anna, "a", 24, 58)
    n2 = add_note(store, team_id, "clustering", bram, "b", 324, 158)
    left = add_cluster(store, team_id, "clustering", "Geld", (0, 0, 208, 202), [n1])
    right = add_cluster(store, team_id, "clustering", "Budget", (300, 100, 208, 202), [n2])
    rename_cluster(store, left, "  Geld  en   budget ")
    merged = merge_clusters(store, left, right, "Geld en budget", "clustering")
    (cluster,) = clusters(store, team_id, "clustering")
    assert (cluster.id, cluster.name, cluster.x, cluster.y) == (left, "Geld en budget", 0, 0)
    assert {n.cluster_id for n in notes(store, team_id, ["clustering"])} == {left}
    unmerge_clusters(store, merged)  # undo the merge: the other cluster and its notes come back
    assert [(c.name, c.x, c.y, c.width, c.height) for c in clusters(store, team_id, "clustering")] == [
        ("Geld en budget", 0, 0, 208, 202), ("Budget", 300, 100, 208, 202)]
    assert {n.id: (n.cluster_id, n.x, n.y) for n in notes(store, team_id, ["clustering"])} == {n1: (left, 24, 58), n2: (right, 324, 158)}


def test_take_a_note_out_and_delete_a_cluster_keeps_the_notes(store, team):
    team_id, anna, _bram = team
    n1 = add_note(store, team_id, "clustering", anna, "a", 0, 0)
    n2 = add_note(store, team_id, "clustering", anna, "b", 0, 0)
    cluster_id = add_cluster(store, team_id, "clustering", "X", (0, 0, 10, 10), [n1, n2])
    assert assign_notes(store, [n1], None) == {n1: cluster_id}
    delete_cluster(store, cluster_id)
    assert [n.cluster_id for n in notes(store, team_id, ["clustering"])] == [None, None]


def test_private_until_the_reveal(store, team, staatsprint_template):
    team_id, anna, bram = team
    rules = staatsprint_template.step("braindump").rules
    add_note(store, team_id, "braindump", anna, "van Anna", 0, 0)
    add_note(store, team_id, "braindump", bram, "van Bram", 0, 0)
    everything = notes(store, team_id, ["braindump"])
    assert [n.text for n in visible_notes(rules, everything, anna, revealed=False)] == ["van Anna"]
    assert len(visible_notes(rules, everything, anna, revealed=True)) == 2
    assert len(visible_notes(rules, everything, None, revealed=False)) == 2  # the team's own laptop
    assert counts_per_author(everything) == {anna: 1, bram: 1}
