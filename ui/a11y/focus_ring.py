"""A visible focus (WCAG 2.4.7) on controls the style sheet cannot frame without moving their content: a
scroll area that takes the focus to scroll (the instructions, a vote list) and a canvas (the board, the car).

A thin frame (``QFrame#focusRing``, coloured by the theme's style sheet) is laid over the focused widget's
edge, on top of its content and letting the mouse through; it goes when the focus does."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QScrollArea, QWidget

RING_NAME = "focusRing"


def wants_ring(widget: QWidget | None) -> bool:
    return isinstance(widget, QScrollArea | QGraphicsView)


class FocusRing(QFrame):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName(RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(owner.rect())
        owner.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class _Follower(QObject):
    def moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            ring = old.findChild(FocusRing, RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
            if ring is not None:
                ring.hide()
        if wants_ring(new):
            ring = new.findChild(FocusRing, RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly) or FocusRing(new)
            ring.setGeometry(new.rect())
            ring.raise_()
            ring.show()


_follower: _Follower | None = None


def install(app: QApplication) -> None:
    """Follow the focus (once per application)."""
    global _follower
    if _follower is None:
        _follower = _Follower(app)
        app.focusChanged.connect(_follower.moved)
