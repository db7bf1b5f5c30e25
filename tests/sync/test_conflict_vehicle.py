"""The vehicle canvas's answers (notes in its zones) typed on laptop A while laptop B changed the same
answer (two stores on one database, both engines): leaving the answer asks, by keyboard — keep mine,
take theirs, or keep both (mine as a second answer in the zone)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.board.board import add_note, edit_note, notes, notes_by_id
from app.day.navigation import move_team
from app.event.events import create_event, event_template, get_event
from app.event.teams import add_team
from app.paths import template_path
from app.storage.database import open_store
from tests.sync.test_conflict_dialog import _press
from tests.sync.test_conflict_pitch import ALT, NONE
from tests.ui.conftest import open_window, prefs, settle, type_text  # noqa: F401 (the windows' fixtures)
from ui.storage.outbox_write import install

THEIRS_TEXT = "De wethouder (van laptop B)"


@pytest.mark.parametrize(("key", "modifier", "texts"), [
    (Qt.Key.Key_M, ALT, ["De CIO en de wethouder"]),
    (Qt.Key.Key_T, ALT, [THEIRS_TEXT]),
    (Qt.Key.Key_Return, NONE, [THEIRS_TEXT, "De CIO en de wethouder"]),  # a note's default loses nothing: both
])
def test_the_later_writer_of_a_vehicle_answer_chooses(qtbot, open_window, store, db_url, tmp_path, key, modifier, texts):  # noqa: F811
    install(store, tmp_path)  # a shared event's outbox file in the test's folder (SQLite: none)
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    move_team(store, team_id, "vehicle", event_template(get_event(store, event_id)))
    first = add_note(store, team_id, "vehicle", None, "De CIO", 0, 0, zone_key="driver")
    window = open_window(store)
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit = window.event_view.step_page.work_area.surface("vehicle").panel.rows[first].edit
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    type_text(qtbot, edit, " en de wethouder")
    other = open_store(db_url)
    edit_note(other, first, THEIRS_TEXT)  # laptop B, meanwhile
    seen = []
    _press(qtbot, [(key, modifier)], seen)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the answer ends the edit (and saves what is typed)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    assert seen[0].theirs_box.toPlainText() == THEIRS_TEXT and seen[0].mine_box.toPlainText() == "De CIO en de wethouder"
    assert sorted(n.text for n in notes(store, team_id, ["vehicle"])) == sorted(texts)
    assert notes_by_id(store, [first])[0].text == texts[0]
    assert all(n.zone_key == "driver" for n in notes(store, team_id, ["vehicle"]))  # kept both: in the same zone
    other.engine.dispose()
