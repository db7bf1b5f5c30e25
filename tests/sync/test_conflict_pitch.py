"""The pitch page as the later writer meets another laptop's change to the same answer (two stores on
one database, on both engines): asked by keyboard, keep mine / take theirs / Escape (typed text kept,
unsaved, the reason shown; the next save asks again); "Take over again" and its undo never overwrite."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from app.day.navigation import move_team
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from app.pitch.answers import save_pitch_answer
from app.storage.database import open_store
from tests.demo_pitch import HALFWAY, demo_team, untyped
from tests.sync.test_conflict_dialog import _press
from tests.ui.conftest import find, open_window, prefs, settle, type_text  # noqa: F401 (the windows' fixtures)
from tests.ui.pitch.conftest import click_in, open_pitch, stored
from ui.board.board_commands import push
from ui.pitch.pitch_commands import TakeOverAgain
from ui.storage.outbox_write import install

MINE_TEXT, THEIRS_TEXT = "Ons eigen idee", "Het idee van de andere laptop"
ALT, NONE = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.NoModifier


def pitching_team(store) -> int:
    """The demo team halfway its pitch, none of its answers typed yet, at the pitch step."""
    event_id = create_demo_event(store)
    template = event_template(get_event(store, event_id))
    team_id = demo_team(store, event_id, template, HALFWAY).id
    untyped(store, team_id)
    move_team(store, team_id, "pitch", template)
    return team_id


@pytest.fixture
def laptops(qtbot, open_window, store, db_url, tmp_path):  # noqa: F811 (the fixture imported above)
    """(store A, store B, team, A's window, A's pitch page): two laptops on one database."""
    install(store, tmp_path)  # a shared event's outbox file in the test's folder (SQLite: none)
    team_id = pitching_team(store)
    window = open_window(store)
    settle()
    other = open_store(db_url)
    yield store, other, team_id, window, open_pitch(qtbot, window, team_id)
    other.engine.dispose()


def type_over(qtbot, edit, text: str) -> None:
    click_in(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def leave_and_answer(qtbot, edit, key, modifier=ALT) -> list:
    """Tab out of the field (which saves it) and answer the conflict dialog with ``key``; the dialogs seen."""
    seen = []
    _press(qtbot, [(key, modifier)], seen)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    edit.window().activateWindow()  # the dialog gone, the window has the keyboard again
    qtbot.waitUntil(edit.window().isActiveWindow)
    return seen


@pytest.mark.parametrize(("key", "modifier", "kept"), [
    (Qt.Key.Key_M, ALT, MINE_TEXT),
    (Qt.Key.Key_T, ALT, THEIRS_TEXT),
])
def test_the_later_writer_of_a_pitch_answer_chooses(qtbot, laptops, key, modifier, kept):
    store, other, team_id, window, page = laptops
    box = page.questions.boxes["idea"]
    type_over(qtbot, box.edit, MINE_TEXT)
    save_pitch_answer(other, team_id, "pitch", "idea", THEIRS_TEXT)  # laptop B saves the same answer meanwhile
    seen = leave_and_answer(qtbot, box.edit, key, modifier)
    assert seen[0].theirs_box.toPlainText() == THEIRS_TEXT and seen[0].mine_box.toPlainText() == MINE_TEXT
    assert stored(store, team_id)["idea"] == kept and box.text == kept  # taken theirs: the field shows it
    assert not find(window, QLabel, "pitchMessage").isVisible()
    type_over(qtbot, box.edit, "Nog eens anders")  # based on what was chosen: no second question
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    settle()
    assert stored(store, team_id)["idea"] == "Nog eens anders" and len(seen) == 1


def test_escape_keeps_the_typing_unsaved_and_the_next_save_asks_again(qtbot, laptops):
    store, other, team_id, window, page = laptops
    box = page.questions.boxes["idea"]
    type_over(qtbot, box.edit, MINE_TEXT)
    save_pitch_answer(other, team_id, "pitch", "idea", THEIRS_TEXT)
    leave_and_answer(qtbot, box.edit, Qt.Key.Key_Escape, NONE)
    message = find(window, QLabel, "pitchMessage")
    assert stored(store, team_id)["idea"] == THEIRS_TEXT and box.text == MINE_TEXT  # nothing overwritten, nothing dropped
    assert message.isVisible() and "another laptop" in message.text() and message.property("role") == "error"
    click_in(qtbot, box.edit)
    type_text(qtbot, box.edit, "!")
    seen = leave_and_answer(qtbot, box.edit, Qt.Key.Key_M)  # the next save is still based on A's old text: asked again
    assert seen and stored(store, team_id)["idea"] == MINE_TEXT + "!" and not message.isVisible()


def test_take_over_again_and_its_undo_never_overwrite_another_laptops_answer(qtbot, store, db_url):
    team_id = pitching_team(store)
    other, label, stack = open_store(db_url), QLabel(), QUndoStack()
    save_pitch_answer(store, team_id, "pitch", "idea", MINE_TEXT)
    save_pitch_answer(other, team_id, "pitch", "idea", THEIRS_TEXT)  # laptop B, after A's page read MINE_TEXT
    assert not push(stack, TakeOverAgain(store, team_id, "pitch", "idea", MINE_TEXT), label)
    assert "another laptop" in label.text() and stored(store, team_id)["idea"] == THEIRS_TEXT
    assert push(stack, TakeOverAgain(store, team_id, "pitch", "idea", THEIRS_TEXT), label)  # based on what it holds: done
    assert "idea" not in stored(store, team_id)
    save_pitch_answer(other, team_id, "pitch", "idea", "Weer iets anders")  # B types while A's step waits to be undone
    stack.undo()
    assert "Not undone" in label.text() and stored(store, team_id)["idea"] == "Weer iets anders"
    other.engine.dispose()
