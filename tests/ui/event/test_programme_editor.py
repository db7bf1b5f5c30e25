"""The event editor's programme tab, used by keyboard and mouse: an edit moves the day (here and on the
programme page), Alt+Down moves an item with the focus kept on it, a refusal says why and changes nothing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton, QSpinBox, QToolButton

from app.clock.clock import FakeClock
from app.day.programme import programme_items
from app.event.events import get_event
from tests.ui.conftest import find, settle
from tests.ui.modal import answer_modal
from ui.event.programme_editor import ProgrammeEditor
from ui.event.programme_table import START, TITLE_EN, TITLE_NL, WARNING

BEFORE_THE_DAY = datetime(2026, 3, 11, 7, 0, tzinfo=timezone.utc)  # 08:00 in Amsterdam


@pytest.fixture
def editor(qtbot, clocked_window, event_with_team):
    store, event_id, _team_id = event_with_team
    window, _player = clocked_window(store, FakeClock(BEFORE_THE_DAY))
    editor = ProgrammeEditor(window.event_view.workspace)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, window, store, event_id


def starts(editor) -> list[str]:
    table = editor.table
    return [table.item(row, START).text() for row in range(table.rowCount())]


def titles(editor) -> list[str]:
    return [editor.table.item(row, TITLE_NL).text() for row in range(editor.table.rowCount())]


def stored(store, event_id):
    return [(i.id, i.starts_at, i.fixed) for i in programme_items(store, event_id)], get_event(store, event_id).template_json


def type_minutes(qtbot, spin: QSpinBox, minutes: int) -> None:
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin.lineEdit(), f"{minutes}")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    settle()


def test_a_longer_morning_item_moves_the_day_in_the_editor_and_on_the_programme_page(qtbot, editor):
    editor, window, _store, _event_id = editor
    assert starts(editor)[:3] == ["09:30", "09:40", "09:45"]
    spin = find(editor, QSpinBox, "minutesSpin_1")  # the welcome, 5 minutes
    type_minutes(qtbot, spin, 15)
    after = starts(editor)
    assert after[:3] == ["09:30", "09:40", "09:55"] and after[6:9] == ["12:25", "12:30", "13:15"]  # lunch holds, and the afternoon
    assert editor.table.item(6, WARNING).text() == "Does not fit: 10 min too long before Lunch! (12:30)"
    assert editor.table.item(7, WARNING).text() == ""
    assert QApplication.focusWidget() is find(editor, QSpinBox, "minutesSpin_1")  # still where the facilitator typed
    window.event_view.go_to(("programme",))
    settle()
    rows = find(window, QListWidget, "programmeList")
    assert rows.item(2).text().startswith("09:55")
    assert rows.item(7).text() == "12:30   Lunch!   · fixed time"


def test_alt_down_moves_the_item_and_the_focus_stays_on_it(qtbot, editor):
    editor, _window, _store, _event_id = editor
    table = editor.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, TITLE_NL)).center())
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle()
    assert titles(editor)[:2] == ["Welkomstwoord Staat van de Uitvoering", "Opening door Hackathonopmaat"]
    assert starts(editor)[:3] == ["09:30", "09:35", "09:45"]  # each keeps its minutes
    assert table.currentRow() == 1 and QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert titles(editor)[0] == "Opening door Hackathonopmaat" and table.currentRow() == 0


def test_an_overlap_with_lunch_is_refused_with_what_and_where(qtbot, editor):
    editor, _window, store, event_id = editor
    before = stored(store, event_id)
    type_minutes(qtbot, find(editor, QSpinBox, "minutesSpin_2"), 200)  # the break-out rooms
    error = find(editor, QLabel, "programmeEditorError")
    assert error.isVisible()
    assert error.text().startswith("“Feedback on the first phases” would start at 15:05, not before “Lunch!” (fixed at 12:30).")
    assert stored(store, event_id) == before
    assert find(editor, QSpinBox, "minutesSpin_2").value() == 30  # what was typed goes back
    type_minutes(qtbot, find(editor, QSpinBox, "minutesSpin_4"), 60)  # phase 1: its steps take 70 minutes
    assert error.text() == ("Phase 1 “What is the problem?” would then last 60 minutes (10:30–11:30), but its steps take 70 together. "
                            "Make a step shorter (Steps tab) or give the phase more time (Programme tab); nothing was changed.")
    assert stored(store, event_id) == before


def test_a_shorter_break_inside_the_pitch_phase_says_its_time_belongs_to_the_phase(qtbot, editor):
    editor, _window, store, event_id = editor
    before = stored(store, event_id)
    assert titles(editor)[10] == "Pauze"
    type_minutes(qtbot, find(editor, QSpinBox, "minutesSpin_10"), 30)  # 15:00, inside the pitches' 14:50-15:45
    error = find(editor, QLabel, "programmeEditorError")
    assert error.isVisible()
    assert error.text() == ("The time of “Break” belongs to the window of phase 4 “Build your flip-over pitch”: the phase would then "
                            "last 40 minutes (14:50–15:30), but its steps take 55 together. Keep “Break” longer, or make a step "
                            "shorter (Steps tab); nothing was changed.")
    assert stored(store, event_id) == before
    assert find(editor, QSpinBox, "minutesSpin_10").value() == 45  # what was typed goes back


def test_remove_asks_first_and_the_lock_is_a_click(qtbot, editor):
    editor, window, store, event_id = editor
    table = editor.table
    table.setCurrentCell(1, TITLE_NL)
    answer_modal("removeItemQuestion", lambda box: qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return), [])  # No is the default
    qtbot.mouseClick(find(editor, QPushButton, "removeItemButton"), Qt.MouseButton.LeftButton)
    settle()
    assert len(titles(editor)) == 15
    asked = []
    answer_modal("removeItemQuestion", lambda box: qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space), asked)
    qtbot.mouseClick(find(editor, QPushButton, "removeItemButton"), Qt.MouseButton.LeftButton)
    settle()
    assert "Welkomstwoord Staat van de Uitvoering" in asked[0].text()
    assert "Welkomstwoord Staat van de Uitvoering" not in titles(editor) and starts(editor)[1] == "09:40"
    lock = find(editor, QToolButton, "fixedToggle_9")  # the break at 15:00
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton)
    settle()
    assert find(editor, QToolButton, "fixedToggle_9").isChecked()
    assert [i.fixed for i in programme_items(store, event_id) if i.title_nl == "Pauze"] == [True]


def test_a_new_item_after_the_chosen_one_by_keyboard(qtbot, editor):
    editor, _window, _store, _event_id = editor
    editor.table.setCurrentCell(1, TITLE_NL)  # the welcome, 09:40
    minutes = find(editor, QSpinBox, "newMinutes")
    minutes.setFocus()
    qtbot.keyClick(minutes.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(minutes.lineEdit(), "10")  # 15 would push the feedback (12:15) onto the fixed lunch
    title = find(editor, QLineEdit, "newTitleNl")
    title.setFocus()
    qtbot.keyClicks(title, "Groepsfoto")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    settle()
    assert titles(editor)[2] == "Groepsfoto" and starts(editor)[2:4] == ["09:45", "09:55"]  # the rest after it
    assert editor.table.item(2, TITLE_EN).text() == "Groepsfoto"  # no English given: the Dutch
    assert editor.table.currentRow() == 2 and QApplication.focusWidget() is editor.table
    assert title.text() == ""


def test_enter_presses_the_focused_add_button_and_the_lock(qtbot, editor):
    editor, _window, store, event_id = editor
    editor.table.setCurrentCell(1, TITLE_NL)
    title = find(editor, QLineEdit, "newTitleNl")
    title.setFocus()
    qtbot.keyClicks(title, "Foto")
    minutes = find(editor, QSpinBox, "newMinutes")
    minutes.setFocus()
    qtbot.keyClick(minutes.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(minutes.lineEdit(), "5")
    qtbot.keyClick(minutes, Qt.Key.Key_Tab)
    add = find(editor, QPushButton, "addItemButton")
    assert QApplication.focusWidget() is add
    qtbot.keyClick(add, Qt.Key.Key_Return)
    settle()
    assert titles(editor)[2] == "Foto" and QApplication.focusWidget() is editor.table
    lock = find(editor, QToolButton, "fixedToggle_11")  # the break at 15:00
    lock.setFocus()
    qtbot.keyClick(lock, Qt.Key.Key_Enter)
    settle()
    assert [i.fixed for i in programme_items(store, event_id) if i.title_nl == "Pauze"] == [True]
    for name in ("moveUpButton", "moveDownButton", "removeItemButton", "addItemButton"):
        assert find(editor, QPushButton, name).autoDefault(), name  # Enter presses each, as Space does
