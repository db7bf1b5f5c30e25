"""Answer a modal dialog the way a person does: wait until it is open, then use the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_modal(object_name: str, act, seen: list) -> None:
    """Once the modal dialog ``object_name`` is open, call ``act(dialog)`` (it presses keys);
    the dialog is appended to ``seen`` so the test can check what it said."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != object_name:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)


def say_yes(qtbot, object_name: str, seen: list | None = None) -> None:
    """Once the modal question ``object_name`` is open, press Space on its Yes button."""
    answer_modal(object_name, lambda box: qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space), [] if seen is None else seen)
