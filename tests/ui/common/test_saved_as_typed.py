"""Saved as typed: a note edited in place and a knelpunt's answers are written after a short pause,
and a change from elsewhere (a refresh from the feed, the team moving on) keeps the text and the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.board.board import add_note, notes, notes_by_id
from app.day.navigation import move_team
from app.event.teams import add_member
from app.outcomes.knelpunten import add_knelpunt, knelpunten
from tests.ui.conftest import find, settle, type_text


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _note_text(store, note_id: int) -> str:
    return notes_by_id(store, [note_id])[0].text


def test_a_note_edited_in_place_is_saved_while_typing_and_undone_in_one_step(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    author = add_member(store, team_id, "Noëlle Hendriks")
    window = open_window(store)
    window.event_view.next()  # the brain dump opens on the board
    settle()
    _active(qtbot, window)
    page = window.event_view.step_page.work_area.board
    field = find(window, QLineEdit, "noteInput")
    type_text(qtbot, field, "Eerste gedachte")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    (note,) = notes(store, team_id, ["braindump"])
    item = page.note_item(note.id)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.mapFromScene(item.sceneBoundingRect().center()))
    assert item.editing
    qtbot.keyClicks(page.view, "Nieuw")  # replaces the selected text, as typing does
    qtbot.waitUntil(lambda: _note_text(store, note.id) == "Nieuw")  # saved after a pause, still editing
    assert item.editing
    # From elsewhere, while the hand types: another laptop adds a note, the team moves on.
    add_note(store, team_id, "braindump", author, "Van een andere laptop", 400, 400)
    move_team(store, team_id, "clustering", staatsprint_template)
    settle()
    qtbot.keyClicks(page.view, " en meer")
    assert window.event_view.place == ("step", "braindump")  # the typing hand was not taken elsewhere
    assert item.editing and item._editor.toPlainText() == "Nieuw en meer"
    assert QApplication.focusWidget() is page.view and page.scene.focusItem() is item._editor
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    settle()
    assert not item.editing and _note_text(store, note.id) == "Nieuw en meer"
    page.undo_stack.undo()  # the whole editing session is one step
    settle()
    assert _note_text(store, note.id) == "Eerste gedachte"
    assert page.undo_stack.canUndo()  # what is left is the note's own making


def test_escape_brings_back_the_text_from_before_the_edit(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    window = open_window(store)
    window.event_view.next()
    settle()
    _active(qtbot, window)
    page = window.event_view.step_page.work_area.board
    field = find(window, QLineEdit, "noteInput")
    type_text(qtbot, field, "Blijft zo")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    (note,) = notes(store, team_id, ["braindump"])
    item = page.note_item(note.id)
    item.start_editing()
    qtbot.keyClicks(page.view, "Even anders")
    qtbot.waitUntil(lambda: _note_text(store, note.id) == "Even anders")
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    settle()
    assert not item.editing and _note_text(store, note.id) == "Blijft zo"


def test_a_knelpunt_answer_is_saved_while_typing_and_kept_through_a_refresh(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    first = add_knelpunt(store, team_id, "Inkoop")
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    _active(qtbot, window)
    who = find(window, QPlainTextEdit, "knelpunt_who")
    type_text(qtbot, who, "Inwoners")
    qtbot.waitUntil(lambda: knelpunten(store, team_id)[0].answers.get("who") == "Inwoners")
    assert who.hasFocus()
    # From elsewhere: another knelpunt is added (the list reloads), the team moves on.
    add_knelpunt(store, team_id, "Data in kokers")
    move_team(store, team_id, "dot_vote", staatsprint_template)
    settle()
    type_text(qtbot, who, " én ambtenaren")
    assert window.event_view.place == ("step", "knelpunten")
    assert who.hasFocus() and who.toPlainText() == "Inwoners én ambtenaren"
    qtbot.waitUntil(lambda: knelpunten(store, team_id)[0].answers.get("who") == "Inwoners én ambtenaren")
    assert knelpunten(store, team_id)[0].id == first


def test_a_knelpunt_answer_typed_just_before_closing_is_kept(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    add_knelpunt(store, team_id, "Inkoop")
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    _active(qtbot, window)
    type_text(qtbot, find(window, QPlainTextEdit, "knelpunt_why"), "Tijdverlies")
    window.close()  # before the pause is over
    assert knelpunten(store, team_id)[0].answers == {"why": "Tijdverlies"}


def test_a_knelpunt_title_being_retyped_keeps_the_old_one_meanwhile(qtbot, open_window, event_with_team, staatsprint_template):
    from PySide6.QtWidgets import QLabel

    store, _event_id, team_id = event_with_team
    add_knelpunt(store, team_id, "Inkoop")
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    _active(qtbot, window)
    title = find(window, QLineEdit, "knelpuntTitle")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    window.event_view.step_page.work_area.surface("knelpunten").flush_edits()  # the pause is over, the field still empty
    assert knelpunten(store, team_id)[0].title == "Inkoop" and find(window, QLabel, "knelpuntError").isHidden()
    type_text(qtbot, title, "Inkoop per gemeente")
    qtbot.waitUntil(lambda: knelpunten(store, team_id)[0].title == "Inkoop per gemeente")


def test_an_edit_the_app_refuses_keeps_the_editor_open_and_changes_nothing(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    author = add_member(store, team_id, "Noëlle Hendriks")
    note_id = add_note(store, team_id, "braindump", author, "Oud", 0, 0)
    window = open_window(store)
    window.event_view.next()
    settle()
    _active(qtbot, window)
    page = window.event_view.step_page.work_area.board
    item = page.note_item(note_id)
    steps = page.undo_stack.count()
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.mapFromScene(item.sceneBoundingRect().center()))
    item._editor.setPlainText("Nieuw\x01tekst")  # a control character (pasted), which the app refuses
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    settle()
    assert item.editing and item._editor.toPlainText() == "Nieuw\x01tekst"  # nothing typed is thrown away
    assert item._editor.toolTip() and "\x01" not in item._editor.toolTip()  # says why, in words
    assert item.note.text == "Oud" == _note_text(store, note_id) and page.undo_stack.count() == steps
