"""After an export dialog closes, the focus is back where it was, so Tab goes on from there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton

from ui.export.dialog import ExportDialog


def test_closing_the_event_report_dialog_gives_the_focus_back(qtbot, open_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    window = open_window(store, "nl")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = next(b for b in window.findChildren(QPushButton) if b.isVisible() and b.isEnabled()
                  and b.focusPolicy() & Qt.FocusPolicy.TabFocus)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    window.findChild(QAction, "exportReportAction").trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not before and window.isAncestorOf(QApplication.focusWidget())
