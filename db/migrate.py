"""Bring a database to the current schema: the one ``init_db(engine)`` entry.

An empty database gets every migration from the first; an older one gets the
missing ones after a backup copy (SQLite); a database written by a newer
Staatsprint, or one that is not a Staatsprint database at all, is refused and
left untouched.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from db.engine import APPLICATION_ID
from db.identify import NotADatabase, look_inside, read_application_id
from db.rls import ensure_row_security

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening an up-to-date database compares against this and
# never imports alembic (a tenth of a second of start-up); a test keeps it in step.
HEAD = "0011"


def _app_version() -> str:
    """This app's version (the installed package's, else pyproject's): written to db_info on a migration,
    so an older app can be told which version to install."""
    try:
        from importlib.metadata import version

        return version("staatsprint")
    except Exception:  # noqa: BLE001 - running from a source tree that was not installed
        import re

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        found = re.search(r'^version = "([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M) if pyproject.is_file() else None
        return found.group(1) if found else "?"


APP_VERSION = _app_version()
# Tables every Staatsprint schema has: a database with them and an unknown revision is a newer Staatsprint's.
OWN_TABLES = frozenset({"event", "team", "member"})


class SchemaError(RuntimeError):
    """The database cannot be used by this version of the app."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class UnreachableError(RuntimeError):
    """The database server cannot be reached or the file cannot be opened."""


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def init_db(engine: Engine, backup: Callable[[Path, str], Path] | None = None) -> Path | None:
    """Create or upgrade the schema; raise SchemaError or UnreachableError, changing nothing.

    Returns the backup copy taken before an SQLite file was upgraded (None when none was). ``backup(file,
    revision)`` takes that copy (the app's: app/storage/backups.py, into the backups folder with SQLite's
    backup API; it raises SchemaError "backup_failed" when it cannot); without it the file is copied
    beside itself as ``<file>.before-<revision>.bak``.
    """
    _refuse_foreign_file(engine)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = _stamped_revision(conn) if "alembic_version" in tables else None
    except SQLAlchemyError as exc:
        raise UnreachableError(_first_line(exc)) from None
    if current == HEAD:
        ensure_row_security(engine)  # PostgreSQL, as the owner: grants and policies up to date
        return None
    copy = _migrate(engine, current, tables, backup)
    ensure_row_security(engine)
    return copy


def _stamped_revision(conn) -> str | None:
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _refuse_foreign_file(engine: Engine) -> None:
    """SQLite: refuse, before anything can write to it, a file that is not a Staatsprint database."""
    path = sqlite_file(engine)
    if path is None or not path.is_file():
        return
    try:
        application_id = read_application_id(path)
        if application_id in (None, APPLICATION_ID):
            return
        found = look_inside(path, application_id)
    except NotADatabase:
        raise SchemaError("not_a_database", "this file is not a database at all; nothing was changed") from None
    except OSError as exc:
        raise UnreachableError(f"cannot read {path}: {exc.strerror or exc}") from None
    if application_id != 0:
        shown = f"0x{application_id:08X}"
        raise SchemaError(
            "foreign_sqlite",
            f"this is an SQLite database of another program (application_id {shown}); nothing was changed",
            what=shown,
        )
    if not found.tables or (found.revision in _known_revisions() and found.tables & OWN_TABLES):
        return  # an empty SQLite file, or an older Staatsprint file made without its id
    _refuse_others(found.tables, found.revision, _written_by(engine, set(found.tables)))


def _refuse_others(tables: set[str] | frozenset[str], revision: str | None, version: str | None = None) -> None:
    """Name what a database that is not (a known version of) ours is (``version``: the app version
    that last migrated it, from db_info, when it says)."""
    if revision is not None and OWN_TABLES <= tables:
        install = f"Install Staatsprint {version} or later to open it." if version else "Update Staatsprint to open it."
        raise SchemaError(
            "newer_schema",
            f"this database was written by a newer Staatsprint (schema {revision}); "
            f"this version knows schema {HEAD}. {install}",
            what=revision,
            version=version or "",
        )
    if revision is not None:
        raise SchemaError(
            "foreign_alembic",
            f"this is the database of another program that uses Alembic (schema revision {revision}), "
            "not a Staatsprint database; nothing was changed",
            what=revision,
        )
    shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
    raise SchemaError(
        "not_staatsprint",
        f"this database holds the tables of another program ({shown}) and is not a Staatsprint database; "
        "nothing was changed",
        what=shown,
    )


def _migrate(engine: Engine, current: str | None, tables: set[str], backup: Callable[[Path, str], Path] | None) -> Path | None:
    from alembic import command

    if current is None and tables - {"alembic_version"}:
        _refuse_others(tables - {"alembic_version"}, None)
    if current is not None and current not in _known_revisions():
        _refuse_others(tables, current, _written_by(engine, tables))
    copy = _backup_sqlite(engine, current, backup) if current is not None else None
    with engine.connect() as conn, _foreign_keys_off(conn):
        with conn.begin():
            dangling = _dangling_rows(conn)
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            _record_app_version(conn)
            if conn.dialect.name == "sqlite":
                _check_foreign_keys(conn, dangling)
                conn.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
    return copy


def _written_by(engine: Engine, tables: set[str]) -> str | None:
    """The app version that last migrated the database (db_info "app_version"), if it says."""
    if "db_info" not in tables:
        return None
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT value FROM db_info WHERE key = 'app_version'")).scalar()
    except SQLAlchemyError:
        return None


def _record_app_version(conn: Connection) -> None:
    """db_info "app_version": this app, which just migrated the database."""
    updated = conn.execute(text("UPDATE db_info SET value = :v, version = version + 1 WHERE key = 'app_version'"),
                           {"v": APP_VERSION})
    if not updated.rowcount:
        conn.execute(text("INSERT INTO db_info (key, value, version) VALUES ('app_version', :v, 1)"), {"v": APP_VERSION})


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite: no foreign-key actions while migrating.

    A table rebuild (alembic's batch mode) drops the old table, and with foreign keys on
    that cascades to every child row. The pragma is ignored inside a transaction, so it
    is set on the driver's connection before the migration's transaction begins.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys=ON")


def _dangling_rows(conn: Connection) -> int:
    """SQLite: how many rows point at nothing (foreign keys are not checked while off)."""
    if conn.dialect.name != "sqlite":
        return 0
    return len(conn.execute(text("PRAGMA foreign_key_check")).all())


def _check_foreign_keys(conn: Connection, before: int) -> None:
    """Refuse (and so roll back) a migration that left more rows pointing at nothing than before."""
    broken = conn.execute(text("PRAGMA foreign_key_check")).all()
    if len(broken) > before:
        tables = sorted({row[0] for row in broken})
        raise SchemaError(
            "migration_broken",
            f"the upgrade would leave {len(broken)} rows pointing at nothing (in {', '.join(tables)}); "
            "nothing was changed",
        )


def sqlite_file(engine: Engine) -> Path | None:
    """The file of an SQLite engine; None for PostgreSQL or an in-memory database."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _backup_sqlite(engine: Engine, revision: str, backup: Callable[[Path, str], Path] | None = None) -> Path | None:
    """Copy the SQLite file aside before a migration touches it; the copy's path."""
    path = sqlite_file(engine)
    if path is None or not path.exists():
        return None
    if backup is not None:
        return backup(path, revision)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = path.with_name(f"{path.name}.before-{revision}.bak")
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise SchemaError(
            "backup_failed",
            f"cannot copy the database aside to {backup} before upgrading it ({exc.strerror or exc}); nothing was changed",
            path=str(backup),
        ) from None
    return backup


def _first_line(exc: Exception) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
