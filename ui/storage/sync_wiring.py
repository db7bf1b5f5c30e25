"""A window on a shared (PostgreSQL) event hears the other laptops: the listener runs on the qasync
loop for as long as a window shows the store, and its status drives the connection banner.

One listener per store (``app.sync.listener.listener_of``): a window re-made for another language
takes over the running one, so the app never holds more than its two connections (work and listen).
The listener starts once the event loop runs (the window is built before it exists).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # imported when a shared event opens: a SQLite start-up loads no psycopg
    from app.storage.store import Store
    from app.sync.listener import Listener
    from ui.storage.connection_banner import ConnectionBanner

log = logging.getLogger(__name__)

_running: dict[Listener, tuple[asyncio.Task, set[QMainWindow]]] = {}


class _ClosedWatch(QObject):
    """Lets go of the listener when its window closes (the last window stops it)."""

    def __init__(self, window: QMainWindow, listener: Listener, banner: ConnectionBanner) -> None:
        super().__init__(window)
        self._window, self._listener, self._banner = window, listener, banner
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.release()
        return False

    def release(self) -> None:
        if self._banner.follow in self._listener.on_status:
            self._listener.on_status.remove(self._banner.follow)
        release_window(self._listener, self._window)


def follow_server(window: QMainWindow, store: Store) -> Listener | None:
    """On a shared event: the listener for ``store`` (started on the running loop, now or once it
    runs) and the banner in ``window``. None on SQLite: nothing to hear."""
    if not store.shared:
        return None
    from app.sync.listener import Listener, listener_of
    from ui.storage.connection_banner import add_banner

    listener = listener_of(store) or Listener(store)
    banner = add_banner(window)
    listener.on_status.append(banner.follow)
    _hear_with(window, listener, banner)
    if not listener.status.connected and listener.status.lost_since is not None:
        banner.follow(listener.status)
    _ClosedWatch(window, listener, banner)
    if listener in _running:
        _running[listener][1].add(window)
    else:
        QTimer.singleShot(0, lambda: _start(listener, window))
    return listener


def _hear_with(window: QMainWindow, listener: Listener, banner: ConnectionBanner) -> None:
    """What else follows the connection: the outbox replays on reconnect (its count in the banner), and the
    server clock's offset is measured again (a laptop that slept may have drifted)."""
    outbox = getattr(window, "outbox", None)
    if outbox is not None:
        outbox.follow(listener)
        banner.follow_waiting(outbox)
    clock = getattr(getattr(window, "timers", None), "clock", None)
    if hasattr(clock, "on_status") and clock.on_status not in listener.on_status:
        listener.on_status.append(clock.on_status)


def _start(listener: Listener, window: QMainWindow) -> None:
    if listener in _running:
        _running[listener][1].add(window)
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        log.warning("no asyncio loop runs: this window does not hear other laptops")
        return
    _running[listener] = (loop.create_task(listener.run()), {window})


def release_window(listener: Listener, window: QMainWindow) -> None:
    """``window`` no longer shows the store; with no window left, the listener stops."""
    task, windows = _running.get(listener, (None, set()))
    windows.discard(window)
    if windows:
        return
    listener.stop()
    if task is not None:
        task.cancel()
        del _running[listener]


def running_task(listener: Listener) -> asyncio.Task | None:
    """The listener's task (tests wait for it to end)."""
    entry = _running.get(listener)
    return entry[0] if entry else None
