"""The team's step timer as a time keeper uses it: buttons, shortcuts, colours, the end sound."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTreeWidget

from app.clock.clock import FakeClock
from app.clock.timers import Status
from tests.ui.conftest import find, settle, type_text

T0 = datetime(2026, 3, 11, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def on_braindump(clocked_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    clock = FakeClock(T0)
    window, player = clocked_window(store, clock)
    window.event_view.next()  # the team starts the day: its first step
    settle()
    panel = window.event_view.active_timer()  # the one in view (a strip above the board here)
    return window, player, clock, panel


def click(qtbot, window, name):
    qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
    settle()


def shown(panel, clock, seconds=0):
    settle()
    clock.advance(seconds)
    panel.tick()
    panel.window().event_view.watch.tick()  # the one listener for zero
    return panel.ring.text


def test_start_counts_down_and_pause_holds(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    assert panel.ring.text == "5:00" and find(window, QPushButton, "timerToggle").text() == "Start"
    click(qtbot, window, "timerToggle")
    assert shown(panel, clock, 61) == "3:59"
    assert find(window, QLabel, "timerStatus").text() == "Ends at 10:35"  # 09:30 UTC + 5 min, in Amsterdam
    click(qtbot, window, "timerToggle")
    assert find(window, QPushButton, "timerToggle").text() == "Resume"
    assert shown(panel, clock, 300) == "3:59"
    click(qtbot, window, "timerToggle")
    assert shown(panel, clock, 9) == "3:50"


def test_plus_and_minus_minutes_and_reset(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    click(qtbot, window, "timerToggle")
    click(qtbot, window, "timerPlus1")
    click(qtbot, window, "timerPlus5")
    assert shown(panel, clock) == "11:00"
    click(qtbot, window, "timerMinus1")
    assert shown(panel, clock) == "10:00"
    click(qtbot, window, "timerReset")
    assert shown(panel, clock, 30) == "5:00"
    assert panel.ring.accessibleName() == "5:00 ready"


def test_last_minute_changes_colour_and_text(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    theme = window.event_view.workspace.theme
    click(qtbot, window, "timerToggle")
    shown(panel, clock, 100)
    assert panel.ring._tone.ring == theme.primary
    shown(panel, clock, 150)
    assert panel.ring._tone.ring == theme.warning and panel.ring.accessibleName() == "0:50 last minute!"


def test_at_zero_one_sound_then_the_overrun_counts(qtbot, on_braindump):
    window, player, clock, panel = on_braindump
    click(qtbot, window, "timerToggle")
    shown(panel, clock, 299)
    assert player.plays == 0
    assert shown(panel, clock, 2) == "+0:01"
    assert player.plays == 1
    assert shown(panel, clock, 132) == "+2:13"
    assert player.plays == 1
    assert panel.ring._tone.ring == window.event_view.workspace.theme.danger
    assert "+2:13 over time" in find(window, QLabel, "timerStatus").text()


def test_muted_stays_silent(qtbot, on_braindump):
    window, player, clock, panel = on_braindump
    click(qtbot, window, "timerMute")
    assert find(window, QPushButton, "timerMute").text() == "Sound off"
    click(qtbot, window, "timerToggle")
    shown(panel, clock, 299)
    shown(panel, clock, 2)
    assert player.plays == 0


def test_reopening_an_expired_step_is_quiet(qtbot, clocked_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    clock = FakeClock(T0)
    window, player = clocked_window(store, clock)
    window.event_view.next()
    settle()
    click(qtbot, window, "timerToggle")
    window.close()
    clock.advance(900)
    again, player_again = clocked_window(store, clock)
    panel = again.event_view.active_timer()
    assert shown(panel, clock, 1) == "+10:01"
    assert player_again.plays == 0


def test_the_idea_race_runs_its_parts_in_order(qtbot, clocked_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock)
    window.event_view.go_to(("step", "idea_race"))
    window.event_view.move_team_here()
    settle()
    panel = window.event_view.active_timer()
    assert find(window, QLabel, "timerTitle").text() == "Deel 1 (1 of 3)"  # the part by its title (the template's Dutch), never cut to "Part 1 of …"
    click(qtbot, window, "timerToggle")
    shown(panel, clock, 300)
    next_part = find(window, QPushButton, "timerNextPart")
    assert next_part.isVisible() and "Tussenstand" in next_part.text()
    qtbot.mouseClick(next_part, Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "timerTitle").text() == "Tussenstand (2 of 3)"
    assert shown(panel, clock, 60) == "9:00"  # the review part started at once


def test_moving_on_stops_the_steps_timer(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    click(qtbot, window, "timerToggle")
    clock.advance(120)
    click(qtbot, window, "nextButton")
    states = window.timers.states(window.event_view.workspace.event.id, window.event_view.current_team().id)
    assert states[("braindump", "")].status(clock.now()) is Status.DONE


def _activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_space_plus_and_minus_from_the_keyboard(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    _activate(qtbot, window)
    navigator = find(window, QTreeWidget, "stepNavigator")
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Space)  # Space is the focused control's key, not the timer's
    assert shown(panel, clock, 10) == "5:00"
    qtbot.keyClick(navigator, Qt.Key.Key_Space, CTRL)
    assert shown(panel, clock, 10) == "4:50"
    qtbot.keyClick(navigator, Qt.Key.Key_Plus)
    assert shown(panel, clock) == "5:50"
    qtbot.keyClick(navigator, Qt.Key.Key_Minus)
    assert shown(panel, clock) == "4:50"
    qtbot.keyClick(navigator, Qt.Key.Key_Space, CTRL)
    assert shown(panel, clock, 100) == "4:50"  # paused


def test_a_text_field_keeps_its_keys_and_ctrl_space_still_starts_the_timer(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    _activate(qtbot, window)
    editor = QPlainTextEdit()  # stands in for the note editor of the board
    editor.setObjectName("noteEditor")
    window.event_view.step_page.layout().addWidget(editor)
    type_text(qtbot, editor, "hoofd leeg")
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Plus)
    qtbot.keyClick(editor, Qt.Key.Key_Minus)
    assert editor.toPlainText() == "hoofd leeg +-"
    assert shown(panel, clock, 30) == "5:00"
    assert window.timers.states(window.event_view.workspace.event.id, window.event_view.current_team().id) == {}
    qtbot.keyClick(editor, Qt.Key.Key_Space, CTRL)
    assert editor.toPlainText() == "hoofd leeg +-" and editor.hasFocus()
    assert shown(panel, clock, 30) == "4:30"


def test_the_shortcuts_are_listed_in_the_timer_menu_and_said_on_screen(qtbot, on_braindump):
    window, _player, _clock, _panel = on_braindump
    assert window.findChild(QAction, "timerToggleAction").shortcut().toString() == "Ctrl+Space"
    assert window.findChild(QAction, "timerPlusAction").shortcut().toString() == "+"
    assert window.findChild(QAction, "timerMinusAction").shortcut().toString() == "-"
    assert find(window, QLabel, "timerStatus").text().endswith("Ctrl+Space starts the timer.")  # the slim strip leaves out the minutes it shows


def test_the_sound_comes_at_zero_while_another_step_is_read(qtbot, on_braindump):
    window, player, clock, panel = on_braindump
    click(qtbot, window, "timerToggle")
    window.event_view.watch.tick()
    window.event_view.go_to(("step", "pitch"))  # reading ahead
    assert panel.ring.text.endswith("5:00") or panel.target.step_key == "braindump"
    clock.advance(301)
    window.event_view.watch.tick()
    assert player.plays == 1


def test_the_panel_times_the_teams_step_while_another_is_read(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    window.event_view.go_to(("step", "clustering"))
    settle()
    assert panel.target.step_key == "braindump"
    click(qtbot, window, "timerToggle")
    states = window.timers.states(window.event_view.workspace.event.id, window.event_view.current_team().id)
    assert set(states) == {("braindump", "")}


def test_space_on_a_focused_button_presses_it(qtbot, on_braindump):
    window, _player, clock, panel = on_braindump
    _activate(qtbot, window)
    mute = find(window, QPushButton, "timerMute")
    mute.setFocus()
    qtbot.keyClick(mute, Qt.Key.Key_Space)
    qtbot.wait(200)  # animateClick
    assert window.event_view.workspace.alarm.muted
    assert shown(panel, clock, 5) == "5:00"  # and the timer was left alone
