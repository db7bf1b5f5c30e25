"""Asks for the reason of a jury decision (withdraw a juror's file, accept one after close): the
reason is required and goes into the jury's log. Enter gives it, Escape cancels."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ui.common.messages import attempt, message_line
from ui.common.widgets import label


class ReasonDialog(QDialog):
    """``action(reason)`` runs when the reason is given; a refusal shows in the dialog, which stays open."""

    def __init__(self, title: str, question: str, ok_text: str, action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("juryReasonDialog")
        self.setWindowTitle(title)
        self._action = action
        self.reason = QLineEdit()
        self.reason.setObjectName("juryReason")
        self.reason.setMaxLength(500)
        self.error = message_line("juryReasonError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("juryReasonOk")
        buttons.accepted.connect(self._give)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        asked = label(question)
        asked.setBuddy(self.reason)  # the question names the field for a screen reader
        column.addWidget(asked)
        column.addWidget(self.reason)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.setMinimumWidth(460)
        self.ok.setDefault(True)  # once inside the dialog: Enter gives the reason, never cancels
        self.reason.setFocus()

    def _give(self) -> None:
        if attempt(self.error, lambda: self._action(self.reason.text())):
            self.accept()
        else:
            self.reason.setFocus()
