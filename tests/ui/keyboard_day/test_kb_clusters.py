"""The board's clusters by keyboard: the arrows reach a cluster's name bar, Page Down / Page Up jump
between clusters, Space selects one, F2 renames it, two selected clusters merge through the
"Merge clusters" button — keys only — and a screen reader is told which cluster has the focus."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from app.board.board import add_note, clusters, notes
from app.board.clustering import make_cluster
from app.clock.clock import FakeClock
from app.day.navigation import move_team
from tests.ui.keyboard_day.keys import CTRL, SHIFT, answer_by_keys, focus, press, tab_to, window_back

T0 = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


def _board_with_two_clusters(store, team_id, template):
    ids = [add_note(store, team_id, "braindump", None, text, 40 + 220 * i, 40) for i, text in enumerate(("Inkoop", "Contracten", "Data", "Kokers"))]
    make_cluster(store, team_id, "clustering", "braindump", "Geld", ids[:2])
    make_cluster(store, team_id, "clustering", "braindump", "Gegevens", ids[2:])
    move_team(store, team_id, "clustering", template)


def _open_board(qtbot, clocked_window, store):
    window, _player = clocked_window(store, FakeClock(T0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab_to(qtbot, "boardView")
    return window, window.event_view.step_page.work_area.board


def _focused_name(board) -> str:
    item = board.scene.focusItem()
    return item.cluster.name if hasattr(item, "cluster") and not hasattr(item, "note") else f"note {item.note.text}"


def test_a_cluster_is_reached_selected_and_renamed_by_keys(qtbot, clocked_window, event_with_team, staatsprint_template, monkeypatch):
    store, _event_id, team_id = event_with_team
    _board_with_two_clusters(store, team_id, staatsprint_template)
    window, board = _open_board(qtbot, clocked_window, store)
    press(qtbot, Qt.Key.Key_PageDown)  # the first cluster in reading order
    first = board.scene.focusItem()
    assert _focused_name(board) in {"Geld", "Gegevens"} and first.hasFocus()
    press(qtbot, Qt.Key.Key_Down)  # from its name down onto one of its notes
    assert board.scene.focusItem().note.cluster_id == first.cluster.id
    press(qtbot, Qt.Key.Key_Up)  # and back up onto the name bar
    assert board.scene.focusItem() is first
    press(qtbot, Qt.Key.Key_PageDown)  # the other cluster
    second = board.scene.focusItem()
    assert second is not first and second.cluster.name in {"Geld", "Gegevens"}
    press(qtbot, Qt.Key.Key_PageUp)
    assert board.scene.focusItem() is first
    press(qtbot, Qt.Key.Key_Space)
    assert board.selected_clusters() == [first]
    # a screen reader: the board's canvas says the cluster has the focus and is selected
    canvas = QAccessible.queryAccessibleInterface(board.view.viewport())
    told = canvas.focusChild()
    assert told.text(QAccessible.Text.Name) == first.cluster.name
    assert told.role() == QAccessible.Role.Grouping and told.state().focused and told.state().selected
    told_events, update = [], QAccessible.updateAccessibility
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: (told_events.append((event.type(), event.accessibleInterface().text(QAccessible.Text.Name))), update(event)))
    QAccessible.setActive(True)  # as with a screen reader running: the move is told (focus and selection events)
    try:
        press(qtbot, Qt.Key.Key_PageDown)
        press(qtbot, Qt.Key.Key_PageUp)
    finally:
        QAccessible.setActive(False)
    assert board.scene.focusItem() is first
    assert (QAccessible.Event.Focus, first.cluster.name) in told_events and (QAccessible.Event.Focus, second.cluster.name) in told_events
    old = first.cluster.name
    answer_by_keys(qtbot, "clusterRenameDialog", (Qt.Key.Key_A, CTRL), "Budget", Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F2)
    window_back(qtbot, window)
    assert sorted(c.name for c in clusters(store, team_id, "clustering")) == sorted(["Budget", "Geld" if old == "Gegevens" else "Gegevens"])
    assert focus() == "boardView"
    answer_by_keys(qtbot, "clusterRenameDialog", (Qt.Key.Key_A, CTRL), "Weg", Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_F2)  # Escape: the name stays
    window_back(qtbot, window)
    assert "Budget" in {c.name for c in clusters(store, team_id, "clustering")}
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the rename undone
    assert old in {c.name for c in clusters(store, team_id, "clustering")}


def test_two_clusters_merged_by_keys(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    _board_with_two_clusters(store, team_id, staatsprint_template)
    window, board = _open_board(qtbot, clocked_window, store)
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_PageDown, SHIFT)  # the next cluster, selected on the way
    assert len(board.selected_clusters()) == 2
    tab_to(qtbot, "mergeButton", back=True)  # the tool row stands above the board
    assert len(board.selected_clusters()) == 2, "leaving the board kept the selection"
    answer_by_keys(qtbot, "mergeNameDialog", (Qt.Key.Key_A, CTRL), "Geld en gegevens", Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    window_back(qtbot, window)
    (merged,) = clusters(store, team_id, "clustering")
    assert merged.name == "Geld en gegevens"
    assert {n.text for n in notes(store, team_id, ["braindump"]) if n.cluster_id == merged.id} == {"Inkoop", "Contracten", "Data", "Kokers"}


def test_merge_with_one_cluster_selected_says_why_and_changes_nothing(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    _board_with_two_clusters(store, team_id, staatsprint_template)
    _window, board = _open_board(qtbot, clocked_window, store)
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_Space)
    before = sorted((c.id, c.name) for c in clusters(store, team_id, "clustering"))
    tab_to(qtbot, "mergeButton", back=True)
    press(qtbot, Qt.Key.Key_Space)
    assert board.error_label.isVisible() and "two clusters" in board.error_label.text()
    assert sorted((c.id, c.name) for c in clusters(store, team_id, "clustering")) == before
