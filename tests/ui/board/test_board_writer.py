"""The board's member bar shows who is writing: the chosen writer is filled, not merely focused."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.board.board import notes
from app.day.navigation import move_team
from app.event.teams import add_member
from tests.ui.conftest import find, settle, type_text
from ui.common.theme import LIGHT, stylesheet


def fill(button: QPushButton) -> str:
    return button.grab().toImage().pixelColor(button.rect().center() + QPoint(0, 8)).name().upper()


def test_the_writer_is_shown_chosen_at_start_and_after_a_click(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    noelle, emre = (add_member(store, team_id, name) for name in ("Noëlle Hendriks", "Emre Yılmaz"))
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(LIGHT))
    try:
        window = open_window(store)
        window.event_view.next()  # the team starts: its brain dump opens on the board
        settle()
        first, second = find(window, QPushButton, f"author_{noelle}"), find(window, QPushButton, f"author_{emre}")
        assert first.isChecked() and fill(first) == LIGHT.primary  # at start: the first member writes, and it shows
        assert fill(second) == LIGHT.surface
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
        settle()
        first.setFocus(Qt.FocusReason.TabFocusReason)  # focused, not chosen: only its ring
        settle()
        assert second.isChecked() and fill(second) == LIGHT.primary
        assert fill(first) == LIGHT.surface
        field = window.event_view.step_page.work_area.board.note_input
        type_text(qtbot, field, "Bestek veroudert")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert [n.author_id for n in notes(store, team_id, ["braindump"])] == [emre]
    finally:
        app.setStyleSheet("")


def test_a_members_laptop_shows_that_member_chosen_as_the_writer(qtbot, open_window, event_with_team, staatsprint_template, prefs):
    store, _event_id, team_id = event_with_team
    _anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    move_team(store, team_id, "braindump", staatsprint_template)
    prefs.set("identity", bram)
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(LIGHT))
    try:
        window = open_window(store)
        settle()
        writers = [b for b in window.findChildren(QPushButton) if b.objectName().startswith("author_") and b.isVisible()]
        assert [b.objectName() for b in writers] == [f"author_{bram}"]  # only this laptop's member writes here
        assert writers[0].isChecked() and fill(writers[0]) == LIGHT.primary
    finally:
        app.setStyleSheet("")
