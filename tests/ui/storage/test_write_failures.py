"""A write the database does not take is said in the window, changes nothing, and never
enters the undo history: a full disk on the board, a busy file at the vote, a read-only file
at the timer. An error nobody foresaw gets the last-resort dialog."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from sqlmodel import select

from app.board.board import notes
from app.day.navigation import move_team
from app.event.teams import add_member, team_view, team_views
from app.outcomes.knelpunten import add_knelpunt
from app.storage.database import open_database, open_store
from app.voting.voting import ballots
from db.engine import INTERACTIVE
from db.models import StepState, Team
from tests.storage.test_write_failures import fill_the_disk, held_write_lock
from tests.ui.conftest import find, settle, type_text
from ui.window.last_resort import install_last_resort

FULL = "Saving failed: the disk is full. Nothing was changed. Free up some space and try again."
READ_ONLY = "Saving failed: the database cannot be written to"
BUSY = "Saving failed: the database is busy (another window, laptop or command is saving). Nothing was changed. Try again in a moment."



@pytest.fixture
def board(qtbot, open_window, event_with_team):
    """(window, store the window uses, team, board page, file) on the brain dump."""
    writer, _event_id, team_id = event_with_team
    add_member(writer, team_id, "Noëlle")
    path = writer.engine.url.database
    store = open_store(f"sqlite:///{path}", waits=INTERACTIVE)  # as the app opens it
    window = open_window(store)
    window.event_view.next()
    settle()
    return window, store, team_id, window.event_view.step_page.work_area.board, path


def add_note_by_keyboard(qtbot, window, text: str) -> None:
    field = find(window, QLineEdit, "noteInput")
    field.setFocus()
    field.setText(text)  # the length is the point here, not the typing
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()


def test_a_note_on_a_full_disk_says_so_and_is_not_undoable(qtbot, board):
    window, store, team_id, page, _path = board
    add_note_by_keyboard(qtbot, window, "Een eerste gedachte")
    before = (notes(store, team_id, ["braindump"]), page.undo_stack.count())
    fill_the_disk(store, store.engine.url.database)
    add_note_by_keyboard(qtbot, window, "Een lange gedachte " * 260)  # more than a page: the file must grow
    error = find(window, QLabel, "boardError")
    assert error.isVisible() and error.text() == FULL
    assert (notes(store, team_id, ["braindump"]), page.undo_stack.count()) == before
    assert find(window, QLineEdit, "noteInput").text().startswith("Een lange gedachte")  # kept, to try again


def test_an_undo_on_a_busy_file_says_so(qtbot, board):
    window, store, team_id, page, path = board
    add_note_by_keyboard(qtbot, window, "Blijft staan")
    with held_write_lock(path):
        qtbot.mouseClick(find(window, QPushButton, "undoButton"), Qt.MouseButton.LeftButton)
        settle()
        error = find(window, QLabel, "boardError")
        assert error.isVisible() and error.text() == BUSY
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["Blijft staan"]


def test_a_dot_on_a_busy_file_says_so_and_changes_nothing(qtbot, open_window, event_with_team, staatsprint_template):
    writer, _event_id, team_id = event_with_team
    add_member(writer, team_id, "Anna")
    item = add_knelpunt(writer, team_id, "Inkoop apart")
    move_team(writer, team_id, "dot_vote", staatsprint_template)
    path = writer.engine.url.database
    window = open_window(open_store(f"sqlite:///{path}", waits=INTERACTIVE))
    settle()
    with held_write_lock(path):
        qtbot.mouseClick(find(window, QPushButton, f"dotPlus_{item}"), Qt.MouseButton.LeftButton)
        settle()
        error = find(window, QLabel, "voteError")
        assert error.isVisible() and error.text() == BUSY
    assert ballots(writer, team_id, "dot_vote") == []
    qtbot.mouseClick(find(window, QPushButton, f"dotPlus_{item}"), Qt.MouseButton.LeftButton)  # free again: it works
    settle()
    assert [b.dots for b in ballots(writer, team_id, "dot_vote")] == [1] and not find(window, QLabel, "voteError").isVisible()


def read_only_window(open_window, writer):
    path = writer.engine.url.database
    window = open_window(open_store(f"sqlite:///file:{path}?mode=ro&uri=true", waits=INTERACTIVE))
    settle()
    return window


def test_a_timer_on_a_read_only_file_says_so(qtbot, open_window, event_with_team, staatsprint_template):
    writer, event_id, team_id = event_with_team
    move_team(writer, team_id, "braindump", staatsprint_template)
    window = read_only_window(open_window, writer)
    qtbot.mouseClick(find(window, QPushButton, "timerToggle"), Qt.MouseButton.LeftButton)
    settle()
    error = find(window, QLabel, "timerError")
    assert error.isVisible() and error.text().startswith(READ_ONLY)
    with writer.read() as session:
        assert session.exec(select(StepState).where(StepState.event_id == event_id)).all() == []


def test_moving_the_team_on_a_read_only_file_says_so(qtbot, open_window, event_with_team):
    writer, _event_id, team_id = event_with_team
    window = read_only_window(open_window, writer)
    window.event_view.next()  # what "Take your team to the first phase" does
    settle()
    dialog = window.findChild(QMessageBox, "refusalDialog")
    assert dialog is not None and dialog.isVisible() and dialog.text().startswith(READ_ONLY)
    assert window.event_view.current_team().current_step is None  # the team stays on its team page
    with writer.read() as session:
        assert session.get(Team, team_id).current_step is None
    dialog.close()


def busy_window(open_window, writer):
    """A window as the app opens it (a short wait for locks) on the writer's file."""
    window = open_window(open_store(f"sqlite:///{writer.engine.url.database}", waits=INTERACTIVE))
    settle()
    return window


def test_a_new_team_on_a_busy_file_says_so(qtbot, open_window, event_with_team, staatsprint_template):
    writer, event_id, _team_id = event_with_team
    window = busy_window(open_window, writer)
    with held_write_lock(writer.engine.url.database):
        qtbot.mouseClick(find(window, QPushButton, "addTeamButton"), Qt.MouseButton.LeftButton)
        settle()
    dialog = window.findChild(QMessageBox, "refusalDialog")
    assert dialog is not None and dialog.isVisible() and dialog.text() == BUSY
    assert len(team_views(writer, event_id, staatsprint_template)) == 1
    dialog.close()


def test_an_answer_typed_while_the_file_is_busy_is_kept_and_saved_later(qtbot, open_window, event_with_team, staatsprint_template):
    writer, event_id, team_id = event_with_team
    add_member(writer, team_id, "Anna")
    window = busy_window(open_window, writer)
    find(window, QListWidget, "memberList").setCurrentRow(0)
    settle()
    who = find(window, QPlainTextEdit, "kennismaking_who")
    with held_write_lock(writer.engine.url.database):
        type_text(qtbot, who, "Beleidsadviseur")
        qtbot.waitUntil(lambda: find(window, QLabel, "answerError").isVisible())  # after the typing pause
        assert find(window, QLabel, "answerError").text() == BUSY and who.toPlainText() == "Beleidsadviseur"
    type_text(qtbot, who, " bij BZK")  # the next pause saves all of it
    qtbot.waitUntil(lambda: team_view(writer, event_id, team_id, staatsprint_template).members[0].kennismaking.get("who") == "Beleidsadviseur bij BZK")
    assert not find(window, QLabel, "answerError").isVisible()


@pytest.fixture
def last_resort():
    """The app's hook for unforeseen errors, for one test (pytest-qt's own is put back after)."""
    saved = sys.excepthook
    install_last_resort()
    yield
    sys.excepthook = saved


def test_an_unforeseen_error_gets_a_dialog_and_leaves_no_undo_step(qtbot, board, monkeypatch, caplog, last_resort):
    window, store, team_id, page, _path = board

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in adding notes")

    monkeypatch.setattr("app.board.board.add_note", broken)
    with caplog.at_level(logging.ERROR, logger="ui.window.last_resort"):
        add_note_by_keyboard(qtbot, window, "Gaat mis")
        add_note_by_keyboard(qtbot, window, "Gaat weer mis")
    (dialog,) = window.findChildren(QMessageBox, "lastResortDialog")  # one dialog, though it failed twice
    assert dialog.isVisible()
    assert dialog.text().startswith("Something went wrong with what you just did.")
    assert "Nothing that was already saved is lost" in dialog.text()
    assert dialog.detailedText().startswith("Traceback") and "a bug in adding notes" in dialog.detailedText()
    assert caplog.text.count("Traceback") == 2 and "a bug in adding notes" in caplog.text
    assert page.undo_stack.count() == 0 and notes(store, team_id, ["braindump"]) == []
    dialog.close()


def test_the_window_waits_a_moment_for_a_lock_and_the_command_line_longer(qtbot, prefs, tmp_path, monkeypatch):
    import argparse

    from app.cli import build_parser, run_command
    from app.main import build_window

    url = f"sqlite:///{tmp_path / 'event.sqlite'}"
    window = build_window(argparse.Namespace(db=url, lang="en", demo=False, command=None), prefs)
    qtbot.addWidget(window)
    with window.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 100  # ms: a frame or two, then "busy"
    opened = []
    monkeypatch.setattr("app.cli_commands.open_database", lambda url, waits: opened.append(waits) or open_database(url, waits=waits))
    assert run_command(build_parser().parse_args(["--db", url, "info"])) == 2  # no event yet
    assert opened[0].lock_s == 10  # the command line waits its turn
    window.close()
