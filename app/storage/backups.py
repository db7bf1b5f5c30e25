"""Automatic backups in ``<data folder>/backups/`` (or ``$STAATSPRINT_BACKUPS``): taken, listed, pruned.

When one is taken:

- ``migration``: before a schema upgrade (db.migrate calls ``sqlite_backup``; a shared server's events
  are archived by app/sync/upgrade_guard.py and registered here);
- ``phase-end``: when the programme passes the end of a phase (app/storage/phase_backups.py), by the
  app that runs the event, at most once per phase per event;
- ``before-restore``: the current database, kept aside before a restore replaces it (app/storage/restore.py).

What a backup is: SQLite — the whole file, copied with SQLite's backup API (a consistent snapshot, the
WAL included, while the app keeps working); PostgreSQL — an event archive (app/sync/archive.py) of the
event. Each backup is its data file plus a small ``.json`` beside it (what, when, of which database):
no shared index that a crash could leave half-written; a data file without its ``.json`` (a crash
while copying) is not listed. Both are written to a temporary name, flushed and renamed.

Bounded: per database the newest ``KEEP`` backups are kept (the before-migration ones counted apart,
``KEEP_MIGRATION``), older ones are deleted when a new one is taken.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.errors import DomainError

BACKUPS_VAR = "STAATSPRINT_BACKUPS"  # another folder (the tests' own)
KEEP = 12  # phase-end and before-restore backups kept per database
KEEP_MIGRATION = 3  # before-migration backups kept per database
REASONS = ("migration", "phase-end", "before-restore")


@dataclass(frozen=True)
class Backup:
    """One backup: its data file and what it is."""

    path: Path
    kind: str  # "sqlite" (a whole file) or "archive" (one event, app/sync/archive.py)
    reason: str  # one of REASONS
    made_at: str  # ISO time, UTC
    database: str  # the key of the database it came from (``database_key``)
    revision: str = ""  # its schema revision
    event_uid: str = ""
    event_name: str = ""
    phase: str = ""  # phase-end: the phase's key
    phase_nl: str = ""  # and its title in each language (the list shows it)
    phase_en: str = ""

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.made_at)

    def sidecar(self) -> Path:
        return sidecar_of(self.path)

    def to_json(self) -> dict:
        return {**asdict(self), "path": self.path.name}


def backups_folder() -> Path:
    from app.storage.config import data_folder

    return Path(os.environ.get(BACKUPS_VAR) or data_folder() / "backups")


def database_key(url) -> str:
    """Which database a backup belongs to: an SQLite file's full path, or a server's host, port and name
    (whoever logs in: a facilitator's and a team's login back up the same database)."""
    from sqlalchemy.engine import make_url

    url = make_url(str(url)) if not hasattr(url, "drivername") else url
    if url.drivername.startswith("sqlite"):
        return str(Path(url.database or "").resolve()) if url.database else ":memory:"
    return f"postgresql://{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S-%f")


def sqlite_backup(source: Path, reason: str, revision: str = "", folder: Path | None = None, **about: str) -> Backup:
    """The SQLite file ``source`` copied whole with the backup API into the backups folder; registered
    and the folder pruned. DomainError ``backup_failed`` (nothing left behind) when it cannot be written."""
    folder = _made(folder or backups_folder())
    target = folder / f"{_safe(source.stem)}-{reason}-{stamp()}.sqlite"
    part = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        _flush(part)
        os.replace(part, target)
    except (sqlite3.Error, OSError) as exc:
        part.unlink(missing_ok=True)
        raise DomainError("backup_failed", f"cannot save a backup of {source} to {folder} ({exc}); nothing was changed",
                          path=str(target), reason=str(exc)) from None
    backup = Backup(target, "sqlite", reason, _now(), database_key(f"sqlite:///{source}"), revision, **about)
    return register(backup)


def archive_backup(store, event_id: int, reason: str, phase: str = "", folder: Path | None = None, **titles: str) -> Backup:
    """An event archive of ``event_id`` (PostgreSQL, or any engine) in the backups folder; registered."""
    from app.sync.archive import SUFFIX, archive_body, archive_key, secret_of
    from app.signed.sealed import seal

    folder = _made(folder or backups_folder())
    with store.read() as session:
        body = archive_body(session, event_id)
        secret = secret_of(session, event_id)
    target = folder / f"event-{_safe(body['event_uid'] or str(event_id))[:12]}-{reason}-{stamp()}{SUFFIX}"
    write_atomic(target, seal("event-archive", body, archive_key(secret)))
    backup = Backup(target, "archive", reason, _now(), database_key(store.engine.url), body["schema"],
                    body["event_uid"], body["event_name"], phase, **titles)
    return register(backup)


def register_archives(paths, url, revision: str) -> list[Backup]:
    """Archives written elsewhere (a shared server's upgrade, app/sync/upgrade_guard.py) as backups."""
    done = []
    for path in paths:
        done.append(register(Backup(Path(path), "archive", "migration", _now(), database_key(url), revision)))
    return done


def register(backup: Backup) -> Backup:
    """Write the backup's ``.json`` (which makes it listed), then prune its database's old backups."""
    write_atomic(backup.sidecar(), json.dumps(backup.to_json(), ensure_ascii=False, indent=1).encode("utf-8"))
    prune(backup.database, backup.path.parent)
    return backup


def list_backups(database: str | None = None, folder: Path | None = None) -> list[Backup]:
    """The backups in the folder (of ``database`` when given: a ``database_key``), newest first."""
    folder = folder or backups_folder()
    found = []
    for side in folder.glob("*.json") if folder.is_dir() else ():
        backup = _read_sidecar(side)
        if backup is not None and (database is None or backup.database == database):
            found.append(backup)
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune(database: str, folder: Path) -> list[Path]:
    """Delete the oldest backups of ``database`` beyond the bounds; the deleted files."""
    gone = []
    mine = list_backups(database, folder)
    for reason_group, keep in ((("migration",), KEEP_MIGRATION), (("phase-end", "before-restore"), KEEP)):
        for old in [b for b in mine if b.reason in reason_group][keep:]:
            old.sidecar().unlink(missing_ok=True)  # first: a half-pruned backup is never listed
            old.path.unlink(missing_ok=True)
            gone.append(old.path)
    return gone + _stale_parts(folder)


STALE_PART_S = 3600  # a backup is written in seconds: a ``.part`` this old was left by a crash (a SIGKILL mid-copy)


def _stale_parts(folder: Path) -> list[Path]:
    """The temporaries (``*.part``) a crashed backup left in the backups folder, removed; best effort."""
    gone = []
    limit = time.time() - STALE_PART_S
    for part in folder.glob("*.part"):
        try:
            info = part.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                part.unlink()
                gone.append(part)
        except OSError:
            continue
    return gone


def write_atomic(path: Path, data: bytes) -> Path:
    """``data`` to ``path`` through a temporary file, flushed and renamed: never a half-written ``path``.
    Readable by this user only (an archive holds the jury's secret; a database copy all the event)."""
    part = path.with_name(path.name + ".part")
    try:
        handle = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise DomainError("backup_failed", f"cannot write the backup {path} ({exc.strerror or exc}); nothing was changed",
                          path=str(path), reason=str(exc.strerror or exc)) from None
    return path


def _read_sidecar(side: Path) -> Backup | None:
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
        data = {key: value for key, value in data.items() if key in Backup.__dataclass_fields__}  # a newer app's extra
        data["path"] = side.with_name(data["path"])
        backup = Backup(**data)
    except (OSError, ValueError, TypeError, KeyError):
        return None  # not ours, or unreadable: not listed
    if backup.reason not in REASONS or not backup.path.is_file() or backup.path.parent != side.parent:
        return None
    return backup


def _flush(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _made(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DomainError("backup_failed", f"cannot make the backups folder {folder} ({exc.strerror or exc}); nothing was changed",
                          path=str(folder), reason=str(exc.strerror or exc)) from None
    return folder


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) or "database"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()
