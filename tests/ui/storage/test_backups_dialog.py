"""File → Backups…: listed with their times; Restore asks, says what it does, keeps the current one aside and
reopens; Cancel changes nothing; a damaged database offers the backups at start; a phase's end is backed up once."""

from __future__ import annotations

import argparse
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from sqlalchemy import func, select

from app.day.programme import phase_window, programme_items
from app.demo.event import ensure_demo_event
from app.event.teams import add_team
from app.main import build_window
from app.storage import backups
from app.storage.backups import database_key, list_backups, sqlite_backup
from app.storage.database import open_store
from db.models import Team
from tests.storage.test_backups import _damage
from tests.ui.modal import answer_modal
from ui.storage.backups_dialog import BackupsDialog
from ui.storage.backups_wiring import open_backups


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    path = tmp_path / "backups"
    monkeypatch.setenv(backups.BACKUPS_VAR, str(path))
    return path


def _teams(store) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(Team)).scalar()


def _dialog(qtbot, window) -> BackupsDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BackupsDialog))
    return QApplication.activeModalWidget()


def _confirm(qtbot, dialog) -> QMessageBox:
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox, "restoreConfirm")))
    return next(box for box in dialog.findChildren(QMessageBox, "restoreConfirm") if box.isVisible())


def test_backups_are_listed_and_a_restore_replaces_the_database_and_reopens(qtbot, open_window, event_with_team, tmp_path):
    store, event_id, _team = event_with_team
    db = tmp_path / "event.sqlite"
    sqlite_backup(db, "migration", "0010")
    made = sqlite_backup(db, "phase-end", "0011", phase="empathize", event_name="Dag")
    add_team(store, event_id, None, "Later")
    window = open_window(store, "en")
    window.switch_database = lambda new, wanted: switched.append((new, wanted))
    switched = []
    dialog = open_backups(window)
    assert dialog.objectName() == "backupsDialog" and dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "End of a phase" and dialog.table.item(1, 1).text() == "Before an upgrade"
    assert made.moment.astimezone().strftime("%H:%M:%S") in dialog.table.item(0, 0).text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    box = _confirm(qtbot, dialog)
    assert "everything done after that moment is no longer in it" in box.text() and "kept aside" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: nothing changed
    qtbot.waitUntil(lambda: not any(b.isVisible() for b in dialog.findChildren(QMessageBox, "restoreConfirm")))
    assert dialog.isVisible() and _teams(store) == 2 and len(list_backups()) == 2
    box = _confirm(qtbot, dialog)
    qtbot.keyClick(box.findChild(QPushButton, "restoreConfirmButton"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(switched))
    new_store, wanted = switched[0]
    assert wanted == event_id and _teams(new_store) == 1
    assert [b.reason for b in list_backups(database_key(f"sqlite:///{db}"))][0] == "before-restore"
    new_store.engine.dispose()


def test_a_damaged_database_offers_its_backups_at_start(qtbot, prefs, tmp_path):
    db = tmp_path / "dag.sqlite"
    store = open_store(f"sqlite:///{db}")
    ensure_demo_event(store)
    teams = _teams(store)
    store.engine.dispose()
    sqlite_backup(db, "phase-end")
    damaged = _damage(db)
    seen = []

    def choose(dialog) -> None:
        assert dialog.findChild(QLabel, "backupsDamagedLabel") is not None
        answer_modal("restoreConfirm", lambda box: qtbot.keyClick(box.findChild(QPushButton, "restoreConfirmButton"), Qt.Key.Key_Space), seen)
        qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)

    answer_modal("backupsDialog", choose, seen)
    window = build_window(argparse.Namespace(db=str(db), lang="en", demo=False, command=None), prefs)
    assert window is not None
    qtbot.addWidget(window)
    assert [d.objectName() for d in seen] == ["backupsDialog", "restoreConfirm"]
    assert _teams(window.store) == teams
    (aside,) = [p for p in tmp_path.glob("backups/*damaged*") if p.suffix == ".sqlite"]
    assert aside.read_bytes() == damaged


def test_refusing_the_offer_leaves_the_damaged_file_as_it_was(qtbot, prefs, tmp_path):
    db = tmp_path / "dag.sqlite"
    store = open_store(f"sqlite:///{db}")
    ensure_demo_event(store)
    store.engine.dispose()
    damaged = _damage(db)
    seen = []
    answer_modal("backupsDialog", lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape), seen)
    assert build_window(argparse.Namespace(db=str(db), lang="en", demo=False, command=None), prefs) is None
    assert seen and seen[0].findChild(QPushButton, "restoreBackupButton").isEnabled() is False
    assert db.read_bytes() == damaged


def test_the_end_of_a_phase_is_backed_up_once_and_a_failure_is_said_once(qtbot, open_window, event_with_team, folder):
    store, event_id, _team = event_with_team
    window = open_window(store, "en")
    ws = window.event_view.workspace
    end = phase_window(ws.template, programme_items(store, event_id), ws.template.phases[0].key)[1]
    window.timers.clock.now = lambda: end + timedelta(seconds=1)
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("not a folder")
    first = ws.template.phases[0].key
    with qtbot.waitSignal(window.phase_backups.failed):
        assert window.phase_backups.check() == first  # taken in a worker thread; the failure comes back by a signal
    assert "could not save a backup" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    assert window.phase_backups.check() is None and window.statusBar().currentMessage() == ""
    folder.unlink()
    window.phase_backups = type(window.phase_backups)(window)
    with qtbot.waitSignal(window.phase_backups.done) as made:
        assert window.phase_backups.check() == first
    assert made.args[0].phase == first
    assert window.phase_backups.check() is None and len(list_backups()) == 1
