"""The pitch page opened on a demo team that has finished phase 3 (a problem statement, a chosen idea,
a Crystal Ball and a vehicle to take answers over from) and is starting its pitch, and the helpers its
tests share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.day.navigation import move_team
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from app.event.teams import team_views
from app.pitch.answers import take_over_again
from db.models import Answer as AnswerRow
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


STARTING = "Kennistafel"  # the demo team halfway its pitch: 2 storyboard panels, no presenter, no tasks
FINISHED = "Talentenpool Publiek"  # the demo team whose pitch is done: every answer typed, storyboard, tasks


def demo_team(store, event_id: int, name: str) -> int:
    template = event_template(get_event(store, event_id))
    return next(t.id for t in team_views(store, event_id, template) if t.name == name)


@pytest.fixture
def pitch(qtbot, open_window, sqlite_store):
    """(window, store, team id, page): the demo team halfway its pitch, at the pitch step, with none of its
    answers typed yet (each still as taken over from its earlier work, or empty)."""
    event_id = create_demo_event(sqlite_store)
    template = event_template(get_event(sqlite_store, event_id))
    team_id = demo_team(sqlite_store, event_id, STARTING)
    for key in stored(sqlite_store, team_id):
        take_over_again(sqlite_store, team_id, "pitch", key)
    move_team(sqlite_store, team_id, "pitch", template)
    window = open_window(sqlite_store)
    settle()
    return window, sqlite_store, team_id, open_pitch(qtbot, window, team_id)


def stored(store, team_id: int) -> dict[str, str]:
    """The team's own pitch answers as the database holds them."""
    with store.read() as session:
        rows = session.exec(select(AnswerRow).where(AnswerRow.team_id == team_id, AnswerRow.step_key == "pitch")).all()
        return {row.field_key: row.text for row in rows}


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
