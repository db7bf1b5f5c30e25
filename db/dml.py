"""Statements that differ between the engines: an insert a unique key may turn down."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def insert_or_nothing(dialect_name: str, model) -> Insert:
    """``INSERT … ON CONFLICT DO NOTHING`` into ``model``'s table: when a unique key or index
    (e.g. a partial one) already holds such a row, nothing is inserted and nothing is raised.
    On PostgreSQL a concurrent insert of the same key is waited for, then skipped."""
    return _INSERTS[dialect_name](model).on_conflict_do_nothing()
