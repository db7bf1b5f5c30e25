"""What a team may read about every team of its event: counts, never the work itself.

On PostgreSQL these are views owned by the owner (db/rls_sql.py), which read past the row-level
security a team's login is under and keep to the login's event; on SQLite (one laptop, no logins)
the same columns come from a subquery. ``note_counts(dialect)`` is the one place that chooses.
"""

from __future__ import annotations

from sqlalchemy import Column, FromClause, Integer, MetaData, String, Table, func, select

from db.models import Note
from db.rls_sql import NOTE_COUNT_VIEW

_VIEWS = MetaData()  # not SQLModel.metadata: views, not tables (no migration, no row security of their own)

NOTE_COUNT = Table(
    NOTE_COUNT_VIEW, _VIEWS,
    Column("team_id", Integer), Column("step_key", String), Column("part_key", String),
    Column("author_id", Integer), Column("n", Integer),
)


def note_counts(dialect: str) -> FromClause:
    """Notes counted per team, step, part and author (columns team_id, step_key, part_key, author_id, n)."""
    if dialect == "postgresql":
        return NOTE_COUNT
    return (select(Note.team_id, Note.step_key, Note.part_key, Note.author_id, func.count().label("n"))
            .group_by(Note.team_id, Note.step_key, Note.part_key, Note.author_id).subquery(NOTE_COUNT_VIEW))
