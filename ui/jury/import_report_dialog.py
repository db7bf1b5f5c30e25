"""The import report: how many files were accepted, duplicates, superseded, held after close and
refused, then one row per file with the juror, the revision and what happened (the reason, in words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.errors import DomainError
from app.jury.merge_report import ACCEPTED, AFTER_CLOSE, DUPLICATE, REFUSED, SUPERSEDED, FileOutcome, ImportReport
from ui.common.messages import message_for
from ui.common.widgets import label


def outcome_word(outcome: str) -> str:
    return {
        ACCEPTED: QCoreApplication.translate("ImportReport", "Accepted"),
        DUPLICATE: QCoreApplication.translate("ImportReport", "Duplicate"),
        SUPERSEDED: QCoreApplication.translate("ImportReport", "Superseded"),
        AFTER_CLOSE: QCoreApplication.translate("ImportReport", "After close"),
        REFUSED: QCoreApplication.translate("ImportReport", "Refused"),
    }[outcome]


def what_happened(entry: FileOutcome) -> str:
    """The entry's reason in the UI's language."""
    p = entry.params
    texts = {
        "juror_file_accepted": lambda: (QCoreApplication.translate("ImportReport", "In use; replaces revision {revision}.").format(revision=p["replaces"])
                                        if p.get("replaces") else QCoreApplication.translate("ImportReport", "In use.")),
        "juror_file_duplicate": lambda: QCoreApplication.translate("ImportReport", "Received before: nothing changed."),
        "juror_file_older_kept": lambda: QCoreApplication.translate("ImportReport", "Older than revision {newer}, received before: kept for the record, the scores are unchanged.").format(newer=p.get("newer", "")),
        "juror_file_replaced_here": lambda: QCoreApplication.translate("ImportReport", "Replaced by revision {newer} of this import.").format(newer=p.get("newer", "")),
        "juror_file_after_close": lambda: QCoreApplication.translate("ImportReport", "Scoring is closed: held until the chair accepts it; the scores are unchanged."),
    }
    make = texts.get(entry.code)
    text = make() if make else message_for(DomainError(entry.code, entry.message, **entry.params))
    if p.get("paper") is not None:
        text += " " + QCoreApplication.translate("ImportReport", "It replaces the paper sheet typed as revision {revision} (kept for the record).").format(
            revision=p["paper"])
    return text


def juror_text(entry: FileOutcome) -> str:
    """The juror and revision; a refused file whose signature did not hold: whom it claims to be from, said so."""
    if entry.juror:
        return QCoreApplication.translate("ImportReport", "{juror}, revision {revision}").format(juror=entry.juror, revision=entry.revision)
    if entry.claimed:
        return QCoreApplication.translate("ImportReport", "(according to the file: {juror})").format(juror=entry.claimed)
    return "—"


def _mark_unverified(item: QTableWidgetItem) -> None:
    font = QFont(item.font())
    font.setItalic(True)
    item.setFont(font)
    item.setToolTip(QCoreApplication.translate("ImportReport", "{text} Not verified: the file's signature does not hold, so this name may be false.").format(
        text=item.text()))


def summary(report: ImportReport) -> str:
    return QCoreApplication.translate("ImportReport", "{accepted} accepted, {duplicate} duplicate, {superseded} superseded, {after} after close, {refused} refused.").format(
        accepted=len(report.of(ACCEPTED)), duplicate=len(report.of(DUPLICATE)), superseded=report.superseded_count,
        after=len(report.of(AFTER_CLOSE)), refused=len(report.of(REFUSED)))


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Juror files imported"))
        self.summary = label(summary(report), "lead", "importReportSummary")
        self.table = QTableWidget(len(report.files), 4)
        self.table.setObjectName("importReportTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Juror"), self.tr("What happened"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # one Tab stop; the arrows move within the table
        for row, entry in enumerate(report.files):
            for column, text in enumerate((entry.name, juror_text(entry), outcome_word(entry.outcome), what_happened(entry))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if not entry.juror and entry.claimed:
                _mark_unverified(self.table.item(row, 1))
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("importReportClose")
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.resize(1000, 420)
        self.close_button.setFocus()
