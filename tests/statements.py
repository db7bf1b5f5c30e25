"""Counting the SQL statements an action sends (pinning "one statement, not one per note").

What is counted: every statement the driver runs (SQLAlchemy's ``before_cursor_execute``),
except the transaction's own BEGIN / COMMIT / ROLLBACK / SAVEPOINT / RELEASE, SQLite's
PRAGMAs of a new connection, and on PostgreSQL the commit's one announcement to the other laptops
(``SELECT pg_notify``, see app/sync/wire.py), which is per commit, not per row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

NOT_COUNTED = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA")
ANNOUNCEMENT = "SELECT pg_notify("


class Statements:
    """The statements run on an engine since it was made or ``clear()``ed."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.seen: list[str] = []
        event.listen(engine, "before_cursor_execute", self._heard)

    def _heard(self, _conn, _cursor, statement, _params, _context, _many) -> None:
        if not statement.lstrip().upper().startswith(NOT_COUNTED) and not statement.startswith(ANNOUNCEMENT):
            self.seen.append(statement)

    def clear(self) -> None:
        self.seen.clear()

    def stop(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._heard)

    def starting(self, verb: str) -> list[str]:
        return [s for s in self.seen if s.lstrip().upper().startswith(verb)]

    def __len__(self) -> int:
        return len(self.seen)


@contextmanager
def counted(engine) -> Iterator[Statements]:
    """The statements run on ``engine`` inside the block."""
    statements = Statements(engine)
    try:
        yield statements
    finally:
        statements.stop()
