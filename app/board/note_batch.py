"""Statements over a selection of notes: one SQL statement for the whole selection, not one per note.

Colouring, moving, clustering, deleting and restoring 2,000 selected notes each run a single
statement (an UPDATE ... WHERE id IN, per-note values through CASE, a DELETE ... RETURNING, a
multi-row INSERT), through ``Store.execute_rows`` / ``Store.insert_rows``: every row touched is
versioned and announced on the change feed. A note removed meanwhile refuses the whole action
('note_missing'), and since the refusal is raised inside the write, nothing changes.

A selection larger than ``CHUNK`` notes (``INSERT_CHUNK`` for a restore) takes one statement per
chunk, which keeps a statement's parameters well under PostgreSQL's limit of 65,535 (a move binds
five per note, a restored note fourteen).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Row, case, cast, delete, select, update

from app.errors import DomainError
from app.storage.store import Store
from db.models import Note

CHUNK = 5_000
INSERT_CHUNK = 2_000
NOTE = Note.__table__
# The columns of a NoteView, in its order.
VIEW_COLUMNS = tuple(NOTE.c[name] for name in (
    "id", "team_id", "step_key", "text", "colour", "x", "y", "author_id", "cluster_id", "zone_key", "part_key", "author_name", "best_of_cluster"))


def update_each(store: Store, session, values: dict[int, dict[str, object]], versions: dict[int, int] | None = None) -> None:
    """Per note its own values (``{note_id: {"x": 10.0, "y": 20.0}}``, every note naming the
    same columns): UPDATE note SET x = CASE id WHEN ... END, ... WHERE id IN (...). With ``versions``
    (an undo: each note's version as this laptop last wrote it) only notes still at it are written, in
    the same statement; another note refuses the whole action (app.sync.versions)."""
    for ids in _chunks(list(values)):
        columns = {name: _per_note(name, {note_id: values[note_id][name] for note_id in ids}) for name in values[ids[0]]}
        statement = update(Note).where(Note.id.in_(ids))
        guarded = {note_id: versions[note_id] for note_id in ids if versions and note_id in versions}
        if guarded:
            statement = statement.where(NOTE.c.version == case(guarded, value=NOTE.c.id, else_=NOTE.c.version))
        touched = [row.id for row in store.execute_rows(session, statement.values(**columns))]
        if guarded and len(touched) < len(ids):
            from app.sync.versions import unchanged_since_mine_all  # the caller's write rolls back on its refusal

            unchanged_since_mine_all(store, NOTE, [note_id for note_id in ids if note_id not in set(touched)], "note")
        refuse_missing(ids, touched)


def delete_returning(store: Store, session, note_ids: Sequence[int]) -> list[Row]:
    """Delete the notes and return them as they were (``VIEW_COLUMNS``), in the order of ``note_ids``:
    one DELETE ... RETURNING."""
    gone: dict[int, Row] = {}
    for ids in _chunks(note_ids):
        rows = store.execute_rows(session, delete(Note).where(Note.id.in_(ids)), *VIEW_COLUMNS)
        refuse_missing(ids, (row.id for row in rows))
        gone.update((row.id, row) for row in rows)
    return [gone[note_id] for note_id in dict.fromkeys(note_ids)]


def insert_all(store: Store, session, rows: Sequence[dict]) -> None:
    """New notes (with their ids, for undo) in one multi-row INSERT."""
    store.insert_rows(session, NOTE, list(rows), page=INSERT_CHUNK)  # SQLAlchemy splits it by the page


def existing_ids(session, model, ids: Iterable[int]) -> set[int]:
    """Which of ``ids`` are rows of ``model`` (one SELECT ... WHERE id IN)."""
    wanted = {row_id for row_id in ids if row_id is not None}
    if not wanted:
        return set()
    table = model.__table__
    return set(session.execute(select(table.c.id).where(table.c.id.in_(wanted))).scalars())


def refuse_missing(wanted: Iterable[int], found: Iterable[int]) -> None:
    """'note_missing' for the first of ``wanted`` that is not ``found`` (removed meanwhile)."""
    found = set(found)
    for note_id in wanted:
        if note_id not in found:
            raise DomainError("note_missing", f"there is no note {note_id}", note_id=note_id)


def _per_note(name: str, values: dict[int, object]):
    """One column's new value: the same for all, or a CASE on the note's id."""
    distinct = set(values.values())
    if len(distinct) == 1:
        return distinct.pop()
    column = NOTE.c[name]
    # Cast: PostgreSQL types a CASE of NULLs and bound values as text otherwise.
    return cast(case(values, value=NOTE.c.id, else_=column), column.type)


def _chunks(note_ids: Sequence[int]) -> list[list[int]]:
    ids = list(dict.fromkeys(note_ids))
    return [ids[start:start + CHUNK] for start in range(0, len(ids), CHUNK)]
