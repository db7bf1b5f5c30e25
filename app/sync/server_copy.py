"""Put one event from the facilitator's database into a new, empty event server database.

The first version of moving an event (issue 13 point 1): the target is a freshly migrated database
that holds nothing yet, so every row keeps its id and references need no remapping. Every table
hangs off ``event`` with ON DELETE CASCADE, so the rows of the whole source are copied in the order
of their foreign keys and the other events are deleted again in the same transaction: the server
never holds anything of another event. Not copied: ``db_info`` (the server's own), ``import_mapping``
(the facilitator's import habits) and ``login`` (the server makes its own logins with new passwords).
The event archive (app/sync/archive.py) replaces this once it moves events between any two databases.
"""

from __future__ import annotations

from sqlalchemy import Engine, MetaData, Table, delete, func, select, text

from app.errors import DomainError

NOT_COPIED = frozenset({"db_info", "import_mapping", "login", "alembic_version"})
BATCH_ROWS = 1000


def copy_event(source: Engine, target: Engine, event_uid: str) -> int:
    """Copy the event ``event_uid`` from ``source`` into the empty ``target``; its id there."""
    metadata = _metadata()
    tables = [t for t in metadata.sorted_tables if t.name not in NOT_COPIED]
    event = metadata.tables["event"]
    with source.connect() as reading, target.begin() as writing:
        event_id = reading.execute(select(event.c.id).where(event.c.uid == event_uid)).scalar()
        if event_id is None:
            raise DomainError("server_no_event", f"no event {event_uid} in the local database", uid=event_uid)
        if writing.execute(select(func.count()).select_from(event)).scalar():
            raise DomainError("server_not_empty", "the event server's database already holds an event")
        for table in tables:
            _copy_table(reading, writing, table)
        writing.execute(delete(event).where(event.c.id != event_id))
        if target.dialect.name == "postgresql":
            for table in tables:
                _restart_sequence(writing, table)
    return event_id


def _copy_table(reading, writing, table: Table) -> None:
    rows = reading.execute(select(table)).mappings()
    while True:
        batch = [dict(row) for row in rows.fetchmany(BATCH_ROWS)]
        if not batch:
            return
        writing.execute(table.insert(), batch)


def _restart_sequence(writing, table: Table) -> None:
    if "id" not in table.c or not table.c.id.primary_key:
        return
    writing.execute(text(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) "
        f'FROM "{table.name}"'))


def _metadata() -> MetaData:
    from sqlmodel import SQLModel

    import db.models  # noqa: F401  (every table)
    import db.models_sync  # noqa: F401

    return SQLModel.metadata
