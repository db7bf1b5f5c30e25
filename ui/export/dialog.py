"""An export dialog: what to make, where to save it, then the file made beside the window.

The data is read at once (quick, here); the rendering runs in a worker process (ui/export/runner.py),
so the window and its timers keep going. The event report shows its progress per team, the other
exports a busy bar. Cancel kills the worker and leaves no file; a refusal (a full disk, a folder that
may not be written) is said on the message line and nothing is written; a file that is there already is
replaced only when the person says so. Afterwards the file can be opened or shown in its folder, both on
this computer only (when no program can, the message line says so with the path), and changed choices
can be exported again. The dialog starts in the folder last exported to (remembered in the Preferences,
while it is still there), else in Documents. The parts that come and go keep their place, so the dialog keeps its height.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.event.teams import TeamView
from app.export.jobs import ExportJob, checked, export_note, read_data
from app.export.names import default_folder, default_name, team_label
from ui.common.messages import message_line, say
from ui.common.widgets import label
from ui.export.export_messages import export_message
from ui.export.options import ExportOptions
from ui.export.runner import ExportRunner
from ui.export.target import ExportTarget
from ui.window.workspace import Workspace

LAST_FOLDER = "export_folder"  # the Preferences key of the folder last exported to


class ExportDialog(QDialog):
    def __init__(self, workspace: Workspace, kind: str, title: str, lead: str, team: TeamView | None = None,
                 parent: QWidget | None = None, teams: tuple[TeamView, ...] = ()) -> None:
        """``teams``: those a dossier or poster may be made of (a picker, ``team`` chosen first)."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        self.workspace, self.kind = workspace, kind
        self.written: str | None = None
        self.note = ""  # what the finished export adds to "saved" (app/export/jobs.py export_note)
        self.runner = ExportRunner(self)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.prepare(kind)

        self.options = ExportOptions(kind, workspace.lang, teams or ((team,) if team is not None else ()),
                                     team.id if team is not None else None)
        self.target = ExportTarget(self.options.form, _start_folder(workspace), self)
        self.target.choose.clicked.connect(lambda: self.target.ask(self.options.csv, kind != "outcomes"))
        self.options.changed.connect(self._follow_default)
        self.options.changed.connect(self._ready)
        self.target.name.textEdited.connect(self._ready)
        self._follow_default()

        self.bar = QProgressBar()
        self.bar.setObjectName("exportProgress")
        self.bar.setTextVisible(False)
        self.status = label("", "muted", "exportStatus")
        self.message = message_line("exportMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())  # a long path wraps within its place
        self.open_file = self._button(QCoreApplication.translate("export", "Open the file"), "exportOpenFile", self._open_file)
        self.show_folder = self._button(QCoreApplication.translate("export", "Show in folder"), "exportShowFolder", self._show_folder)
        self.cancel = self._button(QCoreApplication.translate("export", "Cancel"), "exportCancel", self.reject)
        self.start_button = self._button(QCoreApplication.translate("export", "Export"), "exportStart", self.start)
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)
        for widget in (self.bar, self.status, self.open_file, self.show_folder):
            _keep_place(widget)
            widget.hide()
        self._lay_out(title, lead)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _lay_out(self, title: str, lead: str) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)
        column.addWidget(label(title, "h2"))
        column.addWidget(label(lead, "muted"))
        column.addSpacing(4)
        column.addWidget(self.options)
        column.addSpacing(4)
        column.addWidget(self.bar)
        column.addWidget(self.status)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.open_file)
        buttons.addWidget(self.show_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.start_button)
        column.addLayout(buttons)
        self.options.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    # -- what and where ------------------------------------------------------
    @property
    def team(self) -> TeamView | None:
        """The team the dossier or poster is made of (None for the event's exports)."""
        return self.options.team

    def _name(self) -> str:
        team = team_label(self.team.number, self.team.name) if self.team is not None else ""
        return default_name(self.workspace.event.day, self.kind, self.options.lang, team, size=self.options.paper,
                            with_names=self.options.with_names, csv=self.options.csv)

    def _follow_default(self) -> None:
        self.target.follow(self._name(), self.options.csv)

    def job(self) -> ExportJob:
        path = self.target.path()
        if path is None:
            raise DomainError("export_no_path", "give the file a name")
        return checked(ExportJob(
            kind=self.kind, target=path, lang=self.options.lang, event_id=self.workspace.event.id,
            team_id=self.team.id if self.team is not None else None, size=self.options.paper,
            with_names=self.options.with_names, format="csv" if self.options.csv else "json",
        ))

    # -- running -------------------------------------------------------------
    def start(self) -> None:
        """Export; a file (or CSV folder) of that name already there is replaced only after a Yes."""
        try:
            job = self.job()
        except DomainError as error:
            self._failed(export_message(error))
            return
        if _taken(job.target):
            self._ask_replace(job)
            return
        self._run(job)

    def _ask_replace(self, job: ExportJob) -> None:
        question = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                               QCoreApplication.translate("export", "{name} already exists. Replace it?").format(name=job.target.name),
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        question.setObjectName("exportReplace")
        question.setDefaultButton(QMessageBox.StandardButton.No)
        question.setInformativeText(str(job.target))
        question.finished.connect(lambda answer: self._replace_answered(job, answer == QMessageBox.StandardButton.Yes))
        question.open()

    def _replace_answered(self, job: ExportJob, replace: bool) -> None:
        self.activateWindow()  # back from the question, whatever the window manager does
        if replace:
            self._run(job)
        else:
            self.target.name.setFocus()

    def _run(self, job: ExportJob) -> None:
        self.message.hide()
        self.open_file.hide()
        self.show_folder.hide()
        self._busy(True)
        self.bar.setRange(0, 0)  # busy until the worker says how far it is
        self.status.setText(QCoreApplication.translate("export", "Reading the event…"))
        self.repaint()  # shown before the reading, which holds the window for a moment (all teams: bench/pdf.py)
        try:
            data = read_data(self.workspace.store, job, self.workspace.timers.clock.now())
        except DomainError as error:
            self._failed(export_message(error))
            return
        self.note = export_note(job, data, job.lang)
        self.runner.start(job, data)
        self.status.setText(QCoreApplication.translate("export", "Writing the file…"))

    def _busy(self, busy: bool) -> None:
        for widget in (self.options, self.start_button):
            widget.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.status.setVisible(busy)
        if busy:
            self.cancel.setFocus()

    def _progress(self, done: int, total: int) -> None:
        if self.kind != "report" or total <= 0:
            return  # one file: the busy bar says enough
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.status.setText(QCoreApplication.translate("export", "{done} of {total} teams written").format(done=done, total=total))

    def _ready(self) -> None:
        """A choice changed after an export: the new one can be exported."""
        if not self.runner.running and not self.start_button.isEnabled():
            self.start_button.setEnabled(True)
            self.start_button.setDefault(True)

    def _finished(self, path: str) -> None:
        self.written = path
        self.workspace.prefs.set(LAST_FOLDER, Path(path).parent)
        self._busy(False)
        self.start_button.setEnabled(False)  # again once a choice or the name changes
        self.cancel.setText(QCoreApplication.translate("export", "Close"))
        self.open_file.setText(QCoreApplication.translate("export", "Open the folder") if Path(path).is_dir() else QCoreApplication.translate("export", "Open the file"))
        self.open_file.show()
        self.show_folder.show()
        saved = QCoreApplication.translate("export", "Saved: {path}").format(path=path)
        say(self.message, f"{saved}\n{self.note}" if self.note else saved, "info")
        self.open_file.setDefault(True)
        self.open_file.setFocus()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.runner.prepare(self.kind)  # ready again for the next try
        say(self.message, message)
        self.target.name.setFocus()

    def _open_file(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(self.written)):
            say(self.message, QCoreApplication.translate("export", "No program on this computer opens it. The file is at: {path}").format(path=self.written))

    def _show_folder(self) -> None:
        folder = str(Path(self.written).parent)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            say(self.message, QCoreApplication.translate("export", "No program on this computer shows folders. The folder is: {path}").format(path=folder))

    def reject(self) -> None:
        """Cancel (or Escape) while writing stops the export and stays, saying nothing was written; else closes."""
        if self.runner.running:
            self.runner.cancel()
            self.runner.prepare(self.kind)
            self._busy(False)
            say(self.message, QCoreApplication.translate("export", "Cancelled: nothing was written."), "info")
            self.start_button.setFocus()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.runner.cancel()  # a closed dialog leaves no worker behind
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.runner.cancel()
        super().done(result)


def _start_folder(workspace: Workspace) -> Path:
    """The folder last exported to, while it is still there; else Documents."""
    last = workspace.prefs.get(LAST_FOLDER)
    return Path(last) if last and Path(last).is_dir() else default_folder()


def _keep_place(widget: QWidget) -> None:
    """Hidden, ``widget`` still holds its place: the dialog does not change height between states."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def _taken(target: Path) -> bool:
    """Whether exporting to ``target`` would replace something: a file, or a CSV folder holding files."""
    return target.is_file() or (target.is_dir() and any(target.iterdir()))
