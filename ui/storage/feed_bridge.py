"""The change feed as a Qt signal, delivered on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from app.storage.feed import Change, ChangeFeed, resync_in


class FeedBridge(QObject):
    """Re-emits every committed batch of changes; views connect to ``changed``."""

    changed = Signal(object)  # tuple[Change, ...]
    _arrived = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Always queued: views refresh after the action that changed the data has returned (never
        # inside their own slot, half-way through an edit), and a batch from another thread (the
        # PostgreSQL listener, later) lands on the UI thread.
        self._arrived.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = feed.subscribe(self._arrived.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def close(self) -> None:
        self._unsubscribe()


def touches(batch: tuple[Change, ...], tables: set[str], team_id: int | None = None) -> bool:
    """Does this batch change any of ``tables`` (for ``team_id``, or event-wide rows)? A resync touches all."""
    return resync_in(batch) or any(
        change.table in tables and (team_id is None or change.team_id in (None, team_id)) for change in batch
    )


def tables_in(batch: tuple[Change, ...]) -> set[str]:
    """The tables a batch changes; every table for a resync (after a reconnect: re-read all)."""
    if resync_in(batch):
        from sqlmodel import SQLModel

        return set(SQLModel.metadata.tables)
    return {change.table for change in batch}
