"""Saved as typed: a short pause in typing, leaving the field, or a flush (the window closes) saves.

One mechanism for every field that holds typing (kennismaking answers, knelpunt answers, a note
edited in place, a vehicle answer): the owner gives the save function, ``watch``es its fields (or
calls ``typed`` itself), and loads text ``quietly`` so a refresh is not taken for typing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

IDLE_MS = 600  # save this long after the last keystroke, and at once on leaving the field


class IdleSave(QObject):
    def __init__(self, parent: QObject, save: Callable[[], None], interval: int = IDLE_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval)
        self._timer.timeout.connect(self._save)

    def watch(self, field: QLineEdit | QPlainTextEdit) -> None:
        """Typing in ``field`` saves after a pause; leaving it saves at once."""
        field.textChanged.connect(self.typed)
        field.installEventFilter(self)

    def typed(self) -> None:
        if not self._quiet:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Save now what was typed since the last save (nothing to do when nothing was)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save()

    def cancel(self) -> None:
        self._timer.stop()

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Text set by the program (a refresh, another record shown) is not typing."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)


def typing_in(area: QWidget) -> bool:
    """Someone is typing in ``area``: the focus is in one of its text fields that holds text, or in
    a note being edited on one of its boards (a change from elsewhere must not take that away)."""
    focus = QApplication.focusWidget()
    if focus is None or not area.isAncestorOf(focus):
        return False
    if isinstance(focus, QLineEdit):
        return bool(focus.text()) and not focus.isReadOnly()
    if isinstance(focus, QPlainTextEdit):
        return bool(focus.toPlainText()) and not focus.isReadOnly()
    if isinstance(focus, QGraphicsView) and focus.scene() is not None:
        item = focus.scene().focusItem()
        return isinstance(item, QGraphicsTextItem) and bool(item.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable)
    return False
