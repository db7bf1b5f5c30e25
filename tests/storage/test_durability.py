"""SQLite commits are durable at once: WAL with synchronous FULL on every connection (db/README.md)."""

from __future__ import annotations

from sqlalchemy import text

from app.storage.database import open_store
from db.engine import INTERACTIVE, make_engine

FULL = 2  # what PRAGMA synchronous reads as FULL


def _durability(connection) -> tuple[str, int]:
    return connection.execute(text("PRAGMA journal_mode")).scalar(), connection.execute(text("PRAGMA synchronous")).scalar()


def test_every_connection_commits_durably(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'event.sqlite'}", INTERACTIVE)
    with engine.connect() as first, engine.connect() as second:  # two at once: two connections of the pool
        assert _durability(first) == _durability(second) == ("wal", FULL)
    engine.dispose()
    with engine.connect() as fresh:  # and a new one after the pool was emptied
        assert _durability(fresh) == ("wal", FULL)
    engine.dispose()


def test_the_stores_reads_and_writes_commit_durably(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'event.sqlite'}")
    with store.write() as session:
        assert _durability(session) == ("wal", FULL)
    with store.read() as session:
        assert _durability(session) == ("wal", FULL)
    store.engine.dispose()
