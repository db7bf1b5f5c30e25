"""Which database to use: --db, else STAATSPRINT_DB, else SQLite in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import DomainError
from db.urls import sqlite_url

ENV_VAR = "STAATSPRINT_DB"


def data_folder() -> Path:
    """The app's own data folder on this laptop (the default database, a juror's scores)."""
    from platformdirs import user_data_path

    return user_data_path("staatsprint", appauthor=False)


def default_database_path() -> Path:
    return data_folder() / "staatsprint.sqlite"


def database_url(cli_value: str | None) -> str:
    if cli_value:
        return _expand(cli_value)
    if os.environ.get(ENV_VAR):
        return _expand(os.environ[ENV_VAR])
    path = default_database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # our own data folder: made on first use
    except OSError as exc:
        raise DomainError("db_unreachable", f"cannot reach database {path}: {exc.strerror}", url=str(path), reason=str(exc.strerror)) from None
    return sqlite_url(path)


def _expand(value: str) -> str:
    """A bare file path means an SQLite file there; its folder must exist (see app.storage.database)."""
    if "://" in value:
        return value
    return sqlite_url(Path(value).expanduser().resolve())
