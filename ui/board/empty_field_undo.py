"""In an empty note field, Ctrl+Z and Ctrl+Shift+Z (or the platform's Redo) undo and redo on the board:
the field has nothing of its own to undo, and the scribe's hands stay on the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit


class EmptyFieldUndo(QObject):
    def __init__(self, field: QLineEdit, stack: QUndoStack) -> None:
        super().__init__(field)
        self._field, self._stack = field, stack
        field.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._field and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and not self._field.text():
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Z and event.modifiers() == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            ):
                if event.type() == QEvent.Type.KeyPress:
                    redo = event.modifiers() & Qt.KeyboardModifier.ShiftModifier or event.matches(QKeySequence.StandardKey.Redo)
                    (self._stack.redo if redo else self._stack.undo)()
                event.accept()
                return True
        return super().eventFilter(watched, event)
