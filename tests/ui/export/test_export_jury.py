"""Export > Jury results (CSV)…: refused with a message before any juror file is in use (no dialog, nothing
written); with scores the export dialog writes both tables into a dated folder, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton

import ui.export.dialog as dialog_module
from app.export import snapshot_jury
from tests.export.jury_event import jury_event, local_results, score
from tests.ui.conftest import find
from tests.ui.export.driving import WAIT, click
from ui.export.dialog import ExportDialog


def test_before_any_scores_the_export_says_so_and_opens_nothing(qtbot, open_window, sqlite_store):
    jury_event(sqlite_store)
    window = open_window(sqlite_store, "nl")
    action = window.findChild(QAction, "exportJuryAction")
    action.associatedObjects()[-1].aboutToShow.emit()
    assert action.isEnabled() and action.text() == "&Jury results (CSV)…"
    action.trigger()
    box = window.findChild(QMessageBox, "refusalDialog")
    qtbot.waitUntil(lambda: box.isVisible())
    assert box.text() == "There are no jury scores yet: import the jurors' files first."
    assert window.findChild(ExportDialog, "exportDialog") is None
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_both_tables_are_written_into_a_dated_folder(qtbot, open_window, sqlite_store, tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot_jury, "pool_results", local_results)
    monkeypatch.setattr(dialog_module, "default_folder", lambda: tmp_path)
    made = jury_event(sqlite_store)
    score(made, 0, {0: (7, 8), 1: (6, 5)})
    window = open_window(sqlite_store, "nl")
    window.findChild(QAction, "exportJuryAction").trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert find(dialog, QLineEdit, "exportName").text() == "Staatsprint 2026-11-24 – juryresultaten"
    assert dialog.target.name_label.text() == "Name of the folder"
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportStart")
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    folder = tmp_path / "Staatsprint 2026-11-24 – juryresultaten"
    assert sorted(p.name for p in folder.iterdir()) == ["jury_results.csv", "jury_scores.csv"]
    assert (folder / "jury_scores.csv").read_bytes().startswith("\ufeffjuror;team_number;".encode())
    assert find(dialog, QLabel, "exportMessage").text() == f"Saved: {folder}"
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportOpenFile")
    assert find(dialog, QPushButton, "exportOpenFile").text() == "Open the folder"
    dialog.done(0)
