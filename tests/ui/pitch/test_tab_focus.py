"""The pitch page's tab bar shows where the keyboard is: the chosen tab looks different while the bar has
the focus (a keystroke on it never seems to vanish)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from tests.ui.conftest import find, settle
from ui.common.theme import LIGHT, stylesheet


def test_the_chosen_tab_shows_the_focus(qtbot, pitch):
    window, _store, _team_id, page = pitch
    window.setStyleSheet(stylesheet(LIGHT))  # the app's look (the test window is otherwise unstyled)
    tabs = find(window, QTabBar, "pitchParts")
    rect = tabs.tabRect(tabs.currentIndex())
    page.focus_part()
    settle()
    assert not tabs.hasFocus()
    before = tabs.grab(rect).toImage()
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert tabs.hasFocus()
    after = tabs.grab(rect).toImage()
    changed = sum(1 for x in range(0, rect.width(), 2) for y in range(0, rect.height(), 2) if before.pixel(x, y) != after.pixel(x, y))
    assert changed > 20  # a border and an underline, not a pixel or two
