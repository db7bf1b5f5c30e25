"""The import report names every table of an event in words (no "criterion" or "jury_log"), and a keyboard
user scrolls its long table with the arrows and closes it with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QTableWidget

import app.storage.store  # noqa: F401  (the whole schema is known)
from app.sync.row_codec import event_tables
from app.sync.row_merge import MergeReport
from ui.sync.file_actions import ReportDialog, _label


def test_every_event_table_has_a_name_people_read():
    raw = [table.name for table in event_tables() if _label(table.name) == table.name.replace("_", " ")]
    assert raw == []


def test_the_report_scrolls_and_closes_by_keyboard(qtbot):
    report = MergeReport(event_name="Demo", added={table.name: 1 for table in event_tables()})
    dialog = ReportDialog(report, "dag.staatsprint-archive")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    table = dialog.findChild(QTableWidget, "syncFileTable")
    assert table.rowCount() == len(event_tables())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert table.hasFocus()
    bar = table.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_an_archive_imported_on_the_welcome_page_opens_its_event(qtbot, open_window, tmp_path, monkeypatch):
    from datetime import datetime, timezone

    from app.demo.event import create_demo_event
    from app.storage.database import open_store
    from app.sync.archive import export_archive
    from ui.sync import file_actions

    facilitator = open_store(f"sqlite:///{tmp_path / 'facilitator.sqlite'}")
    event_id = create_demo_event(facilitator, datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc))
    archive = tmp_path / "dag.staatsprint-archive"
    archive.write_bytes(export_archive(facilitator, event_id))
    laptop = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    window = open_window(laptop)
    assert window.event_view is None  # "There is no event in this database yet."
    monkeypatch.setattr(file_actions, "ask_open_path", lambda *a: archive)
    button = window.findChild(QPushButton, "welcomeImportArchiveButton")
    assert window.findChild(QPushButton, "welcomeJoinButton").isVisible()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "syncFileReport") is not None)
    dialog = window.findChild(QDialog, "syncFileReport")
    assert window.event_view is not None and window.event_view.workspace.event.id == dialog.report.event_id
    dialog.accept()
    facilitator.engine.dispose()
    laptop.engine.dispose()


def test_a_file_imported_twice_says_nothing_changed(qtbot):
    dialog = ReportDialog(MergeReport(event_name="Demo", kept={"note": 3}), "team-3.staatsprint-team")
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "syncFileSummary").text().startswith("Nothing changed")
    changed = ReportDialog(MergeReport(event_name="Demo", added={"note": 1}, kept={"note": 3}), "team-3.staatsprint-team")
    qtbot.addWidget(changed)
    assert "Nothing changed" not in changed.findChild(QLabel, "syncFileSummary").text()
