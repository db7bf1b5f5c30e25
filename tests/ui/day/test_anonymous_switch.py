"""The team makes a step anonymous while preparing it: a checkbox in the step page's footer, on the
board and on the instructions alike, by mouse and by keyboard; once the step has started it is
fixed and says why."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from app.clock.clock import FakeClock
from app.clock.timers import TimerKey, Timers
from app.day.navigation import move_team
from app.day.privacy import is_anonymous
from app.event.teams import add_member
from tests.ui.conftest import find, settle
from ui.common.theme import LIGHT, stylesheet

NOW = datetime(2026, 3, 11, 9, 30, tzinfo=timezone.utc)


def _board_switch(window) -> QCheckBox:
    switch = window.event_view.step_page.anonymous.box
    assert switch.isVisible() and switch.objectName() == "anonymousSwitch"
    return switch


def test_before_the_start_a_click_and_the_space_bar_switch_it(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    add_member(store, team_id, "Anna")
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    switch = _board_switch(window)
    assert switch.isEnabled() and not switch.isChecked() and "before the step starts" in switch.toolTip()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    settle()
    assert switch.isChecked() and is_anonymous(store, staatsprint_template, event_id, team_id, "braindump")
    switch.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(switch, Qt.Key.Key_Space)
    settle()
    assert not switch.isChecked() and not is_anonymous(store, staatsprint_template, event_id, team_id, "braindump")


def test_the_switch_is_reached_with_the_keyboard_between_back_and_next(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    switch = _board_switch(window)
    following = window.event_view.step_page.next_button
    following.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(following, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert switch.hasFocus()
    qtbot.keyClick(switch, Qt.Key.Key_Tab)
    assert following.hasFocus()


def test_once_the_step_has_started_it_is_disabled_and_says_why(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    Timers(store, FakeClock(NOW)).apply(TimerKey(event_id, team_id, "braindump"), 300, "start")
    settle()
    switch = _board_switch(window)
    assert not switch.isEnabled() and "has started" in switch.toolTip()
    assert find(window, QLabel, "anonymousReason").isVisible()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)  # a disabled box: nothing happens
    settle()
    assert not switch.isChecked() and not is_anonymous(store, staatsprint_template, event_id, team_id, "braindump")


def test_a_switch_the_app_refuses_says_why_and_changes_nothing(qtbot, open_window, event_with_team, staatsprint_template):
    """Started on another laptop a moment ago, before this window heard of it: the click is refused."""
    store, event_id, team_id = event_with_team
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    switch = _board_switch(window)
    window.event_view._ws.bridge.blockSignals(True)  # the change feed has not reached this window yet
    Timers(store, FakeClock(NOW)).apply(TimerKey(event_id, team_id, "braindump"), 300, "start")
    window.event_view._ws.bridge.blockSignals(False)
    assert switch.isEnabled()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    error = find(window, QLabel, "anonymousError")
    assert error.isVisible() and "can no longer be changed" in error.text()
    assert not switch.isChecked() and not switch.isEnabled()
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "braindump")


def test_a_step_without_a_work_surface_is_switched_on_its_page(qtbot, open_window, event_with_team, staatsprint_template):
    """The race and the idea vote are switchable like any step: the team prepares them ahead."""
    store, event_id, team_id = event_with_team
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    for key in ("idea_race", "idea_vote"):
        window.event_view.go_to(("step", key))
        settle()
        switch = find(window, QCheckBox, "anonymousSwitch")
        switch.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(switch, Qt.Key.Key_Space)
        settle()
        assert is_anonymous(store, staatsprint_template, event_id, team_id, key)


def test_a_step_without_authors_has_no_switch(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    window.event_view.go_to(("step", "problem_statement"))
    settle()
    assert not any(box.isVisible() for box in window.findChildren(QCheckBox, "anonymousSwitch"))


def test_the_first_note_written_fixes_it(qtbot, open_window, event_with_team, staatsprint_template):
    """Written without the timer: the step has started all the same (authors already seen)."""
    store, event_id, team_id = event_with_team
    add_member(store, team_id, "Anna")
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    switch = _board_switch(window)
    board = window.event_view.step_page.work_area.board
    board.note_input.setFocus()
    qtbot.keyClicks(board.note_input, "Formulieren")
    qtbot.keyClick(board.note_input, Qt.Key.Key_Return)
    settle()
    assert not switch.isEnabled() and find(window, QLabel, "anonymousReason").isVisible()


def test_the_focused_switch_shows_the_focus_ring(qtbot, open_window, event_with_team, staatsprint_template):
    """Reached by Tab, the keyboard user sees where they are (the theme's focus colour around it)."""
    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "braindump", staatsprint_template)
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(LIGHT))
    try:
        window = open_window(store)
        settle()
        switch = _board_switch(window)
        following = window.event_view.step_page.next_button
        following.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(following, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        settle()
        assert switch.hasFocus()
        edge = switch.grab().toImage().pixelColor(switch.rect().center().x(), 0).name().upper()
        assert edge == LIGHT.focus.upper()
    finally:
        app.setStyleSheet("")
