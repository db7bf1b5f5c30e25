"""File → Backups…: the automatic backups of this database with their times, and Restore with a confirmation
that says what a restore does (app/storage/backups.py, app/storage/restore.py).

The dialog only chooses: ``chosen`` is the backup to restore once it is accepted; the caller closes its
connections, restores and reopens (ui/storage/backups_wiring.py; at start: backups_recovery.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.backups import KEEP, Backup, backups_folder, database_key, list_backups
from ui.common.text_size import fit_to_screen


def reason_text(backup: Backup) -> str:
    return {
        "migration": QCoreApplication.translate("backups", "Before an upgrade"),
        "phase-end": QCoreApplication.translate("backups", "End of a phase"),
        "before-restore": QCoreApplication.translate("backups", "Kept aside at a restore"),
    }.get(backup.reason, backup.reason)


def when_text(backup: Backup) -> str:
    return backup.moment.astimezone().strftime("%d-%m-%Y %H:%M:%S")


class BackupsDialog(QDialog):
    """The list, newest first; Restore… asks first. ``damaged``: the reason the database was refused at start."""

    def __init__(self, url: str, parent: QWidget | None = None, damaged: str | None = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self.lang = lang  # the phases' titles are the template's, in this language
        self.setObjectName("backupsDialog")
        self.setWindowTitle(QCoreApplication.translate("backups", "Backups"))
        self.sqlite = url.startswith("sqlite")
        self.backups = list_backups(database_key(url))
        self.chosen: Backup | None = None
        layout = QVBoxLayout(self)
        if damaged is not None:
            warning = QLabel(QCoreApplication.translate("backups", "This database is damaged, so Staatsprint did not open it. Restore a backup below "
                                "(the damaged file is kept aside), or close this window and keep the file to report it.")
                             + "\n" + damaged)
            warning.setObjectName("backupsDamagedLabel")
            bold = warning.font()
            bold.setBold(True)  # the first thing read: why this window opened instead of the event
            warning.setFont(bold)
            warning.setWordWrap(True)
            warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(warning)
        intro = QLabel(QCoreApplication.translate("backups", "Staatsprint saves a backup of this database before every upgrade and at the end of each "
                          "phase of the day (by the programme). The newest {keep} are kept, in:\n{folder}")
                       .format(keep=KEEP, folder=backups_folder()))
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        if not self.backups:
            empty = QLabel(QCoreApplication.translate("backups", "There are no backups of this database yet."))
            empty.setObjectName("backupsEmptyLabel")
            layout.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(QCoreApplication.translate("backups", "&Restore…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setAccessibleDescription(QCoreApplication.translate("backups", "Replace the database with the chosen backup, after asking"))
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_button.clicked.connect(self.ask_restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 420)  # grows with the text size, within the screen
        if self.backups:
            self.table.selectRow(0)
        self.table.setFocus()

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.backups), 3, self)
        table.setObjectName("backupsTable")
        table.setAccessibleName(QCoreApplication.translate("backups", "Backups, newest first"))
        table.setHorizontalHeaderLabels([QCoreApplication.translate("backups", "When"), QCoreApplication.translate("backups", "Why"), QCoreApplication.translate("backups", "What")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        header = table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)  # a long "What" takes a second line rather than a "…"
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(self.backups):
            for column, text in enumerate((when_text(backup), reason_text(backup), self._what(backup))):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                table.setItem(row, column, item)
        table.doubleClicked.connect(lambda _index: self.ask_restore())
        metrics = table.fontMetrics()
        for column in (0, 1):  # room for the longest text and the focus frame of the current cell: never elided
            texts = [table.horizontalHeaderItem(column).text()] + [table.item(row, column).text() for row in range(table.rowCount())]
            table.setColumnWidth(column, max(metrics.horizontalAdvance(text) for text in texts) + 36)
        return table

    def _what(self, backup: Backup) -> str:
        """The phase (its title in the window's language), then the whole database or the event's name."""
        parts = []
        if backup.phase:
            title = backup.phase_en if self.lang == "en" else backup.phase_nl
            parts.append(QCoreApplication.translate("backups", "phase {phase}").format(phase=title or backup.phase))
        parts.append(QCoreApplication.translate("backups", "the whole database") if backup.kind == "sqlite" else backup.event_name or backup.path.name)
        return " · ".join(parts)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def confirm_text(self, backup: Backup) -> str:
        when = when_text(backup)
        if backup.kind == "sqlite":
            what = QCoreApplication.translate("backups", "The whole database is replaced by this backup of {when}: everything done after that moment is "
                      "no longer in it.").format(when=when)
        else:
            what = QCoreApplication.translate("backups", "The event {event} is replaced by this backup of {when}: everything done in it after that moment "
                      "is no longer in it. Other events are not touched.").format(event=backup.event_name, when=when)
        return (what + "\n\n" + QCoreApplication.translate("backups", "First the database as it is now is kept aside as a backup (\"Kept aside at a restore\"), "
                                   "so restoring that one undoes this. Then Staatsprint reopens the database.")
                + "\n\n" + QCoreApplication.translate("backups", "Restore this backup?"))

    def ask_restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("backups", "Restore a backup"), self.confirm_text(backup),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("restoreConfirm")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        restore = box.addButton(QCoreApplication.translate("backups", "Restore"), QMessageBox.ButtonRole.DestructiveRole)
        restore.setObjectName("restoreConfirmButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter does not replace the database by accident

        def done() -> None:
            if box.clickedButton() is restore:
                self.chosen = backup
                self.accept()

        box.finished.connect(lambda _code: done())
        box.open()
