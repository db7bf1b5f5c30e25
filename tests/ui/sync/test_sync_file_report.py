"""The import report names every table of an event in words (no "criterion" or "jury_log"), and a keyboard
user scrolls its long table with the arrows and closes it with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

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
