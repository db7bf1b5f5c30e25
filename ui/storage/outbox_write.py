"""Where the screens hand a typed edit to the database, or — the server away — to the outbox.

On a shared (PostgreSQL) event each store has one ``OutboxBridge``: the outbox file in the data folder,
``pending_count`` and the ``countChanged`` signal (for the connection banner's "n changes waiting"),
``stuck`` when a replayed edit is refused (an ``edit_conflict``: the conflict dialog's to ask), and the
replay, started when the listener reports the connection back (``follow``), or — with no listener —
by a retry every few seconds while something waits. On SQLite there is no bridge: a failed write is
refused as always.

``write_or_queue`` is the one hook: it writes, or keeps the edit when the server is known to be away
(or edits already wait: they keep their order) or the write just failed for want of a connection.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.errors import DomainError, WriteFailed
from app.storage.config import data_folder
from app.storage.store import Store

if TYPE_CHECKING:  # the outbox itself is imported when a shared event opens: a SQLite start-up needs none of it
    from app.sync.outbox import Outbox, Replayed

RETRY_MS = 5000  # without a listener's word: try the waiting edits again this often
QUEUED, WRITTEN = "queued", "written"
_BRIDGES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class OutboxBridge(QObject):
    countChanged = Signal(int)  # noqa: N815 (Qt's style) the number of edits waiting
    stuck = Signal(object, object)  # (Entry, DomainError): a replayed edit refused, first in line

    def __init__(self, store: Store, outbox: Outbox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.outbox = store, outbox
        self.away = False  # a write or the listener said the server is out of reach
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.replay)
        self._listener = None
        outbox.on_change.append(self.countChanged.emit)
        self._update_retry()
        self.countChanged.connect(lambda _count: self._update_retry())

    @property
    def pending_count(self) -> int:
        return self.outbox.pending_count

    def waiting_text(self) -> str:
        """The connection banner's line: how many edits wait to be saved ("" when none)."""
        count = self.outbox.pending_count
        return self.tr("%n change(s) waiting", "", count) if count else ""

    @property
    def waiting(self) -> bool:
        """New edits go to the outbox: the server is away, or earlier edits wait (their order is kept)."""
        return self.away or self.outbox.pending_count > 0

    def enqueue(self, op: str, args: dict, based_on: dict | None = None):
        return self.outbox.enqueue(op, args, based_on)

    def follow(self, listener) -> None:
        """Replay when ``listener`` (app.sync.listener: ``status.connected``, ``on_status``) reports the
        connection back; it replaces the retry timer."""
        self._listener = listener
        listener.on_status.append(self._status_changed)
        self._update_retry()

    def _status_changed(self, status=None) -> None:
        status = status if status is not None else self._listener.status
        self.away = not getattr(status, "connected", False)
        if not self.away and self.outbox.pending_count:
            QTimer.singleShot(0, self.replay)  # after the listener's own handling (its RESYNC)

    def replay(self) -> Replayed:
        replayed = self.outbox.replay(self.store)
        self.away = replayed.away
        if replayed.error is not None:
            self.stuck.emit(replayed.stuck, replayed.error)
        return replayed

    def _update_retry(self) -> None:
        wanted = self._listener is None and self.outbox.pending_count > 0 and self.outbox.stuck is None
        if wanted and not self._retry.isActive():
            self._retry.start()
        elif not wanted:
            self._retry.stop()


def install(store: Store, folder: Path | None = None, parent: QObject | None = None) -> OutboxBridge | None:
    """The store's bridge (made on first call; None on SQLite): its outbox file read, what a crash left
    waiting ready to replay. ``folder``: where the file lives (default: the app's data folder)."""
    if not store.shared:
        return None
    bridge = _BRIDGES.get(store)
    if bridge is None:
        from app.sync.outbox import Outbox, outbox_path

        outbox = Outbox(outbox_path(folder or data_folder(), store.engine))
        bridge = OutboxBridge(store, outbox, parent)
        _BRIDGES[store] = bridge
    return bridge


def outbox_for(store: Store) -> OutboxBridge | None:
    return install(store)


def write_or_queue(store: Store, op: str, args: dict, based_on: dict | None, write: Callable[[], object]) -> str:
    """``write()`` now (WRITTEN), or the edit kept in the outbox (QUEUED). A refusal other than a lost
    connection is raised as always (nothing kept: the person corrects it)."""
    bridge = outbox_for(store)
    if bridge is None:
        write()
        return WRITTEN
    if bridge.waiting:
        kept = bridge.enqueue(op, args, based_on)
        return QUEUED if kept is not None else WRITTEN  # None: no change from what it was based on
    try:
        write()
    except WriteFailed as failed:
        from app.sync.outbox import connection_lost

        if not connection_lost(failed):
            raise
        bridge.away = True
        bridge.enqueue(op, args, based_on)
        return QUEUED
    return WRITTEN


def kept_text() -> str:
    return QCoreApplication.translate("outbox", "The server is away: what you typed is kept on this laptop and saved when it is back.")


class _Teller(QObject):
    """Tells the window's person what the outbox could not do (gone with the window)."""

    def __init__(self, window, bridge: OutboxBridge) -> None:
        super().__init__(window)
        self._bridge = bridge

    def told(self, entry, error: DomainError) -> None:
        from app.sync.versions import EditConflict
        from ui.common.messages import tell

        if isinstance(error, EditConflict) and entry is not None:
            self._choose(entry, error)
            return
        tell(self.parent(), error)

    def _choose(self, entry, conflict) -> None:
        """A replayed edit met another laptop's: the person chooses, as for an edit made online."""
        from app.sync.note_edits import keep_both
        from ui.common.messages import tell
        from ui.sync import conflict_dialog
        from ui.sync.conflict_dialog import BOTH, MINE, THEIRS

        choice = conflict_dialog.ask(conflict, self.parent())
        outbox = self._bridge.outbox
        if choice == MINE:
            outbox.rebase(entry.id, {**entry.based_on, conflict.field: conflict.theirs})  # "text", or an answer's key
        elif choice == THEIRS:
            outbox.discard(entry.id)
        elif choice == BOTH and entry.op == "note.edit":
            try:
                keep_both(self._bridge.store, conflict)
            except DomainError as error:
                tell(self.parent(), error)
                return
            outbox.discard(entry.id)
        else:
            return  # Escape: it stays first in line, and the next replay asks again
        QTimer.singleShot(0, self._bridge.replay)


def attach(window) -> OutboxBridge | None:
    """The main window's part (one line there): the store's bridge made, and told in a message box: an
    outbox file that could not be read (put aside), and a replayed edit that was refused. (When the
    edit met another laptop's change to the same field: the conflict dialog asks what to keep.)"""
    bridge = install(window.store)
    if bridge is None:
        return None
    teller = _Teller(window, bridge)
    bridge.stuck.connect(teller.told)
    if bridge.outbox.problem is not None:
        problem = bridge.outbox.problem
        QTimer.singleShot(0, teller, lambda: teller.told(None, problem))
    return bridge
