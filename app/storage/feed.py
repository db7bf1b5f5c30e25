"""The change feed: every committed change, announced to whoever listens.

Views subscribe and refresh from the feed, never from their own edits, so a
change made here, by undo, or (later) on another laptop through PostgreSQL
LISTEN/NOTIFY reaches them along one path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One row inserted, updated or deleted: which table, which team (None: event-wide)."""

    table: str
    action: str  # "insert" | "update" | "delete"
    row_id: int | None
    team_id: int | None = None
    event_id: int | None = None


# "Re-read everything": after a reconnect (notifications missed while away are not replayed) or a
# batch too large to list. Every view that follows the feed treats it as touching all it shows.
RESYNC = Change(table="*", action="resync", row_id=None)


def resync_in(batch: tuple[Change, ...]) -> bool:
    """Does this batch ask every view to re-read?"""
    return any(change.table == RESYNC.table for change in batch)


Listener = Callable[[tuple[Change, ...]], None]


class ChangeFeed:
    """Delivers each commit's changes, as one batch, to every subscriber."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Listen to every batch; returns the function that stops listening."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Iterable[Change]) -> None:
        batch = tuple(changes)
        if not batch:
            return
        for listener in list(self._listeners):
            try:
                listener(batch)
            except Exception:  # one broken view must not stop the others hearing
                log.exception("change listener %r failed", listener)
