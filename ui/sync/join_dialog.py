"""File → Join event…: what a join file is (event, day, login, server) shown BEFORE connecting, then the
connection. A refusal is said in the dialog in words that say what to do; the window's current event
stays open and nothing is remembered until the join succeeded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.storage.database import Opened
from app.sync.join_file import SUFFIX, JoinFile
from app.sync.joined import connect, remember, server_address
from ui.common.messages import message_for
from ui.common.widgets import label


def kind_text(kind: str) -> str:
    return {
        "facilitator": QCoreApplication.translate("join", "the facilitator (everything of the event)"),
        "team": QCoreApplication.translate("join", "a team (this laptop is that team's)"),
        "juror": QCoreApplication.translate("join", "a juror (scores only)"),
        "member": QCoreApplication.translate("join", "a member of a team"),
    }.get(kind, kind)


def choose_join_file(parent: QWidget) -> Path | None:
    from app.export.names import default_folder

    path, _filter = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("join", "Join an event"), str(default_folder()),
                                                QCoreApplication.translate("join", "Join files (*{suffix})").format(suffix=SUFFIX))
    return Path(path) if path else None


class JoinDialog(QDialog):
    """Shows ``join``; Join connects. After ``exec()`` returned Accepted, ``opened`` and ``event_id`` are the
    joined event's database (remembered in ``data``) and its event."""

    def __init__(self, join: JoinFile, data: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(QCoreApplication.translate("join", "Join an event"))
        self.setMinimumWidth(560)
        self.join, self._data = join, data
        self.opened: Opened | None = None
        self.event_id: int | None = None

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 16)
        column.setSpacing(12)
        column.addWidget(label(join.event_name, "h2", "joinEventName"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        rows = (
            (QCoreApplication.translate("join", "Day"), join.event_day.strftime("%d-%m-%Y"), "joinDay"),
            (QCoreApplication.translate("join", "Login"), join.label or join.role, "joinLogin"),
            (QCoreApplication.translate("join", "Joins as"), kind_text(join.kind), "joinKind"),
            (QCoreApplication.translate("join", "Server"), server_address(join), "joinServer"),
            (QCoreApplication.translate("join", "Valid until"), join.expires.astimezone().strftime("%d-%m-%Y"), "joinExpires"),
        )
        for caption, value, name in rows:
            shown = label(value, None, name)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label(caption, "muted"), shown)
        column.addLayout(form)
        note = label(QCoreApplication.translate("join", "The file holds this login's password: Staatsprint uses it without showing it. "
                        "The server is checked with the certificate in the file before anything is sent."), "muted")
        column.addWidget(note)
        self.error = label("", "error", "joinError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        column.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(QCoreApplication.translate("join", "Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setObjectName("joinButton")
        self.join_button.setProperty("role", "primary")
        self.join_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("joinCancelButton")
        buttons.accepted.connect(self.connect_now)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.join_button.setFocus()

    def connect_now(self) -> None:
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.opened, self.event_id = connect(self.join, self._data)
        except DomainError as error:
            self._refused(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        try:
            remember(self.join, self._data)
        except OSError:
            pass  # joined all the same; only the File menu will not offer it again
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.error.setText(message_for(error))
        self.error.show()
        self.join_button.setText(QCoreApplication.translate("join", "Try again"))
        self.join_button.setFocus()
        self.adjustSize()
