"""Going round the pages (Ctrl+1 … Ctrl+8) and the jury's tabs (Ctrl+PgDown) by keys opens no window of
its own for a moment — a widget shown before it has a parent flashes up as a window and takes the keyboard
away from the main window (the reveal tab's race checkbox did) — and the keyboard stays in the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.jury.conftest import make_jury_event
from tests.ui.keyboard_day.keys import CTRL, press
from tests.ui.conftest import settle


class WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def test_no_page_or_jury_tab_flashes_up_a_window_of_its_own(qtbot, open_window, sqlite_store, staatsprint_template, tmp_path):
    make_jury_event(sqlite_store, staatsprint_template, tmp_path)
    window = open_window(sqlite_store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    spy = WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_4):
            press(qtbot, key, CTRL)
            assert window.isActiveWindow() and QApplication.focusWidget() is not None, key
        page = window.event_view.pages.currentWidget()
        for _ in range(page.tabs.count()):
            press(qtbot, Qt.Key.Key_PageDown, CTRL)
            assert window.isActiveWindow() and QApplication.focusWidget() is not None, page.tabs.currentIndex()
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == []
