"""The programme page by keyboard only: Tab goes through it in reading order without a trap, and the
page scrolls to what has the focus."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QTableWidget, QWidget

from app.clock.clock import FakeClock
from app.event.teams import add_team
from tests.ui.conftest import find, settle

AT_10_50 = datetime(2026, 3, 11, 9, 50, tzinfo=timezone.utc)


def _tab(qtbot, times: int = 1) -> list[str]:
    """Tab ``times`` times as the keyboard sends it; the objectName that has the focus after each."""
    names = []
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        settle()
        names.append(QApplication.focusWidget().objectName())
    return names


def test_tab_enters_the_slip_table_once_and_leaves_it(qtbot, clocked_window, event_with_team):
    store, event_id, _team_id = event_with_team
    for number in range(2, 10):
        add_team(store, event_id, "gemeentelijke_it")
    window, _player = clocked_window(store, FakeClock(AT_10_50))
    window.resize(1366, 700)
    window.event_view.go_to(("programme",))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    table = find(window, QTableWidget, "slipTable")
    assert table.rowCount() == 9
    find(window, QPushButton, "shiftPlus15").setFocus(Qt.FocusReason.TabFocusReason)
    assert _tab(qtbot) == ["slipTable"]
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows move within the table
    assert table.currentRow() == 1 and QApplication.focusWidget() is table
    # The next Tab leaves the table, and Tab goes on through the right-hand column in reading order.
    after = _tab(qtbot, 3)
    assert after[0] == "plenaryPicker" and "slipTable" not in after, after
    names = _tab(qtbot, 30)
    for earlier, later in (("beamerSource", "beamerScreen"), ("beamerScreen", "openBeamerButton"),
                           ("openBeamerButton", "announcementEdit")):
        assert names.index(earlier) < names.index(later), names


def test_the_page_scrolls_to_the_widget_with_the_focus(qtbot, clocked_window, event_with_team):
    store, event_id, _team_id = event_with_team
    for _number in range(2, 10):
        add_team(store, event_id, "gemeentelijke_it")
    window, _player = clocked_window(store, FakeClock(AT_10_50))
    window.resize(1366, 600)
    window.event_view.go_to(("programme",))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    page = find(window, QWidget, "programmePage").findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
    table = find(window, QTableWidget, "slipTable")
    assert page.verticalScrollBar().value() == 0
    find(window, QPushButton, "shiftPlus15").setFocus(Qt.FocusReason.TabFocusReason)
    _tab(qtbot)
    assert QApplication.focusWidget() is table
    assert _cell_in_view(page, table)
    for _ in range(8):  # down to the last team, below the window: the page follows
        qtbot.keyClick(table, Qt.Key.Key_Down)
    settle()
    assert table.currentRow() == 8 and _cell_in_view(page, table)


def _cell_in_view(page: QScrollArea, table: QTableWidget) -> bool:
    """The table's current cell lies within the page's visible part."""
    cell = table.visualRect(table.currentIndex())
    top = table.viewport().mapTo(page.widget(), cell.topLeft()).y()
    shown = page.verticalScrollBar().value()
    return shown <= top and top + cell.height() <= shown + page.viewport().height()
