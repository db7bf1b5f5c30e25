"""The work surface at 1366 × 768: the board gets most of the window (tools in one row, a slim
timer strip, the list of steps folded away by keyboard and remembered)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.event.teams import add_member
from tests.ui.conftest import settle
from ui.common.theme import THEMES, stylesheet


@pytest.fixture
def app_look():
    """The style sheet the app starts with (padding makes every row taller than Qt's own look)."""
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(THEMES["light"]))
    yield
    app.setStyleSheet("")


def board_share(window) -> float:
    viewport = window.event_view.step_page.work_area.board.view.viewport().size()
    return viewport.width() * viewport.height() / (window.width() * window.height())


def timer_beside_title(window) -> bool:
    work = window.event_view.step_page.work_area
    return work.compact_timer_row() == "title"


def no_timer_button_squeezed(window) -> bool:
    panel = window.event_view.step_page.compact_timer
    return all(button.width() >= button.sizeHint().width() for button in panel.findChildren(QPushButton) if button.isVisible())


@pytest.mark.parametrize("steps_on", [1, 2])  # the brain dump, then the clustering
def test_the_board_gets_sixty_percent_of_the_window_with_the_steps_folded_away(qtbot, open_window, event_with_team, prefs, app_look, steps_on):
    store, _event_id, team_id = event_with_team
    for name in ("Karin Bakker", "Youssef El Amrani", "Anouk Timmers", "Piotr Kowalski", "Sanne de Vries"):
        add_member(store, team_id, name)
    window = open_window(store, translated=True)  # Dutch, the default: its texts are the longer
    for _ in range(steps_on):
        window.event_view.next()
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert (window.width(), window.height()) == (1366, 768)
    assert window.event_view.navigator.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert not window.event_view.navigator.isVisible()
    assert board_share(window) >= 0.60, board_share(window)
    assert timer_beside_title(window) and no_timer_button_squeezed(window)
    assert prefs.get("navigator_hidden") == "1"


def test_the_folded_list_is_remembered_and_comes_back_by_keyboard(qtbot, open_window, event_with_team, prefs):
    store, _event_id, _team_id = event_with_team
    prefs.set("navigator_hidden", 1)
    window = open_window(store)
    toggle = window.event_view.navigator_toggle
    assert not window.event_view.navigator.isVisible() and not toggle.isChecked()
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # the toggle is a button in the tab order
    assert window.event_view.navigator.isVisible() and prefs.get("navigator_hidden") == "0"
    window.event_view.next()  # the brain dump, beside the list of steps: the timer strip takes its own row
    settle()
    assert not timer_beside_title(window) and no_timer_button_squeezed(window)
