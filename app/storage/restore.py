"""Restore a backup (app/storage/backups.py): the current database is kept aside first, then replaced.

- SQLite (a whole-file backup): the app's connections to the file must be closed (the caller disposes
  its engine first). The current file is copied aside as a ``before-restore`` backup; if it is too
  damaged to be read, the file (with its ``-wal`` and ``-shm``) is moved aside instead. Then the
  backup is written into the file with SQLite's backup API — in one transaction of the destination,
  so a crash in the middle leaves the old file, never a mix — or, for a file moved aside, into a fresh
  file that is renamed into place. Opening it afterwards upgrades it if it is of an older schema (taking
  another before-migration backup).
- PostgreSQL (an event archive): the event's current state is archived aside (``before-restore``), then
  in one transaction the event is deleted and the archive imported: the event is as it was when the
  backup was taken; other events are untouched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import DomainError
from app.storage.backups import Backup, archive_backup, backups_folder, sqlite_backup, stamp
from app.storage.integrity import sqlite_problems


@dataclass(frozen=True)
class Restored:
    backup: Backup
    aside: Path | None  # where the replaced database was kept


def restore_sqlite(backup: Backup, target: Path) -> Restored:
    """Replace the SQLite file ``target`` with ``backup`` (its connections closed by the caller)."""
    if backup.kind != "sqlite":
        raise DomainError("restore_wrong_kind", f"{backup.path.name} is an event archive, not a copy of a database file; "
                          "nothing was changed", name=backup.path.name)
    problems = sqlite_problems(backup.path)
    if problems:
        raise DomainError("restore_damaged", f"the backup {backup.path.name} is itself damaged ({'; '.join(problems)}); "
                          "nothing was changed", name=backup.path.name, reason="; ".join(problems))
    aside, moved = _keep_aside(target, backup.path.parent)
    try:
        if moved:
            _fresh_copy(backup.path, target)
        else:
            _copy_into(backup.path, target)
    except (sqlite3.Error, OSError) as exc:
        raise DomainError("restore_failed", f"cannot write {target} ({exc}); the database is as it was, and kept at {aside}",
                          path=str(target), reason=str(exc), aside=str(aside or "")) from None
    return Restored(backup, aside)


def restore_archive(backup: Backup, store) -> Restored:
    """Put the event of the archive ``backup`` back as it was: the current event archived aside, then
    replaced in one transaction."""
    from sqlalchemy import delete

    from app.sync.archive import check_schema, read_archive
    from app.sync.row_merge import merge_rows
    from db.models import Event

    if backup.kind != "archive":
        raise DomainError("restore_wrong_kind", f"{backup.path.name} is a copy of an SQLite file, not an event archive; "
                          "nothing was changed", name=backup.path.name)
    body = read_archive(store, backup.path)
    check_schema(body, backup.path.name)
    try:
        found, body = _same_event(store, body)
        aside = archive_backup(store, found[0], "before-restore", folder=backup.path.parent).path if found else None
        with store.write() as session:  # one transaction: the event as it was, or (refused) as it is
            if found:
                session.execute(delete(Event).where(Event.id == found[0]))
            merge_rows(store, session, body, name=backup.path.name)
    except (KeyError, TypeError, AttributeError, IndexError) as exc:  # a sealed body of an unexpected shape
        raise DomainError("sync_file_broken", f"{backup.path.name} is not a whole Staatsprint file ({exc}); nothing was changed",
                          name=backup.path.name, what=str(exc)) from None
    return Restored(backup, aside)


def restore_backup(url: str, backup: Backup):
    """Restore ``backup`` into the database at ``url`` (no connection of this process open to it); where
    the current one was kept aside."""
    from db.engine import make_engine
    from db.migrate import sqlite_file

    engine = make_engine(url)
    path = sqlite_file(engine)
    engine.dispose()
    if path is not None:
        return restore_sqlite(backup, path).aside
    from app.storage.database import open_store

    store = open_store(url)
    try:
        return restore_archive(backup, store).aside
    finally:
        store.engine.dispose()


def _same_event(store, body: dict):
    """The event of this database the archive is a backup of, and the body with its uid: by uid, or (an
    archive from before events had one: a before-migration backup) by the event's id and name."""
    from sqlalchemy import select

    from app.sync.archive import _with_uid
    from db.models import Event

    uid = body.get("event_uid")
    with store.read() as session:
        if uid:
            return session.execute(select(Event.id).where(Event.uid == uid)).first(), body
        event = body["tables"]["event"]
        row = dict(zip(event["columns"], event["rows"][0]))
        found = session.execute(select(Event.id, Event.uid).where(Event.id == row.get("id"), Event.name == row.get("name"))).first()
    if found is None:
        return None, _with_uid(body)
    event = {**event, "columns": [*event["columns"], "uid"], "rows": [[*event["rows"][0], found[1]]]}
    return found, {**body, "event_uid": found[1], "tables": {**body["tables"], "event": event}}


def _keep_aside(target: Path, folder: Path) -> tuple[Path | None, bool]:
    """The current file kept aside: a backup-API copy, or (unreadable) the files moved. (where, moved)"""
    if not target.is_file():
        return None, True
    try:
        if not sqlite_problems(target):
            return sqlite_backup(target, "before-restore", folder=folder).path, False
    except DomainError:
        pass  # unreadable: moved below
    aside = (folder if folder.is_dir() else backups_folder()) / f"{target.stem}-damaged-{stamp()}{target.suffix}"
    aside.parent.mkdir(parents=True, exist_ok=True)
    try:
        for extra in ("-wal", "-shm"):
            companion = target.with_name(target.name + extra)
            if companion.exists():
                shutil.move(companion, aside.with_name(aside.name + extra))
        shutil.move(target, aside)
    except OSError as exc:
        raise DomainError("restore_failed", f"cannot move the damaged {target} aside ({exc.strerror or exc}); nothing was changed",
                          path=str(target), reason=str(exc.strerror or exc), aside="") from None
    return aside, True


def _copy_into(source: Path, target: Path) -> None:
    """SQLite's backup API into the existing file: one transaction of the destination."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
        src.close()


def _fresh_copy(source: Path, target: Path) -> None:
    part = target.with_name(target.name + ".restoring")
    part.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(part)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    with open(part, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(part, target)
