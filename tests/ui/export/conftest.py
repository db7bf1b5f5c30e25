"""The export dialog opened from the window's menu, with the snapshot faked (tests/export/fakes.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

import ui.export.dialog as dialog_module
from tests.export import fakes
from ui.export.dialog import ExportDialog


@pytest.fixture
def export(qtbot, open_window, event_with_team, tmp_path, monkeypatch):
    """export(action name, render) -> (the dialog opened from the window's menu, the jobs read)."""
    store, _event_id, _team_id = event_with_team
    window = open_window(store, "nl")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialog_module, "default_folder", lambda: out)
    jobs = []

    def read(store, job, now):
        jobs.append(job)
        return fakes.summary(4, job.lang, job.with_names) if job.kind in ("report", "outcomes") else fakes.dossier(lang=job.lang)

    monkeypatch.setattr(dialog_module, "read_data", read)

    def make(action: str, render=fakes.render_text):
        window.findChild(QAction, action).trigger()
        dialog = window.findChild(ExportDialog, "exportDialog")
        dialog.runner.render = render
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog, jobs

    return make
