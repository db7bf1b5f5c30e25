"""The jury set-up's questions: before a destructive change, and a reason once scores arrived.

Each dialog has an objectName so a test answers it with the keyboard as a person does. No is the
default of a question (Enter or Escape never destroys anything); an empty reason is not a reason.
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


def reason(parent: QWidget, name: str, question: str) -> str | None:
    """The reason typed (trimmed), or None when cancelled or left empty."""
    dialog = QInputDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(QCoreApplication.translate("JurySetup", "A reason is needed"))
    dialog.setLabelText(question)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    if not dialog.exec():
        return None
    return dialog.textValue().strip() or None
