"""Edits that say what they were based on, so two laptops never lose an update silently.

An ``Edit`` names a row and, for each field it changes, the value it was based on and the new value.
``apply_edit`` writes it as one compare-and-set over exactly those fields::

    UPDATE note SET text = :new, version = version + 1 WHERE id = :id AND text IS NOT DISTINCT FROM :old

through ``Store.execute`` (so the row is versioned and announced like any change). Fields another
laptop did not touch merge by themselves: one laptop moves a note (x, y) while another edits its text,
and both land. When a field this edit changes was changed meanwhile, nothing is written and
``EditConflict`` (code ``edit_conflict``) carries the other laptop's value (``theirs``) beside this
one's (``mine``), so the later writer can choose. A row removed meanwhile is the usual
``<what>_missing``. A field changed meanwhile to the very value this edit writes is no conflict.

Undo: ``unchanged_since_mine`` tells whether a row is still as this laptop last wrote it (its version
is the one this store's last write left it at, ``Store.versions``); an undo of a row another laptop
changed since is refused with ``changed_elsewhere``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table, and_, select, update

from app.errors import DomainError
from app.storage.store import Store


class EditConflict(DomainError):
    """The same field was changed on another laptop since this edit read it: nothing was written."""

    def __init__(self, table: str, row_id: int, field: str, mine: object, theirs: object, based_on: object,
                 theirs_version: int | None, what: str) -> None:
        super().__init__("edit_conflict", f"the {what}'s {field} was changed meanwhile on another laptop "
                         f"(now {theirs!r}; yours {mine!r}): nothing was written",
                         table=table, row_id=row_id, field=field, mine=mine, theirs=theirs, what=what)
        self.table, self.row_id, self.field = table, row_id, field
        self.mine, self.theirs, self.based_on = mine, theirs, based_on
        self.theirs_version, self.what = theirs_version, what


@dataclass(frozen=True)
class Edit:
    """A change to one row: ``changes`` {field: (based on, new value)}; ``what`` names the row for
    messages and the ``<what>_missing`` error ("note", "answer", "score")."""

    table: Table
    row_id: int
    changes: dict[str, tuple[object, object]]
    what: str
    extra: dict[str, object] = field(default_factory=dict)  # fields set without a check (none so far)

    def rebased(self, theirs: dict[str, object]) -> Edit:
        """The same new values, based on what the row holds now (``keep mine``)."""
        return Edit(self.table, self.row_id, {name: (theirs.get(name, old), new) for name, (old, new) in self.changes.items()},
                    self.what, self.extra)


def apply_edit(store: Store, edit: Edit) -> int:
    """Write ``edit`` as a compare-and-set of its fields (one UPDATE); the row's new version.
    Raises EditConflict (nothing written) or ``<what>_missing``."""
    with store.write() as session:
        return apply_in(store, session, edit)


def apply_in(store: Store, session, edit: Edit) -> int:
    """``apply_edit`` inside an open write of ``store``."""
    table = edit.table
    if not edit.changes:
        return current_version(store, table, edit.row_id, edit.what)
    checks = [table.c[name].is_not_distinct_from(old) for name, (old, _new) in edit.changes.items()]
    values = {name: new for name, (_old, new) in edit.changes.items()} | edit.extra
    statement = update(table).where(and_(table.c.id == edit.row_id, *checks)).values(**values)
    rows = store.execute_rows(session, statement, table.c.version)
    if rows:
        return rows[0].version
    now = _row_now(session, table, edit.row_id, list(edit.changes))
    if now is None:
        raise missing_error(edit.what, edit.row_id)
    clashes = [name for name, (old, new) in edit.changes.items() if now[name] != old and now[name] != new]
    if clashes:
        name = clashes[0]
        raise EditConflict(table.name, edit.row_id, name, edit.changes[name][1], now[name], edit.changes[name][0],
                           now["version"], edit.what)
    # Every changed field already holds either its base or this edit's value: write what is still to write.
    still = {name: (now[name], new) for name, (_old, new) in edit.changes.items() if now[name] != new}
    if not still:
        return now["version"]
    return apply_in(store, session, Edit(table, edit.row_id, still, edit.what, edit.extra))


def merged_answers(table: str, row_id: int, version: int | None, now: dict[str, str],
                   changes: dict[str, tuple[str | None, str]], what: str) -> dict[str, str]:
    """Answers kept as one JSON value {key: text} (a member's kennismaking, a milestone's questions),
    changed per answer: ``now`` with each of ``changes`` {key: (based on, new text)} ("" = no answer,
    left out). Read the row FOR UPDATE first (PostgreSQL cannot compare JSON for equality, so the check
    is made here). The first answer that holds neither its base nor the new text raises EditConflict
    (``field`` = its key); answers this edit does not change keep what another laptop wrote (they merge)."""
    for key, (base, text) in changes.items():
        theirs = now.get(key, "")
        if theirs not in (base or "", text):
            raise EditConflict(table, row_id, key, text, theirs, base, version, what)
    merged = {**now, **{key: text for key, (_base, text) in changes.items()}}
    return {key: text for key, text in merged.items() if text}


def current_version(store: Store, table: Table, row_id: int, what: str) -> int:
    with store.read() as session:
        session.flush()
        version = session.execute(select(table.c.version).where(table.c.id == row_id)).scalar()
    if version is None:
        raise missing_error(what, row_id)
    return version


def unchanged_since_mine(store: Store, table: Table, row_id: int, what: str) -> None:
    """Refuse (``changed_elsewhere``) when the row is no longer at the version this store last wrote
    it at: another laptop changed it meanwhile. A row this store never wrote is not checked; a row
    removed meanwhile is ``<what>_missing``."""
    mine = store.versions.get((table.name, row_id))
    if mine is None:
        return
    now = current_version(store, table, row_id, what)
    if now != mine:
        raise DomainError("changed_elsewhere", f"the {what} was changed on another laptop since: "
                          "undo would overwrite that, so it is not undone", what=what, table=table.name, row_id=row_id)


def unchanged_since_mine_all(store: Store, table: Table, row_ids, what: str) -> None:
    """``unchanged_since_mine`` for many rows (a selection moved or coloured) in one SELECT."""
    mine = {row_id: store.versions.get((table.name, row_id)) for row_id in row_ids}
    mine = {row_id: version for row_id, version in mine.items() if version is not None}
    if not mine:
        return
    with store.read() as session:
        session.flush()
        now = dict(session.execute(select(table.c.id, table.c.version).where(table.c.id.in_(list(mine)))).all())
    for row_id, version in mine.items():
        if row_id not in now:
            raise missing_error(what, row_id)
        if now[row_id] != version:
            raise DomainError("changed_elsewhere", f"the {what} was changed on another laptop since: "
                              "undo would overwrite that, so it is not undone", what=what, table=table.name, row_id=row_id)


def _row_now(session, table: Table, row_id: int, names: list[str]) -> dict | None:
    session.flush()
    columns = [table.c[name] for name in names] + [table.c.version]
    row = session.execute(select(*columns).where(table.c.id == row_id)).first()
    return dict(row._mapping) if row is not None else None


def missing_error(what: str, row_id: int) -> DomainError:
    return DomainError(f"{what}_missing", f"there is no {what} {row_id}", **{f"{what}_id": row_id})
