"""One value of a row found by its unique key, which may not exist yet (an answer, a jury score), set
as a compare-and-set: ``based_on`` None means "there was no row", ``value`` None means "no row
any more" (a score cleared, an answer taken over again).

- no row, based on none: inserted (a row another laptop inserted meanwhile is checked like any row);
- a row: ``app.sync.versions.apply_edit`` on that one field;
- removed: deleted only while it still holds ``based_on``.
A row that holds neither ``based_on`` nor ``value`` raises EditConflict (``theirs`` None: removed).
"""

from __future__ import annotations

from sqlalchemy import Table, and_, delete, select

from app.storage.store import Store
from app.sync.versions import Edit, EditConflict, apply_in
from db.dml import insert_or_nothing


def set_keyed_value(store: Store, table: Table, key: dict[str, object], field: str, based_on: object, value: object,
                    what: str, defaults: dict[str, object] | None = None, absent: object = None) -> int | None:
    """Set ``table``'s ``field`` of the row with ``key`` to ``value`` if it still holds ``based_on``;
    the row's new version (None: removed or still absent). ``absent``: what a missing row counts as holding."""
    with store.write() as session:
        found = _found(session, table, key, field)
        if found is None:
            return _insert(store, session, table, key, field, None if based_on == absent else based_on, value, what, defaults or {})
        row_id, now, version = found
        if value is None:
            return _delete(store, session, table, row_id, field, based_on, now, version, what)
        return apply_in(store, session, Edit(table, row_id, {field: (based_on, value)}, what))


def _found(session, table: Table, key: dict[str, object], field: str) -> tuple[int, object, int] | None:
    session.flush()
    where = and_(*(table.c[name] == wanted for name, wanted in key.items()))
    row = session.execute(select(table.c.id, table.c[field], table.c.version).where(where)).first()
    return tuple(row) if row is not None else None


def _insert(store: Store, session, table: Table, key: dict, field: str, based_on: object, value: object, what: str,
            defaults: dict) -> int | None:
    if value is None:
        return None  # nothing to remove: already as wanted
    if based_on is not None:
        raise EditConflict(table.name, 0, field, value, None, based_on, None, what)  # removed on another laptop
    statement = insert_or_nothing(session.get_bind().dialect.name, table).values(
        **({"version": 1} if "version" in table.c else {}), **defaults, **key, **{field: value})
    rows = store.execute_rows(session, statement, table.c.version)
    if rows:
        return rows[0].version
    # Another laptop made the row between our look and our insert: check against it.
    row_id, _now, _version = _found(session, table, key, field)
    return apply_in(store, session, Edit(table, row_id, {field: (None, value)}, what))


def _delete(store: Store, session, table: Table, row_id: int, field: str, based_on: object, now: object, version: int,
            what: str) -> None:
    if now != based_on:
        raise EditConflict(table.name, row_id, field, None, now, based_on, version, what)
    statement = delete(table).where(table.c.id == row_id, table.c[field].is_not_distinct_from(based_on))
    if not store.execute(session, statement):
        found = _found(session, table, {"id": row_id}, field)
        if found is not None:  # changed between our look and our delete
            raise EditConflict(table.name, row_id, field, None, found[1], based_on, found[2], what)
    return None
