"""The export dialogs in the real window: default name, choices, progress, cancel, the file opened
afterwards, and refusals said in the dialog with nothing written. The snapshot and the renderers are
faked (tests/export/fakes.py) except in the last test; the worker process is real."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton

import ui.export.dialog as dialog_module
from tests.export import fakes
from tests.ui.conftest import find
from tests.ui.export.driving import WAIT, click
from ui.export.dialog import ExportDialog


def test_the_dossier_dialog_offers_a_dated_name_in_the_documents_folder(qtbot, export):
    dialog, _ = export("exportDossierAction")
    path = dialog.target.path()
    assert path.parent.name == "out" and path.name == "Staatsprint 2026-03-11 – Team 1 – dossier.pdf"
    assert find(dialog, QComboBox, "exportLanguage").currentData() == "nl"
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportStart")
    worker = dialog.runner._process
    assert worker is not None and worker._process.is_alive() and not worker.running  # started ahead, waiting
    click(qtbot, dialog, "exportCancel")
    assert not dialog.isVisible() and not worker._process.is_alive()


def test_export_writes_the_file_and_focuses_open_the_file(qtbot, export, monkeypatch):
    dialog, jobs = export("exportDossierAction")
    opened = []
    monkeypatch.setattr(dialog_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    target = dialog.target.path()
    assert target.read_text() == "dossier nl A1 De Datadragers\n"
    assert jobs[0].team_id is not None and jobs[0].kind == "dossier"
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportOpenFile")
    assert find(dialog, QLabel, "exportMessage").text() == f"Saved: {target}"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    click(qtbot, dialog, "exportShowFolder")
    assert opened == [str(target), str(target.parent)]
    assert find(dialog, QPushButton, "exportCancel").text() == "Close"


def test_the_other_language_on_request_renames_the_default_and_writes_in_it(qtbot, export):
    dialog, jobs = export("exportReportAction")
    path = find(dialog, QLineEdit, "exportName")
    assert path.text() == "Staatsprint 2026-03-11 – eventrapport.pdf"
    language = find(dialog, QComboBox, "exportLanguage")
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)
    assert language.currentData() == "en" and path.text().endswith(" – event report.pdf")
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert jobs[0].lang == "en" and dialog.target.path().read_text().startswith("report en")


def test_the_report_can_leave_names_out_and_shows_its_progress_per_team(qtbot, export):
    dialog, jobs = export("exportReportAction")
    qtbot.keyClick(find(dialog, QRadioButton, "exportNamesSecond"), Qt.Key.Key_Space)
    assert find(dialog, QLineEdit, "exportName").text().endswith("eventrapport zonder namen.pdf")
    seen = []
    dialog.runner.progress.connect(lambda done, total: seen.append((done, total)))
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert jobs[0].with_names is False
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    bar = find(dialog, QProgressBar, "exportProgress")
    assert (bar.maximum(), bar.value()) == (4, 4) and bar.isHidden()


def test_cancel_while_writing_kills_the_worker_and_leaves_no_file(qtbot, export):
    dialog, _ = export("exportReportAction", fakes.render_slowly)
    folder = dialog.target.path().parent
    click(qtbot, dialog, "exportStart")
    bar, status = find(dialog, QProgressBar, "exportProgress"), find(dialog, QLabel, "exportStatus")
    qtbot.waitUntil(lambda: bar.maximum() == 20, timeout=WAIT)
    assert bar.isVisible() and status.text() == "0 of 20 teams written"
    assert not find(dialog, QPushButton, "exportStart").isEnabled()
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportCancel")
    click(qtbot, dialog, "exportCancel")
    assert not dialog.runner.running and dialog.isVisible()
    assert find(dialog, QLabel, "exportMessage").text() == "Cancelled: nothing was written."
    assert list(folder.iterdir()) == []
    assert QApplication.focusWidget() is find(dialog, QPushButton, "exportStart")


def test_closing_the_dialog_while_writing_kills_the_worker(qtbot, export):
    dialog, _ = export("exportPosterAction", fakes.render_slowly)
    folder = dialog.target.path().parent
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.runner._process is not None, timeout=WAIT)
    process = dialog.runner._process
    dialog.close()
    assert not process._process.is_alive()
    assert list(folder.iterdir()) == []


def test_a_folder_that_does_not_exist_is_said_in_the_dialog_and_nothing_is_written(qtbot, export, tmp_path):
    dialog, _ = export("exportPosterAction")
    path = find(dialog, QLineEdit, "exportName")
    path.setText(str(tmp_path / "gone" / "poster.pdf"))  # a whole path typed as the name
    click(qtbot, dialog, "exportStart")
    message = find(dialog, QLabel, "exportMessage")
    assert message.text() == f"poster.pdf was not written: the folder {tmp_path / 'gone'} does not exist. Choose another folder."
    assert not (tmp_path / "gone").exists() and list((tmp_path / "out").iterdir()) == []
    assert find(dialog, QPushButton, "exportStart").isVisible()
    assert QApplication.focusWidget() is path


def test_an_empty_name_is_refused_before_anything_runs(qtbot, export):
    dialog, jobs = export("exportDossierAction")
    find(dialog, QLineEdit, "exportName").clear()
    click(qtbot, dialog, "exportStart")
    assert find(dialog, QLabel, "exportMessage").text() == "Give the file a name."
    assert jobs == [] and not dialog.runner.running


def test_the_poster_size_and_the_file_dialog(qtbot, export, tmp_path):
    dialog, jobs = export("exportPosterAction")
    size = find(dialog, QComboBox, "exportSize")
    assert size.currentData() == "A1"
    size.setFocus()
    qtbot.keyClick(size, Qt.Key.Key_Up)
    assert size.currentData() == "A0" and find(dialog, QLineEdit, "exportName").text().endswith("poster A0.pdf")
    click(qtbot, dialog, "exportChoose")
    chooser = dialog.findChild(QFileDialog, "exportFileDialog")
    assert chooser.isVisible() and chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.selectFile(str(tmp_path / "mine.pdf"))
    chooser.accept()
    assert find(dialog, QLineEdit, "exportName").text() == "mine.pdf"
    assert find(dialog, QLabel, "exportFolder").text() == str(tmp_path)
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "exportName")
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert (tmp_path / "mine.pdf").read_text() == "poster nl A0 De Datadragers\n" and jobs[0].size == "A0"


def test_the_outcomes_as_csv_go_into_a_folder(qtbot, export):
    dialog, _ = export("exportOutcomesAction")
    path = find(dialog, QLineEdit, "exportName")
    assert path.text() == "Staatsprint 2026-03-11 – uitkomsten.json"
    qtbot.keyClick(find(dialog, QRadioButton, "exportFormatSecond"), Qt.Key.Key_Space)
    assert path.text() == "Staatsprint 2026-03-11 – uitkomsten"
    assert find(dialog, QLabel, "exportMessage").isHidden()


def test_escape_while_writing_cancels_and_a_second_escape_closes(qtbot, export):
    dialog, _ = export("exportReportAction", fakes.render_slowly)
    click(qtbot, dialog, "exportStart")
    bar = find(dialog, QProgressBar, "exportProgress")
    qtbot.waitUntil(lambda: bar.maximum() == 20, timeout=WAIT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.runner.running
    assert find(dialog, QLabel, "exportMessage").text() == "Cancelled: nothing was written."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_pitch_page_opens_the_teams_dossier_by_its_id(qtbot, open_window, event_with_team):
    from ui.export.actions import export_dossier

    store, _event_id, team_id = event_with_team
    window = open_window(store, "nl")
    dialog = export_dossier(window.event_view.workspace, team_id, window)
    assert dialog.isVisible() and dialog.team.id == team_id
    assert find(dialog, QLineEdit, "exportName").text() == "Staatsprint 2026-03-11 – Team 1 – dossier.pdf"
    dialog.done(0)


def test_without_an_event_the_export_menu_offers_nothing(qtbot, open_window, sqlite_store):
    window = open_window(sqlite_store, "nl")
    menu = window.findChild(QAction, "exportReportAction").associatedObjects()[-1]
    menu.aboutToShow.emit()
    names = ("exportDossierAction", "exportPosterAction", "exportReportAction", "exportOutcomesAction", "exportJuryAction")
    assert [window.findChild(QAction, name).isEnabled() for name in names] == [False] * 5


def test_the_real_report_is_written_from_the_window(qtbot, open_window, event_with_team, tmp_path, monkeypatch):
    from pypdf import PdfReader

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialog_module, "default_folder", lambda: out)
    store, _event_id, _team_id = event_with_team
    window = open_window(store, "nl")
    window.findChild(QAction, "exportReportAction").trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    click(qtbot, dialog, "exportStart")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert len(PdfReader(dialog.target.path()).pages) >= 2
    assert [p.name for p in out.iterdir()] == ["Staatsprint 2026-03-11 – eventrapport.pdf"]
