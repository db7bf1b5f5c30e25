"""Export > Agenda (PDF)…: the dialog opens on a dated name, the real agenda is written beside the window
(in the worker process) and the dialog says where it went; without an event the action is off."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

import ui.export.dialog as dialog_module
from db.models import Team
from tests.ui.conftest import find
from tests.ui.export.driving import WAIT, click
from ui.export.dialog import ExportDialog


def test_the_agenda_is_written_from_the_export_menu(qtbot, open_window, event_with_team, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialog_module, "default_folder", lambda: out)
    store, _event_id, team_id = event_with_team
    with store.write() as session:
        session.get(Team, team_id).room = "Zaal Thorbecke"
    window = open_window(store, "nl")
    action = window.findChild(QAction, "exportAgendaAction")
    assert action.text() == "&Agenda (PDF)…"
    action.trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert find(dialog, QLineEdit, "exportName").text() == "Staatsprint 2026-03-11 – agenda.pdf"
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportStart")
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    target = out / "Staatsprint 2026-03-11 – agenda.pdf"
    assert [path.name for path in out.iterdir()] == [target.name]
    assert find(dialog, QLabel, "exportMessage").text() == f"Saved: {target}"
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportOpenFile")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert "Programma" in pages[0] and "Lunch! VASTE TIJD" in pages[0]
    assert "Zaal Thorbecke" in pages[-1] and "IN DEZE ZAAL" in pages[-1] and "Team 1" in pages[-1]
    dialog.done(0)


def test_without_an_event_the_agenda_action_is_off(qtbot, open_window, sqlite_store):
    window = open_window(sqlite_store, "nl")
    action = window.findChild(QAction, "exportAgendaAction")
    action.associatedObjects()[-1].aboutToShow.emit()
    assert not action.isEnabled()
