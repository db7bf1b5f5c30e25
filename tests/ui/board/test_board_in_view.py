"""The board stays in view: fitted once the page has its size, refitted when the view or the
board grows, and a note the scribe types is seen landing, also when it lands past the edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.board import board
from tests.ui.board.test_board_scale import big_board  # noqa: F401 - the fixture: 60 notes in rows of ten
from tests.ui.conftest import settle, type_text


def seen(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_the_fitted_board_shows_all_of_it_after_the_page_is_laid_out_and_resized(qtbot, big_board):  # noqa: F811
    window, _store, _team_id, _authors, page = big_board
    assert seen(page.view).contains(page.scene.sceneRect())
    window.resize(1000, 640)
    settle()
    assert seen(page.view).contains(page.scene.sceneRect())  # fitted again, not cut off


def test_a_typed_note_landing_past_the_notes_is_brought_into_view_without_a_new_zoom(qtbot, big_board):  # noqa: F811
    _window, store, team_id, _authors, page = big_board
    before, scale = page.scene.held, page.view.transform().m11()
    page.note_input.setFocus()
    type_text(qtbot, page.note_input, "Onder de rest")
    qtbot.keyClick(page.note_input, Qt.Key.Key_Return)
    settle()
    made = next(n for n in board.notes(store, team_id, ["braindump"]) if n.text == "Onder de rest")
    item = page.note_item(made.id)
    assert not before.contains(item.sceneBoundingRect())  # it did land past the notes (a row below)
    assert seen(page.view).contains(item.sceneBoundingRect())
    assert page.view.transform().m11() == scale  # scrolled to it at most, not zoomed out


def test_zoomed_in_by_hand_the_view_goes_to_the_typed_note(qtbot, big_board):  # noqa: F811
    _window, store, team_id, _authors, page = big_board
    for _ in range(8):
        page.view.zoom(1.15)
    page.view.centerOn(0, 0)
    page.note_input.setFocus()
    type_text(qtbot, page.note_input, "Ver weg")
    qtbot.keyClick(page.note_input, Qt.Key.Key_Return)
    settle()
    made = next(n for n in board.notes(store, team_id, ["braindump"]) if n.text == "Ver weg")
    assert seen(page.view).contains(page.note_item(made.id).sceneBoundingRect())
    assert page.view.transform().m11() > 1.0  # the zoom chosen by hand is kept


def drag(view, item, to):
    """A real mouse drag of ``item`` to the view position ``to`` (press, moves, release)."""
    from PySide6.QtTest import QTest

    start = view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(view.viewport(), start + (to - start) * step / 10)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to)
    settle()


def test_a_note_let_go_of_past_the_view_lands_at_its_edge_and_nothing_shifts(qtbot, big_board):  # noqa: F811
    from PySide6.QtCore import QPoint

    _window, store, team_id, _authors, page = big_board
    notes = board.notes(store, team_id, ["braindump"])
    moved, other = page.note_item(notes[5].id), page.note_item(notes[0].id)
    where, scale = page.view.mapFromScene(other.pos()), page.view.transform().m11()
    viewport = page.view.viewport().rect()
    drag(page.view, moved, QPoint(viewport.right() + 300, viewport.center().y()))  # the hand leaves the board
    stored = next(n for n in board.notes(store, team_id, ["braindump"]) if n.id == notes[5].id)
    assert seen(page.view).contains(page.note_item(stored.id).sceneBoundingRect())
    assert (stored.x, stored.y) == (moved.x(), moved.y()) != (notes[5].x, notes[5].y)
    assert page.view.mapFromScene(other.pos()) == where and page.view.transform().m11() == scale


def test_a_cluster_made_elsewhere_shifts_nothing_in_view(qtbot, big_board):  # noqa: F811
    _window, store, team_id, _authors, page = big_board
    other = page.note_item(board.notes(store, team_id, ["braindump"])[0].id)
    where, scale = page.view.mapFromScene(other.pos()), page.view.transform().m11()
    board.add_cluster(store, team_id, "clustering", "Geld", (0.0, 1000.0, 400.0, 300.0))  # the board reloads
    settle()
    assert page.view.mapFromScene(other.pos()) == where and page.view.transform().m11() == scale


def test_choosing_who_writes_by_mouse_puts_the_typing_hand_in_the_note_field(qtbot, big_board):  # noqa: F811
    from PySide6.QtWidgets import QPushButton

    _window, store, team_id, (_anna, bram), page = big_board
    button = page.findChild(QPushButton, f"author_{bram}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.note_input.hasFocus()
    type_text(qtbot, page.note_input, "Bram schrijft")
    qtbot.keyClick(page.note_input, Qt.Key.Key_Return)
    settle()
    assert any(n.text == "Bram schrijft" and n.author_id == bram for n in board.notes(store, team_id, ["braindump"]))


def test_fit_twice_gives_the_same_view_centred_on_the_notes(qtbot, big_board):  # noqa: F811
    _window, _store, _team_id, _authors, page = big_board
    page.view.zoom(1.15)
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    first = (page.view.transform().m11(), page.view.mapFromScene(page.scene.held.center()))
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert (page.view.transform().m11(), page.view.mapFromScene(page.scene.held.center())) == first
    centre = page.view.viewport().rect().center()
    assert abs(first[1].x() - centre.x()) <= 2 and abs(first[1].y() - centre.y()) <= 2


def test_a_note_placed_past_what_is_in_view_brings_scroll_bars_not_a_new_zoom(qtbot, big_board):  # noqa: F811
    _window, store, team_id, _authors, page = big_board
    scale = page.view.transform().m11()
    board.add_note(store, team_id, "braindump", None, "Ver buiten beeld", 6000.0, 6000.0)  # e.g. a cluster gathered its notes there
    settle()
    assert page.view.transform().m11() == scale
    assert page.scene.sceneRect().contains(page.note_item(max(page._notes)).sceneBoundingRect())


def test_a_click_on_a_board_tool_leaves_the_focus_in_the_note_field(qtbot, big_board):  # noqa: F811
    _window, _store, _team_id, _authors, page = big_board
    page.note_input.setFocus()
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.note_input.hasFocus()


def test_typing_on_the_board_starts_a_note_in_the_note_field(qtbot, big_board):  # noqa: F811
    _window, store, team_id, _authors, page = big_board
    page.view.setFocus()
    qtbot.keyClick(page.view, "N")
    assert page.note_input.hasFocus()
    type_text(qtbot, page.note_input, "a slepen")  # the keys that follow go where the focus now is
    assert page.note_input.text() == "Na slepen"
    qtbot.keyClick(page.note_input, Qt.Key.Key_Return)
    settle()
    assert any(n.text == "Na slepen" for n in board.notes(store, team_id, ["braindump"]))


def test_ctrl_plus_zooms_in_too(qtbot, big_board):  # noqa: F811
    _window, _store, _team_id, _authors, page = big_board
    scale = page.view.transform().m11()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.transform().m11() > scale


def test_the_board_opens_as_fitted_as_the_fit_button_makes_it(qtbot, big_board):  # noqa: F811
    _window, _store, _team_id, _authors, page = big_board
    opened = page.view.transform().m11()
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.view.transform().m11() == pytest.approx(opened, rel=1e-6)


def test_a_board_fitted_further_out_than_the_zoom_range_can_still_be_zoomed_in(qtbot, big_board):  # noqa: F811
    _window, _store, _team_id, _authors, page = big_board
    page.view.resetTransform()
    page.view.scale(0.05, 0.05)  # as a fitted board of thousands of notes opens
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.view.transform().m11() > 0.05
    qtbot.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.transform().m11() == pytest.approx(0.05 * 1.15)  # no further out than it was fitted
