"""The conflict as the later writer meets it: the dialog by keyboard, and the board's note edit
meeting another laptop's (two stores on one database), keep mine / take theirs / both, undo refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.board.board import notes
from app.storage.database import open_store
from app.sync.note_edits import edit_note_text
from app.sync.versions import EditConflict
from tests.ui.conftest import event_with_team, open_window, prefs, settle  # noqa: F401 (the windows' fixtures)
from tests.ui.modal import answer_modal
from ui.sync import conflict_dialog
from ui.sync.conflict_dialog import BOTH, MINE, THEIRS, ConflictDialog


def _conflict(what="note", mine="Van mij", theirs="Van de ander"):
    return EditConflict("note", 7, "text", mine, theirs, "Eerst", 3, what)


def _press(qtbot, keys, seen):
    def act(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        for key, modifier in keys:
            qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)
        try:  # a mnemonic clicks its button animated: a moment later
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
        finally:
            if dialog.isVisible():  # the keys chose nothing: close it, so the test fails instead of hanging
                dialog.done(-1)
    answer_modal("conflictDialog", act, seen)


@pytest.mark.parametrize(("keys", "choice"), [
    ([(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)], BOTH),  # the default for a note loses nothing
    ([(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)], THEIRS),
    ([(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)], MINE),
    ([(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)], None),
])
def test_the_dialog_is_answered_by_keys(qtbot, keys, choice):
    seen = []
    _press(qtbot, keys, seen)
    assert conflict_dialog.ask(_conflict()) == choice
    dialog = seen[0]
    assert dialog.theirs_box.toPlainText() == "Van de ander" and dialog.mine_box.toPlainText() == "Van mij"
    assert dialog.theirs_box.accessibleName() and dialog.mine_box.isReadOnly()


def test_an_answer_offers_no_both_and_defaults_to_mine(qtbot):
    seen = []
    _press(qtbot, [(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)], seen)
    assert conflict_dialog.ask(_conflict("answer")) == MINE
    assert seen[0].both_button is None


def test_tab_reaches_every_choice(qtbot):
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    reached = set()
    for _ in range(8):
        widget = QApplication.focusWidget()
        reached.add(widget.objectName() if widget is not None else "")
        qtbot.keyClick(widget or dialog, Qt.Key.Key_Tab)
    assert {"conflictTheirs", "conflictMine", "conflictTakeTheirs", "conflictKeepBoth", "conflictKeepMine"} <= reached


@pytest.fixture
def two_laptops(qtbot, open_window, event_with_team):  # noqa: F811 (the fixtures imported above)
    """Laptop A: a window on the board with one note; laptop B: another store on the same database."""
    store, _event_id, team_id = event_with_team
    window = open_window(store)
    window.resize(1366, 768)
    window.event_view.next()
    settle()
    page = window.event_view.step_page.work_area.board
    page.note_input.setText("Eerste idee")
    page.add_typed_note()
    settle()
    (note,) = notes(store, team_id, ["braindump"])
    other = open_store(str(store.engine.url))
    yield window, page, store, other, team_id, note.id
    other.engine.dispose()


def _edit_on_a(qtbot, page, note_id, text):
    item = page.note_item(note_id)
    item.start_editing()
    item._editor.setPlainText(text)
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Return)  # Enter ends the session (the editor has focus)
    if item.editing:
        item.finish_editing()
    settle()


def _texts(store, team_id):
    return sorted(n.text for n in notes(store, team_id, ["braindump"]))


@pytest.mark.parametrize(("key", "expected", "on_the_note"), [
    (Qt.Key.Key_M, ["Van A"], "Van A"),
    (Qt.Key.Key_T, ["Van B"], "Van B"),
    (Qt.Key.Key_B, ["Van A", "Van B"], "Van B"),  # theirs stays on the note, mine beside it
])
def test_a_note_edited_on_both_laptops_asks_the_later_writer(qtbot, two_laptops, key, expected, on_the_note):
    _window, page, store, other, team_id, note_id = two_laptops
    page.note_item(note_id).start_editing()
    edit_note_text(other, note_id, "Eerste idee", "Van B")  # laptop B, while A is typing
    seen = []
    _press(qtbot, [(key, Qt.KeyboardModifier.AltModifier)], seen)
    item = page.note_item(note_id)
    item._editor.setPlainText("Van A")
    item.finish_editing()
    settle()
    assert seen and seen[0].theirs_box.toPlainText() == "Van B" and seen[0].mine_box.toPlainText() == "Van A"
    assert _texts(store, team_id) == expected
    qtbot.waitUntil(lambda: page.note_item(note_id).note.text == on_the_note)
    assert len(page._layer.items) == len(expected)


def test_undo_of_a_note_changed_since_on_another_laptop_is_refused(qtbot, two_laptops):
    _window, page, store, other, team_id, note_id = two_laptops
    item = page.note_item(note_id)
    item.start_editing()
    item._editor.setPlainText("Van A")
    item.finish_editing()
    settle()
    edit_note_text(other, note_id, "Van A", "Van B")
    page.undo_stack.undo()
    settle()
    assert _texts(store, team_id) == ["Van B"]
    assert page.error_label.isVisible() and "another laptop" in page.error_label.text()
    page.undo_stack.undo()  # the step before (the note typed) still undoes: the stack stays usable
    settle()
    assert _texts(store, team_id) == []


def test_undo_redo_of_an_own_edit_still_works(qtbot, two_laptops):
    _window, page, store, _other, team_id, note_id = two_laptops
    item = page.note_item(note_id)
    item.start_editing()
    item._editor.setPlainText("Van A")
    item.finish_editing()
    settle()
    page.undo_stack.undo()
    settle()
    assert _texts(store, team_id) == ["Eerste idee"]
    page.undo_stack.redo()
    settle()
    assert _texts(store, team_id) == ["Van A"]


def test_undo_of_a_move_is_refused_once_another_laptop_changed_the_note(qtbot, two_laptops):
    from app.board.board import move_notes

    from ui.board import board_commands as commands

    _window, page, store, other, team_id, note_id = two_laptops
    (note,) = notes(store, team_id, ["braindump"])
    page._push(commands.MoveNotes(store, {note_id: (note.x, note.y)}, {note_id: (note.x + 200, note.y)}))
    settle()
    move_notes(other, {note_id: (5.0, 5.0)})  # laptop B moves it on
    page.undo_stack.undo()
    settle()
    ((x, y),) = [(n.x, n.y) for n in notes(store, team_id, ["braindump"])]
    assert (x, y) == (5.0, 5.0) and "another laptop" in page.error_label.text()
