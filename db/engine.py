"""Engines for SQLite (embedded, the default) and PostgreSQL (many laptops).

Durability on SQLite: WAL with ``synchronous=FULL``, on every connection. A commit returns only
once its WAL frames are fsynced, so an edit the window shows is on the disk: a power cut, a
kernel crash or a laptop that dies loses nothing committed, and never corrupts the file. That
is what a facilitator expects ("every edit is committed at once; nothing is lost"). It costs
one fsync per user action (measured with bench/demo.py: 3-12 ms per note added, against
0.6-2 ms with NORMAL, on a busy shared virtual disk) - within a frame, and a batch action is one
transaction, so one fsync. With NORMAL the WAL is fsynced only at a checkpoint (every 1,000
pages: about 470 notes added), so a power cut could lose every edit since: see db/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from db.models import Versioned
from db.types import stamp_server_times, utcnow

# "STSP" in ASCII: a Staatsprint SQLite file identifies itself (PRAGMA application_id).
APPLICATION_ID = 0x53545350

# SQLite's durability of a commit (PRAGMA synchronous), set on every connection: FULL, see above.
SQLITE_SYNCHRONOUS = "FULL"


# The execution option a Store sets on the engine it writes through: on SQLite those
# transactions begin IMMEDIATE (see ``_sqlite_begin``); reads keep a plain BEGIN.
WRITE_OPTION = "staatsprint_write"


# TCP keepalives (libpq) for every connection to a shared server: a connection that died without a
# word (a laptop that slept, Wi-Fi gone) is noticed in about idle + interval × count = 25 s, not hours.
PG_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}


class DatabaseUrlError(ValueError):
    """The database address cannot be understood."""


@dataclass(frozen=True)
class Waits:
    """How long a statement may wait for a lock another writer holds, and how long it may run
    at all (None: no limit). Past that the write fails with "busy, try again"."""

    lock_s: float
    statement_s: float | None = None


# The window waits a frame or two, then says the database is busy: never a frozen window.
INTERACTIVE = Waits(lock_s=0.1, statement_s=5.0)
# The command line may wait its turn for seconds.
BATCH = Waits(lock_s=10.0)


def make_engine(url: str, waits: Waits = BATCH) -> Engine:
    """An engine for ``url``; SQLite gets WAL with synchronous FULL, foreign keys and a busy timeout,
    PostgreSQL a lock and a statement timeout, both from ``waits`` (the caller's choice: window or
    command line)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(f"not a database address: {url!r} ({exc})") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(url, connect_args={"timeout": waits.lock_s})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        # One work connection per app (the listener, app.sync.listener, is the other): a pool of one.
        return create_engine(parsed, pool_pre_ping=True, pool_size=1, max_overflow=0, pool_timeout=10,
                             connect_args={"connect_timeout": 5, "options": _pg_timeouts(waits), **PG_KEEPALIVES})
    raise DatabaseUrlError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://…")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}")
    cursor.close()
    # Let SQLAlchemy, not the driver, open transactions: then DDL (a migration) is transactional
    # too, and SAVEPOINTs work. SQLAlchemy's documented recipe for pysqlite.
    dbapi_connection.isolation_level = None


def _pg_timeouts(waits: Waits) -> str:
    statement_ms = round(waits.statement_s * 1000) if waits.statement_s else 0  # 0: no limit
    return f"-c lock_timeout={round(waits.lock_s * 1000)} -c statement_timeout={statement_ms}"


def for_writes(engine: Engine) -> Engine:
    """The same engine (pool, events), marked so that its SQLite transactions begin IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _sqlite_begin(connection) -> None:
    # A write takes the write lock up front, so the busy timeout applies; a deferred BEGIN that
    # reads first fails at once with "database is locked" when it then tries to write.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context, _instances) -> None:
    """Raise ``version`` and ``updated_at`` of every edited row, on every engine."""
    for obj in session.dirty:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            obj.version = (obj.version or 0) + 1
            if hasattr(obj, "updated_at"):
                obj.updated_at = utcnow()
    stamp_server_times(session)  # on a shared event the server's clock, not this laptop's (db.types)
