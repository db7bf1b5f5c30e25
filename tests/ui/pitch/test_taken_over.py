"""A taken-over answer stays taken over until the team changes its text: leaving the field, another
part or another team saves nothing; a cleared one says so, and "Take over again" words its undo right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import find, settle, type_text
from tests.ui.pitch.conftest import click_in, press, stored

TAKEN = "Overgenomen uit de uiteindelijke selectie"


def test_typing_back_to_the_taken_over_text_and_leaving_saves_nothing(qtbot, pitch):
    window, store, team_id, page = pitch
    box = page.questions.boxes["idea"]
    click_in(qtbot, box.edit)
    type_text(qtbot, box.edit, "x")
    assert box.badge.text() == "Your own text"
    qtbot.keyClick(box.edit, Qt.Key.Key_Backspace)
    assert box.badge.text() == TAKEN and not box.take_over.isVisible()
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)  # leaving the field
    settle()
    assert "idea" not in stored(store, team_id) and box.badge.text() == TAKEN
    assert QApplication.focusWidget() is not box.edit


def test_leaving_an_untouched_taken_over_answer_for_another_part_or_team_saves_nothing(qtbot, pitch):
    window, store, team_id, page = pitch
    box = page.questions.boxes["idea"]
    click_in(qtbot, box.edit)
    page._typed("idea")  # a text change that was no typing (the text is still what was taken over)
    page.enter_part(page.tabs.count() - 1)
    page.flush_edits()
    settle()
    assert "idea" not in stored(store, team_id)
    page.enter_part(0)
    assert page.questions.boxes["idea"].badge.text() == TAKEN


def test_a_cleared_taken_over_answer_says_cleared_and_its_take_over_undo_says_what_it_does(qtbot, pitch):
    window, store, team_id, page = pitch
    box = page.questions.boxes["idea"]
    taken = box.text
    click_in(qtbot, box.edit)
    qtbot.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box.edit, Qt.Key.Key_Delete)
    assert box.badge.text() == "Cleared" and box.take_over.isVisible()
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    settle()
    assert stored(store, team_id)["idea"] == "" and box.badge.text() == "Cleared"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # back: "Take over again" sits before its field
    assert QApplication.focusWidget() is box.edit
    qtbot.keyClick(box.edit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is box.take_over
    press(qtbot, box.take_over)
    assert box.text == taken and box.badge.text() == TAKEN and QApplication.focusWidget() is box.edit
    assert find(window, QLabel, "pitchMessage").text() == "Taken over again. Undo empties the answer again."


def test_a_cleared_answer_brought_back_by_the_fields_own_undo_is_taken_over_again_not_the_teams_own(qtbot, pitch):
    window, store, team_id, page = pitch
    box = page.questions.boxes["idea"]
    taken = box.text
    click_in(qtbot, box.edit)
    qtbot.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    settle()
    assert stored(store, team_id)["idea"] == ""  # cleared: the team's own, empty
    click_in(qtbot, box.edit)
    qtbot.keyClick(box.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's own undo: the text is back
    assert box.text == taken
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    settle()
    assert "idea" not in stored(store, team_id) and box.badge.text() == TAKEN  # what it takes over, marked so
