"""“Make pain points” (Maak knelpunten) on the clustering board: what exists already is not made twice, and with
nothing selected it explains instead of reporting zero."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.board.board import add_cluster, add_note, assign_notes
from app.day.navigation import move_team
from app.outcomes.knelpunten import knelpunten
from tests.ui.conftest import find, settle


def _clustering_board(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    note = add_note(store, team_id, "braindump", None, "Elke gemeente koopt zelf in", 0, 0)
    cluster = add_cluster(store, team_id, "clustering", "Inkoop", (-40, -80, 260, 240))
    assign_notes(store, [note], cluster)
    move_team(store, team_id, "clustering", staatsprint_template)
    window = open_window(store)
    settle()
    return window, store, team_id, cluster, window.event_view.step_page.work_area.board


def test_making_knelpunten_twice_from_one_cluster_makes_one(qtbot, open_window, event_with_team, staatsprint_template):
    window, store, team_id, cluster, page = _clustering_board(qtbot, open_window, event_with_team, staatsprint_template)
    button = find(window, QPushButton, "knelpuntFromSelection")
    page.cluster_item(cluster).setSelected(True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.error_label.text() == "1 pain point(s) made: see the next step."
    assert page.error_label.property("role") == "info"  # what it did, not in the colour of a failure
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert page.error_label.text() == "Nothing new made; already there: “Inkoop”."
    assert [k.title for k in knelpunten(store, team_id)] == ["Inkoop"]


def test_with_nothing_selected_it_says_what_to_select(qtbot, open_window, event_with_team, staatsprint_template):
    window, store, team_id, _cluster, page = _clustering_board(qtbot, open_window, event_with_team, staatsprint_template)
    page.scene.clearSelection()
    qtbot.mouseClick(find(window, QPushButton, "knelpuntFromSelection"), Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible()
    assert page.error_label.text() == "Select clusters or notes first: each becomes a pain point."
    assert page.error_label.property("role") == "error"
    assert knelpunten(store, team_id) == []
