"""A selection acted on while one of its notes was removed on another laptop: the board says so,
nothing changes, and the refused action does not enter the undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.board.board import add_note, delete_notes, notes
from app.event.teams import add_member
from app.storage.database import open_store
from tests.ui.conftest import settle


def test_colouring_a_selection_with_a_note_removed_elsewhere_is_refused_whole(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    anna = add_member(store, team_id, "Anna")
    window = open_window(store)
    window.event_view.next()  # the brain dump opens on the board
    settle()
    page = window.event_view.step_page.work_area.board
    ids = [add_note(store, team_id, "braindump", anna, text, 200.0 * index, 0) for index, text in enumerate(("een", "twee", "drie"))]
    settle()
    elsewhere = open_store(str(store.engine.url))  # another laptop: this window does not hear its changes
    delete_notes(elsewhere, [ids[1]])
    elsewhere.engine.dispose()
    before = notes(store, team_id, ["braindump"])
    for note_id in ids:
        page.note_item(note_id).setSelected(True)
    page.colour_selected("green")  # what the colour menu's choice does
    settle()
    assert page.error_label.text() == "A note of this action no longer exists (removed on another laptop?); nothing was changed."
    assert notes(store, team_id, ["braindump"]) == before and page.undo_stack.count() == 0


def test_deleting_a_selection_with_a_note_removed_elsewhere_leaves_no_empty_undo_step(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    anna = add_member(store, team_id, "Anna")
    window = open_window(store)
    window.event_view.next()
    settle()
    page = window.event_view.step_page.work_area.board
    ids = [add_note(store, team_id, "braindump", anna, text, 200.0 * index, 0) for index, text in enumerate(("een", "twee"))]
    settle()
    elsewhere = open_store(str(store.engine.url))
    delete_notes(elsewhere, [ids[0]])
    elsewhere.engine.dispose()
    before = notes(store, team_id, ["braindump"])
    for note_id in ids:
        page.note_item(note_id).setSelected(True)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle()
    assert "no longer exists" in page.error_label.text()
    assert notes(store, team_id, ["braindump"]) == before
    assert page.undo_stack.count() == 0  # not an empty "delete" step that the next Ctrl+Z would spend
