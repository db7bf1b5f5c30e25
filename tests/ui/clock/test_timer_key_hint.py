"""The timer's Start/Pause/Resume button tells its key on hover and to a screen reader, in every state,
from the one keymap (the strip's line names the key only while the timer waits)."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.clock.clock import FakeClock
from tests.ui.conftest import find, settle
from ui.common.keymap import KEYMAP, Binding, key_text

T0 = datetime(2026, 3, 11, 9, 30, tzinfo=timezone.utc)


def hint(button: QPushButton) -> tuple[str, str, str]:
    return button.text(), button.toolTip(), button.accessibleDescription()


def test_start_pause_and_resume_each_name_the_keymaps_key(qtbot, clocked_window, event_with_team, monkeypatch):
    monkeypatch.setitem(KEYMAP, "timerToggleAction", Binding(("F9",)))  # whatever the keymap says, the button says
    store, _event_id, _team_id = event_with_team
    window, _player = clocked_window(store, FakeClock(T0))
    window.event_view.next()  # the team's first step: the slim strip above the board
    settle()
    toggle = find(window, QPushButton, "timerToggle")
    assert key_text("timerToggleAction") == "F9"
    assert hint(toggle) == ("Start", "Start the timer (F9)", "Start the timer (F9)")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    settle()
    assert hint(toggle) == ("Pause", "Pause the timer (F9)", "Pause the timer (F9)")
    qtbot.keyClick(window, Qt.Key.Key_F9)  # the key does what the button says
    settle()
    assert hint(toggle) == ("Resume", "Resume the timer (F9)", "Resume the timer (F9)")
