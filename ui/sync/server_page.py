"""The facilitator's "Event server" page: the event's logins and their join files, saved one by one or all to a
folder (a USB stick). Join files hold passwords: this page is on the facilitator's screen only, never on the
beamer (it is no beamer source), and a password shows only while "Show passwords" is pressed.
On SQLite it explains how to start a server instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.sync.handout import event_logins, file_name, join_for, replaced_by_save_all, save_all, server_side
from app.sync.join_file import SUFFIX, write_join_file
from ui.common.messages import message_for
from ui.common.widgets import label
from ui.sync.join_dialog import kind_text

HIDDEN = "••••••••"


class ServerPage(QWidget):
    def __init__(self, workspace, beamer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPage")
        self._ws = workspace
        self._logins: list = []
        self.save_folder: Path | None = None  # tests: where files go without asking
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        column.addWidget(label(QCoreApplication.translate("join", "Event server"), "h1"))
        self.intro = label("", "lead", "serverIntro")
        column.addWidget(self.intro)
        self.warning = label(QCoreApplication.translate("join", "Join files hold passwords. Hand them over on a stick or show them on this screen only — "
                                "never on the beamer. Anyone with a team's file can work as that team."), "info", "serverWarning")
        column.addWidget(self.warning)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("loginTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("join", "Login"), QCoreApplication.translate("join", "Kind"), QCoreApplication.translate("join", "Database role"), QCoreApplication.translate("join", "Password")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.save_one = self._button(QCoreApplication.translate("join", "Save join file…"), "saveJoinFileButton", self._save_selected, row)
        self.save_one.setProperty("role", "primary")
        self.save_every = self._button(QCoreApplication.translate("join", "Save all join files to a folder…"), "saveAllJoinFilesButton", self._save_all, row)
        row.addStretch(1)
        self.show_passwords = self._button(QCoreApplication.translate("join", "Show passwords"), "showPasswordsButton", self._fill_passwords, row)
        self.show_passwords.setCheckable(True)
        column.addLayout(row)
        self.done = label("", "muted", "serverSaved")
        column.addWidget(self.done)
        column.addStretch(0)  # on SQLite (no table) the heading and the explanation stay at the top

    def _button(self, text: str, name: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        button.clicked.connect(lambda _=False: slot())
        row.addWidget(button)
        return button

    def landing(self) -> QWidget:
        return self.table if self.table.isVisible() and self.table.rowCount() else self

    def refresh(self) -> None:
        shared = server_side(self._ws.store) is not None
        self._logins = event_logins(self._ws.store, self._ws.event.id) if shared else []
        if not shared:
            self.intro.setText(QCoreApplication.translate("join", "This event is kept in a file on this laptop. To let other laptops join, start an event "
                                  "server on the facilitator's laptop: run “staatsprint serve” in a terminal. It makes a join "
                                  "file for every team, juror and the facilitator; open the facilitator's file here with "
                                  "File → Join event…, and this page lists them all."))
        elif not self._logins:
            self.intro.setText(QCoreApplication.translate("join", "This event server has no logins for this event yet: “staatsprint serve” makes them."))
        else:
            self.intro.setText(QCoreApplication.translate("join", "Every laptop joins with its own login's join file: File → Join event…, or drop the file on the window."))
        for widget in (self.table, self.save_one, self.save_every, self.show_passwords, self.warning):
            widget.setVisible(shared)
        self.table.setRowCount(len(self._logins))
        for index, login in enumerate(self._logins):
            for column, value in enumerate((login.label or login.role_name, kind_text(login.kind), login.role_name, HIDDEN)):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self._fill_passwords()
        if self._logins and not self.table.selectedItems():
            self.table.selectRow(0)
        self.save_one.setEnabled(bool(self._logins))
        self.save_every.setEnabled(bool(self._logins))

    def _fill_passwords(self) -> None:
        shown = self.show_passwords.isChecked()
        self.show_passwords.setText(QCoreApplication.translate("join", "Hide passwords") if shown else QCoreApplication.translate("join", "Show passwords"))
        for index, login in enumerate(self._logins):
            self.table.item(index, 3).setText(login.password if shown else HIDDEN)

    def _joins(self, logins: list) -> list:
        server = server_side(self._ws.store)
        return [(login, join_for(login, self._ws.event, server)) for login in logins]

    def _save_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        login = self._logins[rows[0].row()]
        try:
            [(_login, join)] = self._joins([login])
            path = self._ask_file(file_name(login))
            if path is None:
                return
            try:
                write_join_file(path, join)
            except OSError as exc:
                raise DomainError("join_not_saved", f"{path} could not be written", path=str(path), reason=exc.strerror or str(exc)) from None
        except DomainError as error:
            QMessageBox.warning(self, QCoreApplication.translate("join", "Not saved"), message_for(error))
            return
        self.done.setText(QCoreApplication.translate("join", "Saved: {path}").format(path=path))

    def _save_all(self) -> None:
        try:
            joins = self._joins(self._logins)
            folder = self.save_folder or self._ask_folder()
            if folder is None or not self._may_replace(folder):
                return
            written = save_all(folder, joins)
        except DomainError as error:
            QMessageBox.warning(self, QCoreApplication.translate("join", "Not saved"), message_for(error))
            return
        self.done.setText(QCoreApplication.translate("join", "{count} join files saved in {folder}").format(count=len(written), folder=folder))

    def _may_replace(self, folder: Path) -> bool:
        """Join files of an earlier save in ``folder``: one question, naming how many would be replaced (No the default)."""
        count = len(replaced_by_save_all(folder, self._logins))
        if not count:
            return True
        question = self.tr("%n join file(s) in {folder} would be replaced by new ones. Replace them?", "", count).format(folder=folder)
        title = QCoreApplication.translate("join", "Replace join files?")
        box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("replaceJoinFilesQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _ask_file(self, name: str) -> Path | None:
        if self.save_folder is not None:
            return self.save_folder / name
        from app.export.names import default_folder

        path, _filter = QFileDialog.getSaveFileName(self, QCoreApplication.translate("join", "Save join file"), str(default_folder() / name),
                                                    QCoreApplication.translate("join", "Join files (*{suffix})").format(suffix=SUFFIX))
        return Path(path) if path else None

    def _ask_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("join", "Save all join files to a folder"))
        return Path(folder) if folder else None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._save_selected()
            return
        super().keyPressEvent(event)
