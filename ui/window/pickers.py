"""A picker whose choice changes the whole window (the event, the team, who uses the laptop).

It is chosen deliberately, never by accident: Tab passes it by (a click or its shortcut in the Go
menu reaches it), an arrow key or the mouse wheel over it changes nothing, and only a choice in
its open list counts (Space, Enter, F4 or Alt+Down open the list, as in any combo box).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

OPENERS = {Qt.Key.Key_Space, Qt.Key.Key_F4, Qt.Key.Key_Select}  # open the list, as a combo box does
CONFIRMERS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}  # a closed combo box ignores these: here they open it too


class DeliberatePicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in CONFIRMERS:
            self.showPopup()
        elif key in OPENERS or (key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
        else:
            event.ignore()  # arrows, Page Up/Down, Home/End and letters would switch at once

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        event.ignore()

    def open_list(self) -> None:
        """The Go menu's shortcut: focus and the open list, to choose from."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.showPopup()
