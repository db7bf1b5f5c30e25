"""Sessions that commit at once and announce what they committed.

``store.write()`` is the only way the app changes data: one small transaction
per user action, and after the commit the change feed hears which rows changed.
A failed action rolls back whole and announces nothing. A ``write()`` opened
inside another joins it, so several actions (an import, the demo event) can be
made one transaction that either all applies or changes nothing.

A write the database does not take (disk full, busy, read-only, a value it refuses)
is raised as ``WriteFailed``, a DomainError, so it is shown like any refusal. On
SQLite a write transaction begins IMMEDIATE: it waits its turn (the busy timeout)
instead of failing when another writer holds the lock; reads do not take it.
Atomic statements (``dots = dots + 1``, an insert a unique key may turn down) and
statements over many rows at once (a selection of notes coloured, moved or deleted:
``execute_rows``; restored: ``insert_rows``) go through ``execute``, which announces and
versions their rows like any other change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from uuid import uuid4

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.schema import Column, Table
from sqlalchemy.sql import insert, text
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import Session, SQLModel

from app.errors import DomainError, WriteFailed
from app.storage.feed import Change, ChangeFeed
from app.storage.write_failures import write_failed
from db.engine import for_writes
from db.types import LocalStamp, local_now, server_now, transaction_now

_PENDING = "staatsprint_changes"
_WRITTEN = "staatsprint_versions"  # (table, row id) -> the version this write left the row at (None: deleted)
select_notify = text("SELECT pg_notify(:channel, :payload)")
# Announced without their row and team: an audience vote and the code it used are made in one commit,
# and listeners (other laptops) must not be able to pair a voter's team with the team voted for.
ANNOUNCED_WITHOUT_IDS = frozenset({"audience_code", "audience_vote"})


class Store:
    def __init__(self, engine: Engine, feed: ChangeFeed | None = None) -> None:
        self.engine = engine
        self.feed = feed or ChangeFeed()
        self._sessions = sessionmaker(engine, class_=Session, expire_on_commit=False)
        self._writes = for_writes(engine)
        self._active: ContextVar[Session | None] = ContextVar(f"store_{id(self)}", default=None)
        self._reading: ContextVar[Session | None] = ContextVar(f"store_read_{id(self)}", default=None)
        # On a shared (PostgreSQL) event every commit tells the other laptops what it changed (app.sync.wire);
        # ``origin`` tells this store's own notifications apart (its own feed heard them already).
        self.shared = engine.dialect.name == "postgresql"
        self.origin = uuid4().hex[:16]
        # Told of every write the database did not take (a WriteFailed), e.g. the listener's banner on a lost server.
        self.write_failures: list = []
        # The version each row had when this store last wrote it: an undo refuses a row changed since by
        # another laptop (app.sync.versions.unchanged_since_mine).
        self.versions: dict[tuple[str, int], int | None] = {}
        event.listen(self._sessions, "after_flush", _record_changes)
        event.listen(self._sessions, "after_rollback", _forget_changes)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends, or rolls back on an exception; a
        database failure is raised as WriteFailed (by the outermost write, once rolled back)."""
        active = self._active.get()
        if active is not None:
            # Joined: a savepoint, so a failure caught by the outer action undoes only this part.
            with active.begin_nested():
                yield active
            return
        with self._sessions(bind=self._writes) as session:
            token = self._active.set(session)
            try:
                yield session
                if self.shared:
                    self._announce(session)
                session.commit()
            except BaseException as exc:
                _roll_back(session)
                failed = write_failed(exc)
                if failed is not None:
                    self._heard_failure(failed)
                    raise failed from exc
                raise
            finally:
                self._active.reset(token)
            changes = session.info.pop(_PENDING, [])
            self.versions.update(session.info.pop(_WRITTEN, {}))
        # Announced once the session is closed, so listeners read the committed state afresh.
        self.feed.publish(_once_per_row(changes))

    def _announce(self, session: Session) -> None:
        """pg_notify inside the transaction: sent if, and when, it commits (see app.sync.wire)."""
        session.flush()
        changes = _once_per_row(session.info.get(_PENDING, []))
        if changes:
            from app.sync.wire import CHANNEL, encode

            session.execute(select_notify, {"channel": CHANNEL, "payload": encode(self.origin, changes)})

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; inside a write() it is that write's session."""
        active = self._active.get() or self._reading.get()
        if active is not None:
            yield active
            return
        # A read inside a read shares its session: one work connection per app on a shared server (a pool of one).
        with self._sessions() as session:
            token = self._reading.set(session)
            try:
                yield session
            except SQLAlchemyError as exc:
                self._heard_failure(write_failed(exc))  # a lost server: the banner shows it at once
                raise
            finally:
                self._reading.reset(token)

    def _heard_failure(self, failed: WriteFailed | None) -> None:
        if failed is not None:
            for hear in list(self.write_failures):
                hear(failed)

    def execute(self, session: Session, statement: UpdateBase) -> list[int]:
        """Run an atomic INSERT, UPDATE or DELETE inside this store's write: an UPDATE raises
        its rows' ``version`` (and ``updated_at``) like any edit, an INSERT gets its times, and
        every row it touched is announced on the feed after the commit. The ids of those rows
        (none: nothing matched, or a unique key turned an ``insert_or_nothing`` down)."""
        return [row.id for row in self.execute_rows(session, statement)]

    def execute_rows(self, session: Session, statement: UpdateBase, *columns: Column) -> list:
        """``execute``, returning each touched row's ``id`` and ``columns`` as they are after the
        statement (a DELETE's: as they were), all in that one statement (RETURNING)."""
        table = statement.table
        now = server_now(self.engine.dialect.name)  # on a shared event the server's clock (db.types)
        if statement.is_update:
            statement = statement.values(**_bumped(table, now))
        elif statement.is_insert:
            statement = statement.values(**_stamped(table, now))
        return self._returning(session, statement, columns)

    def insert_rows(self, session: Session, table: Table, rows: list[dict], *columns: Column, page: int | None = None,
                    ordered: bool = False) -> list:
        """Many new rows in one multi-row INSERT (each with its times; ``page``: at most that many
        rows per INSERT), announced after the commit like ``execute``'s; each new row's ``id`` and
        ``columns``, in no promised order. Every row names the same columns. (SQLAlchemy's
        "insertmanyvalues" renders INSERT ... VALUES (...), (...) ... RETURNING at the cursor:
        far quicker than compiling a statement that holds every row's values.) ``ordered``: the new
        rows come back in the order of ``rows`` (SQLAlchemy's sort_by_parameter_order)."""
        if not rows:
            return []
        now = transaction_now(session)  # the server's now() of this transaction; None on SQLite
        stamps = _stamped(table, now or local_now())
        values = [{**stamps, **_server_times(row, now)} for row in rows]
        options = {"insertmanyvalues_page_size": page or len(values)}
        return self._returning(session, insert(table), columns, values, options, ordered)

    def _returning(self, session: Session, statement: UpdateBase, columns: tuple[Column, ...],
                   params: list[dict] | None = None, options: dict | None = None, ordered: bool = False) -> list:
        if session is not self._active.get():
            raise RuntimeError("Store.execute runs inside this store's write()")
        session.flush()  # a Core statement does not flush the session's pending objects itself
        table = statement.table
        keys = [key for key in ("id", "team_id", "event_id") if key in table.c]
        returned = [table.c[key] for key in keys] + [column for column in columns if column.key not in keys]
        versioned = "version" in table.c and not statement.is_delete
        if versioned and all(column.key != "version" for column in returned):
            returned.append(table.c.version)  # last: callers may read their columns by position
        returning = statement.returning(*returned, sort_by_parameter_order=True) if ordered else statement.returning(*returned)
        rows = session.execute(returning, params, execution_options=options or {}).all()
        action = "insert" if statement.is_insert else "update" if statement.is_update else "delete"
        pending: list[Change] = session.info.setdefault(_PENDING, [])
        written = session.info.setdefault(_WRITTEN, {})
        for row in rows:
            values = row._mapping
            pending.append(_change(table.name, action, values["id"], values.get("team_id"), values.get("event_id")))
            if "version" in table.c:
                written[(table.name, values["id"])] = values["version"] if versioned else None
        return rows

    def announce(self, session: Session, table: str, action: str, rows: list[dict]) -> None:
        """Rows changed by a statement of the caller's own (one that must set ``version`` itself, e.g.
        a merge that keeps the incoming version): heard on the feed after the commit like any change."""
        pending: list[Change] = session.info.setdefault(_PENDING, [])
        pending.extend(_change(table, action, row["id"], row.get("team_id"), row.get("event_id")) for row in rows)


def _once_per_row(changes: list[Change]) -> list[Change]:
    """Each row once per commit: made then edited is made; edited then removed is removed."""
    rank = {"update": 0, "delete": 1, "insert": 2}
    merged: dict[tuple, Change] = {}
    for change in changes:
        key = (change.table, change.row_id) if change.row_id is not None else (change.table, id(change))
        earlier = merged.get(key)
        if earlier is None or rank[change.action] > rank[earlier.action]:
            merged[key] = change
    return list(merged.values())


def _roll_back(session: Session) -> None:
    try:
        session.rollback()
    except SQLAlchemyError:
        pass  # the connection itself failed: closing the session discards it, and the first error is the one to tell


def _bumped(table, now) -> dict:
    """An edit: the version one up (db.engine does the same for the ORM's edits), the time ``now``."""
    values = {"version": table.c.version + 1} if "version" in table.c else {}
    if "updated_at" in table.c:
        values["updated_at"] = now
    return values


def _stamped(table, now) -> dict:
    """A new row's times (the models fill them in Python, not as column defaults)."""
    return {column: now for column in ("created_at", "updated_at") if column in table.c}


def _server_times(row: dict, now) -> dict:
    """A row's values with each time still marked as this laptop's "now" given the server's (``now``)."""
    if now is None:
        return row
    return {key: now if isinstance(value, LocalStamp) else value for key, value in row.items()}


def _record_changes(session: Session, _context) -> None:
    pending: list[Change] = session.info.setdefault(_PENDING, [])
    written = session.info.setdefault(_WRITTEN, {})
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            change = _change_of(obj, action)
            pending.append(change)
            if hasattr(obj, "version") and getattr(obj, "id", None) is not None:
                written[(change.table, obj.id)] = None if action == "delete" else obj.version


def _forget_changes(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_WRITTEN, None)


def _change_of(obj: object, action: str) -> Change:
    table = getattr(obj, "__tablename__", type(obj).__name__.lower())
    return _change(str(table), action, getattr(obj, "id", None), getattr(obj, "team_id", None), getattr(obj, "event_id", None))


def _change(table: str, action: str, row_id: int | None, team_id: int | None, event_id: int | None) -> Change:
    if table in ANNOUNCED_WITHOUT_IDS:
        row_id = team_id = None
    team_id = row_id if table == "team" else team_id
    event_id = row_id if table == "event" else event_id
    return Change(table=table, action=action, row_id=row_id, team_id=team_id, event_id=event_id)


def existing(session: Session, model, row_id: int, what: str):
    """The row, or a DomainError '<what>_missing' (removed meanwhile, e.g. on another laptop)."""
    row = session.get(model, row_id)
    if row is None:
        raise DomainError(f"{what}_missing", f"there is no {what} {row_id}", **{f"{what}_id": row_id})
    return row



def insert_many(store: Store, session: Session, rows: list[SQLModel], *match: str) -> None:
    """New rows of one table (model objects, their defaults filled in) inside ``store``'s write
    ``session``: a batch, e.g. a new event, 1,000 rows per INSERT (``Store.insert_rows``). The new
    ids come back in no promised order: with ``match``, columns that tell the rows apart, each
    object gets its id."""
    if not rows:
        return
    table = type(rows[0]).__table__
    values = [{c.name: getattr(row, c.name) for c in table.columns if c.name != "id"} for row in rows]
    returned = store.insert_rows(session, table, values, *(table.c[key] for key in match), page=1000)
    if match:
        ids = {tuple(new._mapping[key] for key in match): new.id for new in returned}
        if len(ids) != len(rows):
            raise ValueError(f"{table.name} rows are not told apart by {match}")
        for row in rows:
            row.id = ids[tuple(getattr(row, key) for key in match)]
