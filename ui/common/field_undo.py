"""A text field with nothing of its own to undo (or redo) lets Ctrl+Z (Ctrl+Shift+Z, the platform's
Redo) go on to the surface's undo (redo): a field otherwise takes these keys even when it has no
history, and the surface's shortcut would never fire while the hand is in a field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def is_undo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or (event.key() == Qt.Key.Key_Z and event.modifiers() == CTRL_SHIFT)


def own_history(field) -> tuple[bool, bool]:
    """(can undo, can redo) within the field itself."""
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable(), field.isRedoAvailable()
    document = field.document()
    return document.isUndoAvailable(), document.isRedoAvailable()


class PassUndo(QObject):
    def __init__(self, field: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
        super().__init__(field)
        field.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride:
            can_undo, can_redo = own_history(watched)
            if (is_undo(event) and not can_undo) or (is_redo(event) and not can_redo):
                event.ignore()  # not the field's: the shortcut acts
                return True
        return super().eventFilter(watched, event)


def pass_undo(*fields) -> None:
    """Let these fields pass Ctrl+Z and Ctrl+Shift+Z on while they have nothing of their own to undo."""
    for field in fields:
        PassUndo(field)
