"""The board stays in view: fitted once the page has its size, refitted when the view or the
board grows, and a note the scribe types is seen landing, also when it lands past the edge."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import board
from tests.ui.conftest import settle, type_text
from tests.ui.test_board_scale import big_board  # noqa: F401 - the fixture: 60 notes in rows of ten


def seen(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_the_fitted_board_shows_all_of_it_after_the_page_is_laid_out_and_resized(qtbot, big_board):  # noqa: F811
    window, _store, _team_id, _authors, page = big_board
    assert seen(page.view).contains(page.scene.sceneRect())
    window.resize(1000, 640)
    settle()
    assert seen(page.view).contains(page.scene.sceneRect())  # fitted again, not cut off


def test_a_typed_note_landing_past_the_fitted_edge_is_brought_into_view(qtbot, big_board):  # noqa: F811
    _window, store, team_id, _authors, page = big_board
    before = page.scene.sceneRect()
    page.note_input.setFocus()
    type_text(qtbot, page.note_input, "Onder de rest")
    qtbot.keyClick(page.note_input, Qt.Key.Key_Return)
    settle()
    made = next(n for n in board.notes(store, team_id, ["braindump"]) if n.text == "Onder de rest")
    item = page.note_item(made.id)
    assert not before.contains(item.sceneBoundingRect())  # it did land past the old edge (a row below)
    assert seen(page.view).contains(item.sceneBoundingRect())


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
