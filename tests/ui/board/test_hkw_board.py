"""HKW questions and their themes, as a team works them by keyboard and mouse: the prefix nobody
types, an empty question refused, private on a member's laptop until the reveal, and the theme's
best question marked (button, Ctrl+B, the note's menu) and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPushButton

from app.board.best_note import best_of
from app.board.board import add_cluster, add_note, notes
from app.day.navigation import move_team
from app.event.teams import add_member
from tests.ui.conftest import find, settle, type_text


@pytest.fixture
def hkw_board(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in ("Anna de Vries", "Bram")]
    move_team(store, team_id, "hkw", staatsprint_template)
    window = open_window(store)
    settle()
    return window, store, team_id, members, window.event_view.step_page.work_area.board


def _texts(store, team_id):
    return [n.text for n in notes(store, team_id, ["hkw"])]


def test_the_prefix_is_kept_and_the_examples_show(qtbot, hkw_board):
    window, store, team_id, members, page = hkw_board
    assert find(window, QLabel, "hkwPrefix").text() == "Hoe kunnen we …"
    examples = find(window, QLabel, "workPrompts")
    assert examples.isVisible() and "gestandaardiseerd raamwerk" in examples.text()
    field = find(window, QLineEdit, "noteInput")
    for typed in ("gegevens één keer vragen?", "hoe kunnen we samen inkopen?"):
        type_text(qtbot, field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == "" and field.hasFocus()
    settle()
    assert _texts(store, team_id) == ["Hoe kunnen we gegevens één keer vragen?", "Hoe kunnen we samen inkopen?"]
    assert page.note_item(notes(store, team_id, ["hkw"])[0].id).note.author_id == members[0]


def test_an_empty_question_is_refused_with_a_message_and_nothing_changes(qtbot, hkw_board):
    window, store, team_id, _members, page = hkw_board
    field = find(window, QLineEdit, "noteInput")
    for typed in ("", "   ", "Hoe kunnen we …"):
        field.setText("")
        type_text(qtbot, field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        settle()
        assert page.error_label.isVisible()
        assert page.error_label.text() == "Type the rest of the question after “Hoe kunnen we …”; nothing was added."
        assert _texts(store, team_id) == [] and page.undo_stack.count() == 0


def test_on_a_members_laptop_only_their_own_questions_until_the_reveal(qtbot, open_window, event_with_team, staatsprint_template, prefs):
    store, _event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    add_note(store, team_id, "hkw", anna, "Hoe kunnen we Anna's vraag?", 0, 0)
    move_team(store, team_id, "hkw", staatsprint_template)
    prefs.set("identity", bram)
    window = open_window(store)
    settle()
    page = window.event_view.step_page.work_area.board
    field = find(window, QLineEdit, "noteInput")
    type_text(qtbot, field, "Brams vraag?")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert [item.note.text for item in page._notes.values()] == ["Hoe kunnen we Brams vraag?"]
    qtbot.mouseClick(find(window, QPushButton, "revealNotesButton"), Qt.MouseButton.LeftButton)
    settle()
    assert sorted(item.note.text for item in page._notes.values()) == ["Hoe kunnen we Anna's vraag?", "Hoe kunnen we Brams vraag?"]


@pytest.fixture
def themes_board(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    anna = add_member(store, team_id, "Anna")
    ids = [add_note(store, team_id, "hkw", anna, f"Hoe kunnen we {word}?", 0.0, 200.0 * n) for n, word in enumerate(("delen", "hergebruiken", "betalen"))]
    theme = add_cluster(store, team_id, "themes", "Samen delen", (-40, -60, 600, 700), ids[:2])
    move_team(store, team_id, "themes", staatsprint_template)
    window = open_window(store)
    settle()
    page = window.event_view.step_page.work_area.board
    page.fit()
    settle()
    return window, store, team_id, ids, theme, page


def _select(page, note_id):
    page.scene.clearSelection()
    page.note_item(note_id).setSelected(True)


def test_the_best_question_of_a_theme_by_button_and_keyboard_with_undo(qtbot, themes_board):
    window, store, team_id, ids, theme, page = themes_board
    button = find(window, QPushButton, "bestButton")
    assert button.isVisible() and not find(window, QPushButton, "knelpuntFromSelection").isVisible()
    _select(page, ids[1])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert best_of(store, [theme]) == {theme: ids[1]} and page.note_item(ids[1]).note.best_of_cluster
    page.view.setFocus()
    _select(page, ids[0])
    qtbot.keyClick(page.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert best_of(store, [theme]) == {theme: ids[0]}
    assert not page.note_item(ids[1]).note.best_of_cluster  # one per theme
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert best_of(store, [theme]) == {theme: ids[1]}
    _select(page, ids[1])
    qtbot.keyClick(page.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # marked already: the mark comes off
    settle()
    assert best_of(store, [theme]) == {}


def test_a_question_outside_a_theme_is_refused_with_a_message(qtbot, themes_board):
    window, store, team_id, ids, theme, page = themes_board
    _select(page, ids[2])
    qtbot.mouseClick(find(window, QPushButton, "bestButton"), Qt.MouseButton.LeftButton)
    settle()
    assert page.error_label.text() == "Only a question inside a theme can state it best: drag it into the theme first."
    assert best_of(store, [theme]) == {} and page.undo_stack.count() == 0


def test_the_notes_menu_marks_the_best_question(qtbot, themes_board):
    _window, store, _team_id, ids, theme, page = themes_board
    where = page.view.mapFromScene(page.note_item(ids[0]).sceneBoundingRect().center())

    def choose():
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.objectName() == "noteMenu" and w.isVisible())
        assert [a.text() for a in menu.actions()] == ["★ States its theme best"]
        menu.actions()[0].trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    page.view.customContextMenuRequested.emit(where)
    settle()
    assert best_of(store, [theme]) == {theme: ids[0]}


def test_a_new_question_on_the_themes_board_keeps_the_prefix(qtbot, themes_board):
    window, store, team_id, _ids, _theme, _page = themes_board
    field = find(window, QLineEdit, "noteInput")
    type_text(qtbot, field, "het samen betalen?")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert _texts(store, team_id)[-1] == "Hoe kunnen we het samen betalen?"


def test_dragging_the_best_question_out_of_its_theme_takes_the_mark_and_undo_gives_it_back(qtbot, themes_board):
    from PySide6.QtCore import QPointF

    from tests.ui.board.test_board import _drag

    _window, store, _team_id, ids, theme, page = themes_board
    _select(page, ids[0])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    settle()
    frame = page.cluster_item(theme).sceneBoundingRect()
    _drag(qtbot, page, page.note_item(ids[0]), QPointF(frame.right() + 400, frame.center().y()))
    assert page.note_item(ids[0]).note.cluster_id is None and best_of(store, [theme]) == {}
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert page.note_item(ids[0]).note.cluster_id == theme and best_of(store, [theme]) == {theme: ids[0]}


def test_back_on_the_brain_dump_the_field_has_no_prefix(qtbot, hkw_board):
    window, _store, _team_id, _members, _page = hkw_board
    window.event_view.go_to(("step", "braindump"))
    settle()
    assert not find(window, QLabel, "hkwPrefix").isVisible()
    assert find(window, QLineEdit, "noteInput").placeholderText() == "Type a thought, Enter: on the board, and type the next"
    assert not find(window, QPushButton, "bestButton").isVisible()


def test_enter_in_the_empty_field_of_the_themes_board_says_what_to_type(qtbot, themes_board):
    window, store, team_id, _ids, _theme, page = themes_board
    field = find(window, QLineEdit, "noteInput")
    field.setFocus()
    before = _texts(store, team_id)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert page.error_label.isVisible()
    assert page.error_label.text() == "Type the rest of the question after “Hoe kunnen we …”; nothing was added."
    assert _texts(store, team_id) == before and page.undo_stack.count() == 0
