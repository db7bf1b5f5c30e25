"""The HKW that states its theme best: one per cluster, kept right when notes move, undoable."""

from __future__ import annotations

from datetime import date

import pytest

from app.board.best_note import best_of, set_best, toggled
from app.board.board import (
    add_cluster,
    add_note,
    assign_each,
    assign_notes,
    delete_cluster,
    delete_notes,
    notes,
    restore_cluster,
    restore_notes,
)
from app.board.clustering import (
    make_cluster,
    merge_clusters,
    unmake_cluster,
    unmerge_clusters,
)
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path


@pytest.fixture
def theme(store):
    """(store, team, [three HKW notes], a theme cluster holding the first two)."""
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    ids = [add_note(store, team_id, "hkw", None, f"Hoe kunnen we {n}?", 200.0 * n, 0.0) for n in range(3)]
    cluster_id = add_cluster(store, team_id, "themes", "Delen", (0, 0, 400, 200), ids[:2])
    return store, team_id, ids, cluster_id


def _marked(store, team_id) -> list[int]:
    return [n.id for n in notes(store, team_id, ["hkw"]) if n.best_of_cluster]


def test_one_best_per_theme_and_the_choice_can_be_undone(theme):
    store, team_id, ids, cluster_id = theme
    assert set_best(store, cluster_id, ids[0]) is None
    assert set_best(store, cluster_id, ids[1]) == ids[0]
    assert _marked(store, team_id) == [ids[1]]
    assert best_of(store, [cluster_id]) == {cluster_id: ids[1]}
    set_best(store, cluster_id, ids[0])  # undo of the second choice
    assert _marked(store, team_id) == [ids[0]]
    assert toggled(store, ids[0]) == (cluster_id, None)  # marking the marked one takes the mark off
    assert toggled(store, ids[1]) == (cluster_id, ids[1])


def test_a_note_outside_the_theme_is_refused_and_nothing_changes(theme):
    store, team_id, ids, cluster_id = theme
    set_best(store, cluster_id, ids[0])
    with pytest.raises(DomainError) as refused:
        set_best(store, cluster_id, ids[2])
    assert refused.value.code == "best_outside_theme"
    with pytest.raises(DomainError):
        toggled(store, ids[2])
    assert _marked(store, team_id) == [ids[0]]


def test_leaving_the_theme_takes_the_mark_and_undo_brings_it_back(theme):
    store, team_id, ids, cluster_id = theme
    set_best(store, cluster_id, ids[0])
    before = assign_notes(store, [ids[0]], None)
    assert _marked(store, team_id) == []
    assign_each(store, before, best=[ids[0]])
    assert _marked(store, team_id) == [ids[0]]
    assign_notes(store, [ids[0]], cluster_id)  # staying in its theme keeps it
    assert _marked(store, team_id) == [ids[0]]


def test_joining_a_theme_with_a_best_does_not_make_two(theme):
    store, team_id, ids, cluster_id = theme
    other = add_cluster(store, team_id, "themes", "Geld", (0, 400, 400, 200), [ids[2]])
    set_best(store, cluster_id, ids[0])
    set_best(store, other, ids[2])
    assign_notes(store, [ids[2]], cluster_id)
    assert best_of(store, [cluster_id, other]) == {cluster_id: ids[0]}


def test_merge_keeps_one_best_and_unmerge_gives_both_back(theme):
    store, team_id, ids, cluster_id = theme
    other = add_cluster(store, team_id, "themes", "Geld", (0, 400, 400, 200), [ids[2]])
    set_best(store, cluster_id, ids[0])
    set_best(store, other, ids[2])
    merged = merge_clusters(store, cluster_id, other, "Samen", "hkw")
    assert best_of(store, [cluster_id]) == {cluster_id: ids[0]}
    unmerge_clusters(store, merged)
    assert best_of(store, [cluster_id, other]) == {cluster_id: ids[0], other: ids[2]}


def test_a_new_cluster_and_a_deleted_one_keep_the_mark_right_through_undo(theme):
    store, team_id, ids, cluster_id = theme
    set_best(store, cluster_id, ids[1])
    made = make_cluster(store, team_id, "themes", "hkw", "Nieuw", [ids[1]])
    assert _marked(store, team_id) == []
    unmake_cluster(store, made)
    assert best_of(store, [cluster_id]) == {cluster_id: ids[1]}
    snapshot, members, dots = delete_cluster(store, cluster_id)
    assert _marked(store, team_id) == []
    restore_cluster(store, snapshot, members, dots)
    assert best_of(store, [cluster_id]) == {cluster_id: ids[1]}


def test_a_deleted_best_note_comes_back_marked_unless_another_was_chosen(theme):
    store, team_id, ids, cluster_id = theme
    set_best(store, cluster_id, ids[0])
    gone, dots = delete_notes(store, [ids[0]])
    restore_notes(store, gone, dots)
    assert _marked(store, team_id) == [ids[0]]
    gone, dots = delete_notes(store, [ids[0]])
    set_best(store, cluster_id, ids[1])
    restore_notes(store, gone, dots)  # the restored mark wins; still one per theme
    assert len(best_of(store, [cluster_id])) == 1 and len(_marked(store, team_id)) == 1
