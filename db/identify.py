"""What an SQLite file is, found out read-only before anything may write to it.

The normal engine switches a file to WAL on connect (creating ``-wal``/``-shm`` files),
so a file not yet known to be a Staatsprint database is first looked at without writing:
its header, then — only if needed — a read-only connection (``mode=ro``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
APPLICATION_ID_OFFSET = 68  # the header's application_id: 4 bytes, big-endian


class NotADatabase(ValueError):
    """The file is not an SQLite database at all."""


@dataclass(frozen=True)
class SqliteFile:
    application_id: int
    tables: frozenset[str] = frozenset()
    revision: str | None = None  # alembic_version's row, if the file has that table


def read_application_id(path: Path) -> int | None:
    """The application_id in the file's header; None for an empty file; NotADatabase for others."""
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if not header:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotADatabase(f"{path} is not a database at all")
    return int.from_bytes(header[APPLICATION_ID_OFFSET:APPLICATION_ID_OFFSET + 4], "big")


def look_inside(path: Path, application_id: int) -> SqliteFile:
    """The file's tables and alembic revision, read through a read-only connection."""
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        tables = frozenset(row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = revision[0] if revision else None
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(f"{path} cannot be read as a database ({exc})") from None
    finally:
        connection.close()
    return SqliteFile(application_id, tables, revision)
