"""The integrity check at start: is the database whole before the app works on it?

- SQLite: ``PRAGMA quick_check`` (the b-trees, the pages, the record formats and NOT NULL; not the
  unique indexes' contents, which ``integrity_check`` would also compare at several times the cost:
  measured in db/README.md). Run before the schema is looked at, so a damaged file is never upgraded.
- PostgreSQL: the server looks after its own pages (its WAL, and data checksums where enabled); what a
  client can see go wrong is the schema: every table of this version present, and row security on each
  (without it a team's login would see every team's work). Checked after the upgrade (db.migrate).

A damaged database raises ``DomainError("db_damaged", …)`` naming how many backups there are: the
window then offers File → Backups… at once (ui/storage/backups_recovery.py), the command line names
``staatsprint backups list`` and ``restore``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.errors import DomainError

MAX_PROBLEMS = 5  # quick_check lists every broken page: the first few say enough


def sqlite_problems(path: Path) -> list[str]:
    """What ``quick_check`` finds wrong in the SQLite file at ``path`` (empty: whole). A file that is
    no SQLite database at all is not this check's to judge (db.migrate refuses it in its own words)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        if "file is not a database" in str(exc):
            return []
        return [str(exc)]
    finally:
        conn.close()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def postgres_problems(engine: Engine) -> list[str]:
    """Tables of this version missing, or without row security, on a PostgreSQL database."""
    from sqlmodel import SQLModel

    import db.models  # noqa: F401  (every table in the metadata)

    wanted = set(SQLModel.metadata.tables)
    try:
        with engine.connect() as conn:
            found = dict(conn.execute(text(
                "SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')")).all())
    except SQLAlchemyError as exc:
        return [str(getattr(exc, "orig", exc)).strip().splitlines()[0]]
    missing = sorted(wanted - set(found))
    unguarded = sorted(name for name in wanted & set(found) if not found[name])
    problems = [f"table {name} is missing" for name in missing]
    problems += [f"table {name} has no row security" for name in unguarded]
    return problems[:MAX_PROBLEMS]


def check_sqlite(path: Path | None, backups: Callable[[], int]) -> None:
    """DomainError ``db_damaged`` when the existing SQLite file at ``path`` is not whole."""
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return
    problems = sqlite_problems(path)
    if problems:
        raise damaged(str(path), problems, backups())


def check_postgres(engine: Engine, shown: str, backups: Callable[[], int]) -> None:
    problems = postgres_problems(engine)
    if problems:
        raise damaged(shown, problems, backups())


def damaged(where: str, problems: list[str], backups: int) -> DomainError:
    reason = "; ".join(problems)
    restore = (f"{backups} backup(s) of it can be restored: staatsprint backups list, then staatsprint backups restore N"
               if backups else "there is no backup of it in the backups folder")
    return DomainError("db_damaged", f"the database {where} is damaged ({reason}); nothing was changed; {restore}",
                       url=where, reason=reason, count=str(backups))
