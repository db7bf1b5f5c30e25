"""The jury page by keyboard: Ctrl+PgDown / Ctrl+PgUp and Ctrl+Tab / Ctrl+Shift+Tab switch its tabs from
anywhere (also from a table) and put the focus in the new tab; a table is one Tab stop (arrows move inside);
in the recusal grid a clicked box becomes the current cell; a long team name is elided, whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QTableWidget, QWidget

from app.jury.setup import recusals
from app.event.teams import set_team_name
from tests.jury.setup_data import jury_event
from tests.ui.conftest import find, settle


@pytest.fixture
def jury(qtbot, open_window, sqlite_store, staatsprint_template):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template, teams=3, jurors=2)
    window = open_window(sqlite_store)
    window.event_view.go_to(("jury",))
    page = window.event_view.pages.currentWidget()
    page.show_tab("jurySetupTab")
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, page, sqlite_store, event_id, teams, ids


@pytest.mark.parametrize(("forward", "back"), [
    ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)),
    ((Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
     (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)),
])
def test_the_keys_switch_the_jury_tabs_from_a_table_and_land_the_focus_in_the_new_tab(qtbot, jury, forward, back):
    _window, page, *_ = jury
    table = find(page, QTableWidget, "jurorTable")
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, *forward)
    assert page.tabs.currentIndex() == 1
    landing = page.tab(1).landing()
    assert QApplication.focusWidget() is landing
    qtbot.keyClick(landing, *forward)
    assert page.tabs.currentIndex() == 2
    assert QApplication.focusWidget() is page.tab(2).landing()
    qtbot.keyClick(QApplication.focusWidget(), *back)
    qtbot.keyClick(QApplication.focusWidget(), *back)
    assert page.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is page.tab(0).landing()
    assert (table.currentRow(), table.currentColumn()) == (0, 0)  # the table's selection did not jump


def test_the_scores_table_is_one_tab_stop_and_arrows_move_inside(qtbot, jury):
    _window, page, store, event_id, _teams, ids = jury
    scores = page.show_tab("juryScoresTab")
    settle()
    table = scores.table
    assert not table.tabKeyNavigation()
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.hasFocus() and table.currentColumn() == 1
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # one press leaves the table (not its next cell)
    after = QApplication.focusWidget()
    assert after is not table and (table.currentRow(), table.currentColumn()) == (1, 1)
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.hasFocus() and (table.currentRow(), table.currentColumn()) == (1, 1)


def test_a_clicked_recusal_box_becomes_the_current_cell_so_space_ticks_it_again(qtbot, jury):
    window, page, store, event_id, teams, ids = jury
    grid = find(window, QTableWidget, "recusalGrid")
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    rect = grid.visualItemRect(grid.item(2, 1))
    box = QPoint(rect.left() + 12, rect.center().y())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=box)
    settle()
    assert recusals(store, event_id) == {(ids[1], teams[2]): ""}
    assert grid.hasFocus() and (grid.currentRow(), grid.currentColumn()) == (2, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    settle()
    assert recusals(store, event_id) == {}
    assert grid.hasFocus() and (grid.currentRow(), grid.currentColumn()) == (2, 1)


def test_a_long_team_name_is_elided_in_the_recusal_grid_and_whole_in_its_tooltip(qtbot, jury):
    window, page, store, event_id, teams, ids = jury
    set_team_name(store, teams[0], "Van Bestek naar Bondgenootschap voor de Hele Regio")
    settle()
    grid = find(window, QTableWidget, "recusalGrid")
    header = grid.verticalHeaderItem(0)
    assert header.text().endswith("…") and header.text().startswith("1. Van Bestek")
    assert header.toolTip() == "1. Van Bestek naar Bondgenootschap voor de Hele Regio"
    assert grid.verticalHeaderItem(1).text() == "2. De Doeners 2"


def test_the_tab_keys_act_while_the_page_shows_also_with_the_focus_in_the_step_list(qtbot, jury):
    window, page, *_ = jury
    outside = next(w for w in window.findChildren(QWidget) if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and not page.isAncestorOf(w) and w.window() is window and w.isEnabled())
    outside.setFocus()
    qtbot.waitUntil(outside.hasFocus)
    qtbot.keyClick(outside, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 1
    assert QApplication.focusWidget() is page.tab(1).landing()


def test_the_page_scrolls_with_the_current_recusal_cell(qtbot, open_window, sqlite_store, staatsprint_template):
    jury_event(sqlite_store, staatsprint_template, teams=14, jurors=2)
    window = open_window(sqlite_store)
    window.event_view.go_to(("jury",))
    window.event_view.pages.currentWidget().show_tab("jurySetupTab")
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    grid = find(window, QTableWidget, "recusalGrid")
    area = next(w for w in window.findChildren(QScrollArea) if w.isAncestorOf(grid))
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for _ in range(13):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.hasFocus() and grid.currentRow() == 13
    rect = grid.visualItemRect(grid.item(13, 0))
    bottom = grid.viewport().mapTo(area.viewport(), rect.bottomLeft())
    top = grid.viewport().mapTo(area.viewport(), rect.topLeft())
    assert 0 <= top.y() and bottom.y() <= area.viewport().height()
