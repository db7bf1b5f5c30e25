"""Bring a database to the current schema: the one ``init_db(engine)`` entry.

An empty database gets every migration from the first; an older one gets the
missing ones after a backup copy (SQLite); a database written by a newer
Staatsprint, or one that is not a Staatsprint database at all, is refused and
left untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from db.engine import APPLICATION_ID

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening an up-to-date database compares against this and
# never imports alembic (a tenth of a second of start-up); a test keeps it in step.
HEAD = "0005"


class SchemaError(RuntimeError):
    """The database cannot be used by this version of the app."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


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


def init_db(engine: Engine) -> None:
    """Create or upgrade the schema; raise SchemaError or UnreachableError, changing nothing."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = _stamped_revision(conn) if "alembic_version" in tables else None
    except SQLAlchemyError as exc:
        raise UnreachableError(_first_line(exc)) from None
    if current == HEAD:
        return
    _migrate(engine, current, tables)


def _stamped_revision(conn) -> str | None:
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(engine: Engine, current: str | None, tables: set[str]) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current is None and tables - {"alembic_version"}:
        raise SchemaError(
            "not_staatsprint",
            "this database already holds other tables and is not a Staatsprint database",
        )
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise SchemaError(
            "newer_schema",
            f"this database was written by a newer Staatsprint (schema {current}); "
            f"this version knows schema {head}. Update Staatsprint to open it.",
        )
    if current is not None:
        _backup_sqlite(engine, current)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))


def _backup_sqlite(engine: Engine, revision: str) -> None:
    """Copy the SQLite file aside before a migration touches it."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return
    path = Path(engine.url.database)
    if path.exists():
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, path.with_name(f"{path.name}.before-{revision}.bak"))


def _first_line(exc: Exception) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
