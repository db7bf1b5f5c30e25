"""The export dialog after the tryout: the team picked in the dialog, names left out of the outcomes,
a file already there replaced only on a Yes, a program that cannot open the file, a folder that may not
be written, exporting again with changed choices at a steady height, and the folder last exported to
remembered for the next dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton

import ui.export.dialog as dialog_module
from app.event.teams import add_team
from tests.ui.conftest import find
from tests.ui.export.driving import WAIT, click
from ui.export.dialog import ExportDialog


def test_the_outcomes_can_leave_names_out(qtbot, export):
    dialog, jobs = export("exportOutcomesAction")
    qtbot.keyClick(find(dialog, QRadioButton, "exportNamesSecond"), Qt.Key.Key_Space)
    assert find(dialog, QLineEdit, "exportName").text() == "Staatsprint 2026-03-11 – uitkomsten zonder namen.json"
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None or not find(dialog, QLabel, "exportMessage").isHidden(), timeout=WAIT)
    assert jobs[0].kind == "outcomes" and jobs[0].with_names is False


def test_a_file_that_is_there_is_replaced_only_after_yes(qtbot, export):
    dialog, jobs = export("exportDossierAction")
    target = dialog.target.path()
    target.write_text("old")
    click(qtbot, dialog, "exportStart")
    question = dialog.findChild(QMessageBox, "exportReplace")
    qtbot.waitUntil(lambda: question is not None and question.isVisible())
    assert question.text() == f"{target.name} already exists. Replace it?"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is question.button(QMessageBox.StandardButton.No))  # once it is active
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the default: No
    assert target.read_text() == "old" and jobs == [] and not dialog.runner.running
    qtbot.waitUntil(lambda: QApplication.focusWidget() is find(dialog, QLineEdit, "exportName"))  # back in the dialog
    click(qtbot, dialog, "exportStart")
    question = next(q for q in dialog.findChildren(QMessageBox, "exportReplace") if q.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
    qtbot.keyClick(question.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert target.read_text() == "dossier nl A1 De Datadragers\n"


def test_a_file_no_program_opens_is_said_with_its_path(qtbot, export, monkeypatch):
    dialog, _ = export("exportDossierAction")
    monkeypatch.setattr(dialog_module.QDesktopServices, "openUrl", lambda url: False)
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    message = find(dialog, QLabel, "exportMessage")
    click(qtbot, dialog, "exportOpenFile")
    assert message.text() == f"No program on this computer opens it. The file is at: {dialog.written}"
    assert message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    click(qtbot, dialog, "exportShowFolder")
    assert message.text() == f"No program on this computer shows folders. The folder is: {dialog.target.path().parent}"


def test_a_folder_that_is_there_but_may_not_be_written_is_called_so(qtbot, export):
    dialog, _ = export("exportDossierAction")
    find(dialog, QLineEdit, "exportName").setText("/proc/x.pdf")
    click(qtbot, dialog, "exportStart")
    message = find(dialog, QLabel, "exportMessage")
    qtbot.waitUntil(lambda: not message.isHidden(), timeout=WAIT)
    assert message.text() == "x.pdf was not written: the folder /proc may not be written to. Choose another folder."
    assert find(dialog, QPushButton, "exportStart").isEnabled()


def test_changed_choices_can_be_exported_again_at_the_same_height(qtbot, export):
    dialog, jobs = export("exportReportAction")
    height = dialog.height()
    start = find(dialog, QPushButton, "exportStart")
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert start.isVisible() and not start.isEnabled() and dialog.height() == height
    qtbot.keyClick(find(dialog, QRadioButton, "exportNamesSecond"), Qt.Key.Key_Space)
    assert start.isEnabled()
    first = dialog.written
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written != first, timeout=WAIT)
    assert dialog.written.endswith("eventrapport zonder namen.pdf") and [j.with_names for j in jobs] == [True, False]
    assert dialog.height() == height


def test_the_dossier_dialog_picks_its_team(qtbot, open_window, event_with_team, tmp_path, monkeypatch):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, "gemeentelijke_it", "Kennistafel")
    monkeypatch.setattr(dialog_module, "default_folder", lambda: tmp_path)
    window = open_window(store, "nl")
    window.findChild(QAction, "exportDossierAction").trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    picker = find(dialog, QComboBox, "exportTeam")
    assert picker.currentData() == first and [picker.itemText(i) for i in range(picker.count())] == ["Team 1", "Team 2 Kennistafel"]
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    assert dialog.team.id == second
    assert find(dialog, QLineEdit, "exportName").text() == "Staatsprint 2026-03-11 – Team 2 Kennistafel – dossier.pdf"
    assert dialog.job().team_id == second
    dialog.done(0)


def test_the_next_dialog_starts_in_the_folder_last_exported_to_while_it_is_there(qtbot, export, prefs, tmp_path):
    dialog, _ = export("exportDossierAction")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    name = find(dialog, QLineEdit, "exportName")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, str(elsewhere / "x.pdf"))
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert prefs.get("export_folder") == str(elsewhere)
    again = _reopen(qtbot, export, dialog, "exportOutcomesAction")
    assert again.target.path().parent == elsewhere and find(again, QLabel, "exportFolder").text() == str(elsewhere)
    (elsewhere / "x.pdf").unlink()
    elsewhere.rmdir()
    third = _reopen(qtbot, export, again, "exportReportAction")
    assert third.target.path().parent == tmp_path / "out"  # gone: Documents (faked) as before
    assert prefs.get("export_folder") == str(elsewhere)  # nothing exported since: still remembered
    third.done(0)


def _reopen(qtbot, export, dialog, action: str):
    """Close ``dialog`` (Close, by key), let it go, and open the dialog of ``action`` from the window's menu."""
    window = dialog.parentWidget()
    click(qtbot, dialog, "exportCancel")
    assert not dialog.isVisible()
    window.activateWindow()  # the offscreen platform does not give the focus back by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return export(action)[0]
