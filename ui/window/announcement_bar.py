"""The facilitator's announcement line on every laptop, not only on the beamer.

The line the facilitator writes under the beamer's countdown ("Nog 5 minuten — rond je pitch af!")
is meant for every team; in break-out rooms the teams do not see the beamer, so each laptop shows it
in a bar at the top of the window (hidden while there is none). It follows the event row: set or
cleared here or on another laptop, every window shows it as it is stored now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolBar, QWidget

_LOOK = "background: #FFF4CC; color: #1B1B1B;"  # the beamer's accent, light: dark text on it is 15:1


class AnnouncementBar(QToolBar):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("announcementBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(20, 6, 20, 6)
        self.text = QLabel(box)
        self.text.setObjectName("announcementText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        row.addWidget(self.text, 1)
        self.addWidget(box)
        self.setStyleSheet(f"QToolBar#announcementBar {{ border: none; padding: 0; {_LOOK} }} QLabel#announcementText {{ {_LOOK} }}")
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def show_text(self, announcement: str) -> None:
        """The event's announcement as stored now ("" hides the bar)."""
        if announcement:
            self.text.setText(self.tr("Announcement: %1").replace("%1", announcement))
            self.text.setAccessibleName(self.text.text())
        self.setVisible(bool(announcement))
