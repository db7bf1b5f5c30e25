"""The jury set-up's questions: before a destructive change, and a reason once scores arrived.

Each dialog has an objectName so a test answers it with the keyboard as a person does. No is the
default of a question (Enter or Escape never destroys anything); an empty reason is not a reason: the
reason dialog stays open and says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def ask(parent: QWidget, name: str, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName(name)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class ReasonDialog(QInputDialog):
    """Asks a reason; OK with nothing typed keeps it open and says that a reason is required."""

    def __init__(self, parent: QWidget, name: str, question: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(QCoreApplication.translate("JurySetup", "A reason is needed"))
        self._question = question
        self.setLabelText(question)
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setTextEchoMode(QLineEdit.EchoMode.Normal)

    def done(self, result: int) -> None:  # Qt's name
        if result == QInputDialog.DialogCode.Accepted and not self.textValue().strip():
            required = QCoreApplication.translate("JurySetup", "A reason is required: type why, or press Cancel to leave it as it was.")
            self.setLabelText(f"{self._question}\n\n⚠ {required}")
            self.findChild(QLineEdit).setFocus()
            return
        super().done(result)


def reason(parent: QWidget, name: str, question: str) -> str | None:
    """The reason typed (trimmed), or None when cancelled (an empty reason is never accepted)."""
    dialog = ReasonDialog(parent, name, question)
    if not dialog.exec():
        return None
    return dialog.textValue().strip()
