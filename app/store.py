"""Sessions that commit at once and announce what they committed.

``store.write()`` is the only way the app changes data: one small transaction
per user action, and after the commit the change feed hears which rows changed.
A failed action rolls back whole and announces nothing. A ``write()`` opened
inside another joins it, so several actions (an import, the demo event) can be
made one transaction that either all applies or changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import Engine, event
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from app.errors import DomainError
from app.feed import Change, ChangeFeed

_PENDING = "staatsprint_changes"


class Store:
    def __init__(self, engine: Engine, feed: ChangeFeed | None = None) -> None:
        self.engine = engine
        self.feed = feed or ChangeFeed()
        self._sessions = sessionmaker(engine, class_=Session, expire_on_commit=False)
        self._active: ContextVar[Session | None] = ContextVar(f"store_{id(self)}", default=None)
        event.listen(self._sessions, "after_flush", _record_changes)
        event.listen(self._sessions, "after_rollback", _forget_changes)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends, or rolls back on an exception."""
        active = self._active.get()
        if active is not None:
            # Joined: a savepoint, so a failure caught by the outer action undoes only this part.
            with active.begin_nested():
                yield active
            return
        with self._sessions() as session:
            token = self._active.set(session)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                self._active.reset(token)
            changes = session.info.pop(_PENDING, [])
        # Announced once the session is closed, so listeners read the committed state afresh.
        self.feed.publish(changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; inside a write() it is that write's session."""
        active = self._active.get()
        if active is not None:
            yield active
            return
        with self._sessions() as session:
            yield session


def _record_changes(session: Session, _context) -> None:
    pending: list[Change] = session.info.setdefault(_PENDING, [])
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            pending.append(_change_of(obj, action))


def _forget_changes(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _change_of(obj: object, action: str) -> Change:
    table = getattr(obj, "__tablename__", type(obj).__name__.lower())
    row_id = getattr(obj, "id", None)
    team_id = row_id if table == "team" else getattr(obj, "team_id", None)
    event_id = row_id if table == "event" else getattr(obj, "event_id", None)
    return Change(table=str(table), action=action, row_id=row_id, team_id=team_id, event_id=event_id)


def existing(session: Session, model, row_id: int, what: str):
    """The row, or a DomainError '<what>_missing' (removed meanwhile, e.g. on another laptop)."""
    row = session.get(model, row_id)
    if row is None:
        raise DomainError(f"{what}_missing", f"there is no {what} {row_id}", **{f"{what}_id": row_id})
    return row
