"""Engines for SQLite (embedded, the default) and PostgreSQL (many laptops)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from db.models import Versioned
from db.types import utcnow

# "STSP" in ASCII: a Staatsprint SQLite file identifies itself (PRAGMA application_id).
APPLICATION_ID = 0x53545350


class DatabaseUrlError(ValueError):
    """The database address cannot be understood."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(f"not a database address: {url!r} ({exc})") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    raise DatabaseUrlError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://…")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # Let SQLAlchemy, not the driver, open transactions: then DDL (a migration) is transactional
    # too, and SAVEPOINTs work. SQLAlchemy's documented recipe for pysqlite.
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context, _instances) -> None:
    """Raise ``version`` and ``updated_at`` of every edited row, on every engine."""
    for obj in session.dirty:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            obj.version = (obj.version or 0) + 1
            if hasattr(obj, "updated_at"):
                obj.updated_at = utcnow()
