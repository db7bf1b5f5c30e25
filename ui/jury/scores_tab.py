"""The facilitator's Scores tab: where each juror's scores stand, importing their files (a file dialog
or dropped onto the tab), typing in a paper sheet, withdrawing a file, closing scoring, and the chair
accepting a file that came after close. Every refusal shows here; nothing is changed by one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.jury.merge import accept_after_close, close_scoring, import_juror_files, withdraw
from app.jury.scoring_overview import JurorScoring, ScoringOverview, scoring_overview
from app.storage.feed import resync_in
from ui.common.messages import attempt, message_line, say
from ui.common.widgets import focus_again, label
from ui.jury.import_report_dialog import ImportReportDialog, summary
from ui.jury.paper_dialog import PaperSheetDialog
from ui.jury.reason_dialog import ReasonDialog
from ui.jury.scores_words import received, revision_word, source_word, status_word
from ui.window.workspace import Workspace

TABLES = {"juror_file", "juror", "jury_setting", "criterion"}  # criterion: a file in use may lack a new one


class ScoresTab(QWidget):
    def __init__(self, workspace: Workspace, beamer=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._overview: ScoringOverview | None = None
        self.setAcceptDrops(True)
        self.state = label("", "lead", "scoresState")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("scoresTable")
        self.table.setHorizontalHeaderLabels([self.tr("Juror"), self.tr("Status"), self.tr("Revision in use"), self.tr("Source"),
                                              self.tr("Received")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # one Tab stop; the arrows move within the table
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the status says the most
        self.table.itemSelectionChanged.connect(self._enable)
        self.import_button = self._button(self.tr("Import juror files…"), "scoresImport", self._choose_files)
        self.paper_button = self._button(self.tr("Type in a paper sheet…"), "scoresPaper", self._paper)
        self.close_button = self._button(self.tr("Close scoring…"), "scoresClose", self._close)
        self.withdraw_button = self._button(self.tr("Withdraw…"), "scoresWithdraw", self._withdraw)
        self.accept_button = self._button(self.tr("Accept (chair)…"), "scoresAccept", self._accept)
        self.info = message_line("scoresInfo")
        self.last_report = None
        self._layout()
        workspace.bridge.changed.connect(self._on_changes)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        for button in (self.import_button, self.paper_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.close_button)
        below = QHBoxLayout()
        below.addWidget(self.withdraw_button)
        below.addWidget(self.accept_button)
        below.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.addWidget(self.state)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addLayout(below)
        column.addWidget(label(self.tr("Tip: drop juror files (.json) onto this tab to import them."), "muted"))
        column.addWidget(self.info)

    def landing(self) -> QWidget:
        return self.import_button

    def refresh(self) -> None:
        chosen = self._chosen()
        self._overview = scoring_overview(self._ws.store, self._ws.event.id)
        jurors = self._overview.jurors
        self.table.setRowCount(len(jurors))
        for row, juror in enumerate(jurors):
            name = juror.name + (" " + self.tr("(chair)") if juror.chair else "")
            cells = (name, status_word(juror), revision_word(juror), source_word(juror.source), received(juror.received_at, self._ws.zone))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long reason is whole in the tooltip
                self.table.setItem(row, column, item)
        rows = [i for i, j in enumerate(jurors) if chosen is not None and j.juror_id == chosen.juror_id]
        if jurors:
            self.table.selectRow(rows[0] if rows else 0)  # a juror is always chosen: Withdraw and Accept act on them
        closed = self._overview.closed_at
        self.state.setText(self.tr("Scoring is closed (since {time}): a file that arrives now waits for the chair.").format(
            time=received(closed, self._ws.zone)) if closed else self.tr("Scoring is open: import the jurors' files as they come in."))
        self._enable()

    def import_files(self, paths: list[str]) -> None:
        """Import the files and show the report (a database failure: the message, nothing imported)."""
        if not paths:
            return
        def run() -> None:
            self.last_report = import_juror_files(self._ws.store, self._ws.event.id, [Path(p) for p in paths])
        if not attempt(self.info, run):
            return
        say(self.info, summary(self.last_report), "info")
        dialog = ImportReportDialog(self.last_report, self)
        dialog.finished.connect(lambda _result: focus_again(self.table))
        dialog.open()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import juror files"), str(Path.home()),
                                                      self.tr("Juror files (*.json)"))
        self.import_files(paths)

    def _paper(self) -> None:
        jurors = [(j.juror_id, j.name) for j in self._overview.jurors]
        dialog = PaperSheetDialog(self._ws, jurors, self)
        dialog.accepted.connect(lambda: say(self.info, self.tr("Paper sheet of {juror} stored as revision {revision}.").format(
            juror=dialog.outcome.juror, revision=dialog.outcome.revision), "info"))
        dialog.finished.connect(lambda _result: focus_again(self.table))
        dialog.open()

    def _close(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close scoring"), self.tr(
            "Close scoring? The revisions in use are then frozen: a file that arrives later waits until the chair accepts it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("closeScoringQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter pressed once too often closes nothing
        if box.exec() != QMessageBox.StandardButton.Yes:
            self.close_button.setFocus()
            return
        if attempt(self.info, lambda: close_scoring(self._ws.store, self._ws.event.id)):
            say(self.info, self.tr("Scoring is closed."), "info")
        self.table.setFocus()

    def _withdraw(self) -> None:
        juror = self._chosen()
        self._ask(self.tr("Withdraw {juror}'s scores").format(juror=juror.name),
                  self.tr("Why are {juror}'s scores withdrawn? (They leave the results; the reason goes into the jury's log.)").format(juror=juror.name),
                  self.tr("Withdraw"), lambda reason: withdraw(self._ws.store, self._ws.event.id, juror.juror_file_id, reason))

    def _accept(self) -> None:
        juror = self._chosen()
        held = juror.held[-1]
        self._ask(self.tr("Accept after close"),
                  self.tr("Why does the chair accept revision {revision} of {juror} after close? (The reason goes into the jury's log.)").format(
                      revision=held.revision, juror=juror.name),
                  self.tr("Accept"), lambda reason: accept_after_close(self._ws.store, self._ws.event.id, held.juror_file_id, reason))

    def _ask(self, title: str, question: str, ok_text: str, action) -> None:
        dialog = ReasonDialog(title, question, ok_text, action, self)
        dialog.finished.connect(lambda _result: focus_again(self.table))
        dialog.open()

    def _chosen(self) -> JurorScoring | None:
        rows = self.table.selectionModel().selectedRows() if self._overview else []
        return self._overview.jurors[rows[0].row()] if rows else None

    def _enable(self) -> None:
        juror = self._chosen()
        set_up = bool(self._overview and self._overview.set_up)
        for button in (self.import_button, self.paper_button):
            button.setEnabled(set_up)
        self.close_button.setEnabled(set_up and self._overview.closed_at is None)
        self.withdraw_button.setEnabled(juror is not None and juror.in_use)
        self.accept_button.setEnabled(juror is not None and bool(juror.held))

    def _on_changes(self, changes) -> None:
        if resync_in(changes) or any(change.table in TABLES and change.event_id in (None, self._ws.event.id) for change in changes):
            self.refresh()


def _local_files(mime) -> list[str]:
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    return [url.toLocalFile() for url in urls] if all(url.isLocalFile() for url in urls) else []
