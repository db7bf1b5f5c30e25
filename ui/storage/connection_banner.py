"""The line at the top of the main window while the event's server is gone (never on the beamer).

"No connection to the server for 0:42 — what you type is kept; reconnecting…", counting up every
second; once the listener (app.sync.listener) is connected again, "Connected again" for a moment.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolBar, QWidget

from app.clock.timers import clock_text

if TYPE_CHECKING:
    from app.sync.listener import ConnectionStatus

AGAIN_SHOWN_MS = 3000
_LOST = "background: #B35900; color: white;"  # warning colour: white on it is 4.8:1
_AGAIN = "background: #01689B; color: white;"  # primary: 6.1:1


class ConnectionBanner(QToolBar):
    """A full-width bar under the menu; hidden while connected."""

    def __init__(self, parent: QWidget | None = None, now=None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not offered in the window's toolbar menu
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self._now = now or (lambda: datetime.now(UTC))
        self._lost_since: datetime | None = None
        self._waiting = lambda: ""  # the outbox's "n changes waiting" (ui/storage/outbox_write.py)
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel(box)
        self.text.setObjectName("connectionBannerText")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        layout.addWidget(self.text, 1)
        self.addWidget(box)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_lost)
        self._goodbye = QTimer(self)
        self._goodbye.setSingleShot(True)
        self._goodbye.setInterval(AGAIN_SHOWN_MS)
        self._goodbye.timeout.connect(self.hide)
        self.hide()

    def follow(self, status: ConnectionStatus) -> None:
        """Show how long the server has been gone, or that it is back."""
        if not status.connected:
            self._lost_since = status.lost_since or self._now()
            self._goodbye.stop()
            self.setStyleSheet(_sheet(_LOST))
            self._show_lost()
            self._ticker.start()
            self.show()
        elif self._lost_since is not None:
            self._lost_since = None
            self._ticker.stop()
            self.setStyleSheet(_sheet(_AGAIN))
            self.text.setText(self.tr("Connected again"))
            self._goodbye.start()

    def follow_waiting(self, outbox) -> None:
        """Say how many typed edits wait for the server (``outbox``: an OutboxBridge)."""
        self._waiting = outbox.waiting_text
        outbox.countChanged.connect(lambda _count: self._show_lost())

    def _show_lost(self) -> None:
        if self._lost_since is None:
            return
        gone = max(0.0, (self._now() - self._lost_since).total_seconds())
        line = self.tr("No connection to the server for %1 — what you type is kept; reconnecting…").replace("%1", clock_text(int(gone)))
        waiting = self._waiting()
        self.text.setText(f"{line} {waiting}" if waiting else line)


def _sheet(colours: str) -> str:
    return f"QToolBar#connectionBanner {{ border: none; padding: 0; spacing: 0; {colours} }} QLabel#connectionBannerText {{ {colours} }}"


def add_banner(window: QMainWindow) -> ConnectionBanner:
    """The banner, as the window's top bar (above whatever page it shows)."""
    banner = ConnectionBanner(window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # its own row, under the announcement's (ui/window/announcement_bar.py)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    return banner
