"""The pitch page opened on a demo team that has finished phase 3 (a problem statement, a chosen idea,
a Crystal Ball and a vehicle to take answers over from) and is starting its pitch, and the helpers its
tests share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.day.navigation import move_team
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from tests.demo_pitch import HALFWAY, demo_team, untyped
from tests.demo_pitch import typed_answers as stored  # noqa: F401  (the pitch tests read it from here)
from tests.ui.conftest import settle


def open_pitch(qtbot, window, team_id: int):
    """The window on the team's pitch step, active (so focus and key events are real); its page."""
    view = window.event_view
    view.choose_team(team_id)
    view.go_to(("step", "pitch"))
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return view.step_page.work_area.surface("pitch")


@pytest.fixture
def pitch(qtbot, open_window, sqlite_store):
    """(window, store, team id, page): the demo team halfway its pitch, at the pitch step, with none of its
    answers typed yet (each still as taken over from its earlier work, or empty)."""
    event_id = create_demo_event(sqlite_store)
    template = event_template(get_event(sqlite_store, event_id))
    team_id = demo_team(sqlite_store, event_id, template, HALFWAY).id
    untyped(sqlite_store, team_id)
    move_team(sqlite_store, team_id, "pitch", template)
    window = open_window(sqlite_store)
    settle()
    return window, sqlite_store, team_id, open_pitch(qtbot, window, team_id)


def click_in(qtbot, edit) -> None:
    """Into the field by mouse, the cursor at its end (as a person continues an answer)."""
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is edit


def press(qtbot, button) -> None:
    """A button pressed from the keyboard: Tab to it, Space."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle()
