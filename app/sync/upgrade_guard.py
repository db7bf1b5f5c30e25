"""A shared server's schema upgrade: only by the facilitator, and only after a backup of every event.

On PostgreSQL one database serves every laptop of the event. When an app finds that database on an
older schema it knows how to upgrade:

- a login that does not own the schema (a team's, a juror's, a member's) never migrates: it is told to
  wait for the facilitator, whose app upgrades the server (``db_wait_for_facilitator``);
- the facilitator's login (the owner) first writes an event archive of each event into the data folder
  (``backups/``: app.sync.archive, read from the old schema as it is), then migrates. The archives'
  paths are shown; any of them imports back into an empty database of any engine.

A newer schema (an older app) is refused by db.migrate itself, naming the version to install.
SQLite keeps its file copy before an upgrade (db.migrate): a file has one user.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.errors import DomainError
from db.migrate import HEAD

BACKUPS_VAR = "STAATSPRINT_BACKUPS"  # another folder for these archives (the tests' own)


def archive_before_upgrade(engine: Engine, folder: Path | None = None) -> tuple[Path, ...]:
    """On PostgreSQL with an older, known schema: refuse a non-owner, else archive every event first.
    The archives' paths (none: nothing to upgrade, or not PostgreSQL)."""
    if engine.dialect.name != "postgresql":
        return ()
    try:
        with engine.connect() as conn:
            if "alembic_version" not in set(inspect(conn).get_table_names()):
                return ()
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if current is None or current == HEAD or current > HEAD:
                return ()  # up to date, or newer: db.migrate refuses that one with the version to install
            may_migrate = _owns_schema(conn)
    except SQLAlchemyError:
        return ()  # unreachable: init_db says so in its own words
    if not may_migrate:
        raise DomainError(
            "db_wait_for_facilitator",
            f"the event's server runs an older schema ({current}) that this version ({HEAD}) would upgrade; only the "
            "facilitator's app upgrades the server: wait until the facilitator has opened it, then try again",
            what=current,
        )
    import os

    from app.storage.config import data_folder
    from app.sync.archive import backup_events

    target = folder or Path(os.environ.get(BACKUPS_VAR) or data_folder() / "backups")
    with Session(engine) as session:
        return tuple(backup_events(session, target, current))


def _owns_schema(conn) -> bool:
    """The connected login owns the event's tables (or is a superuser): it may change the schema."""
    row = conn.execute(text(
        "SELECT pg_get_userbyid(c.relowner) = current_user OR r.rolsuper "
        "FROM pg_class c JOIN pg_roles r ON r.rolname = current_user "
        "WHERE c.relname = 'alembic_version' AND c.relkind = 'r' LIMIT 1")).first()
    return bool(row and row[0])
