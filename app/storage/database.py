"""Open the event database: resolve, connect, migrate — or explain why not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app.errors import DomainError
from app.storage.feed import ChangeFeed
from app.storage.integrity import check_postgres, check_sqlite
from app.storage.store import Store
from app.storage.write_failures import write_failed
from db.engine import BATCH, DatabaseUrlError, Waits, make_engine
from db.migrate import SchemaError, UnreachableError, init_db, sqlite_file


@dataclass(frozen=True)
class Opened:
    """An open store, and what opening it did that the user should hear about."""

    store: Store
    created: Path | None = None  # a new SQLite file was made here
    backup: Path | None = None  # the copy of the file taken before its upgrade
    database: Path | None = None  # the SQLite file (None on PostgreSQL)
    archives: tuple[Path, ...] = ()  # PostgreSQL: each event's archive taken before the server's upgrade

    def notices(self) -> list[str]:
        """The English sentences for the command line (the window translates its own)."""
        lines = []
        if self.created is not None:
            lines.append(f"New database created at {self.created}.")
        if self.backup is not None:
            lines.append(
                f"Backup of your database before the upgrade: {self.backup}. "
                f"To go back, close Staatsprint, delete {self.database}-wal if it is there, and copy it over {self.database}."
            )
        if self.archives:
            lines.append("Backup of every event before the server's upgrade: " + ", ".join(map(str, self.archives)) + ".")
        return lines


SQLITE_NOT_A_DATABASE = "file is not a database"  # SQLite's own words for a file that is something else


def open_store(url: str, feed: ChangeFeed | None = None, waits: Waits = BATCH) -> Store:
    """A Store on an up-to-date schema; DomainError (nothing written) when that cannot be.
    ``waits``: how long a write waits for another writer (the window: briefly; see db.engine)."""
    return open_database(url, feed, waits).store


def open_database(url: str, feed: ChangeFeed | None = None, waits: Waits = BATCH) -> Opened:
    """Like ``open_store``, also saying whether a file was created or backed up for an upgrade."""
    shown = _without_password(url)
    try:
        engine = make_engine(url, waits)
    except (DatabaseUrlError, ImportError) as exc:
        raise DomainError("db_url", f"cannot use database {shown}: {exc}", url=shown) from None
    path = sqlite_file(engine)
    try:
        new = _check_place(path)
        check_sqlite(path, lambda: _backup_count(engine))  # a damaged file is never upgraded: restore it first
        archives = _archive_before_upgrade(engine)
        backup = init_db(engine, _backup_before_migration)
        if engine.dialect.name == "postgresql":
            check_postgres(engine, shown, lambda: _backup_count(engine))
    except DomainError:
        engine.dispose()
        raise
    except UnreachableError as exc:
        engine.dispose()
        if str(exc) == SQLITE_NOT_A_DATABASE:
            raise DomainError("db_not_a_database", f"cannot open {shown}: this file is not a database", url=shown) from None
        raise DomainError("db_unreachable", f"cannot reach database {shown}: {exc}", url=shown, reason=str(exc)) from None
    except SchemaError as exc:
        engine.dispose()
        raise DomainError(f"db_{exc.code}", f"cannot open database {shown}: {exc}", url=shown, reason=str(exc), **exc.params) from None
    except (SQLAlchemyError, OSError) as exc:  # the upgrade (or its backup) could not be written: rolled back
        engine.dispose()
        failed = write_failed(exc)
        if failed is None:
            raise
        raise failed from exc
    return Opened(Store(engine, feed), created=path if new else None, backup=backup, database=path, archives=archives)


def _archive_before_upgrade(engine) -> tuple[Path, ...]:
    """A shared server's events archived before its upgrade (app/sync/upgrade_guard.py); SQLite keeps its file copy."""
    if engine.dialect.name != "postgresql":
        return ()
    from app.sync.upgrade_guard import archive_before_upgrade  # only a shared event needs it: not at every start

    archives = archive_before_upgrade(engine)
    if archives:
        import re

        from app.storage.backups import register_archives

        found = re.search(r"-before-(\w+?)-\d{8}-", archives[0].name)  # app/sync/archive.py backup_events names them so
        register_archives(archives, engine.url, found.group(1) if found else "")
    return archives


def _backup_before_migration(path: Path, revision: str) -> Path:
    """The whole SQLite file into the backups folder (listed in File → Backups…) before its upgrade."""
    from app.storage.backups import sqlite_backup

    try:
        return sqlite_backup(path, "migration", revision).path
    except DomainError as error:
        raise SchemaError("backup_failed", str(error), path=error.params.get("path", "")) from None


def _backup_count(engine) -> int:
    """How many backups of this database there are (named when it is found damaged)."""
    from app.storage.backups import database_key, list_backups

    try:
        return len(list_backups(database_key(engine.url)))
    except OSError:
        return 0


def _check_place(path: Path | None) -> bool:
    """Refuse an SQLite path whose folder does not exist (a typo must not create folders); True if new."""
    if path is None:
        return False
    if path.is_dir():
        raise DomainError("db_is_folder", f"cannot use {path} as a database: it is a folder", path=str(path))
    if not path.parent.is_dir():
        raise DomainError(
            "db_folder_missing",
            f"cannot create a database at {path}: the folder {path.parent} does not exist (a typo?); nothing was created",
            path=str(path),
            folder=str(path.parent),
        )
    return not path.exists()


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
