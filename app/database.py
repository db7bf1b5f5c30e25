"""Open the event database: resolve, connect, migrate — or explain why not."""

from __future__ import annotations

from app.errors import DomainError
from app.feed import ChangeFeed
from app.store import Store
from db.engine import DatabaseUrlError, make_engine
from db.migrate import SchemaError, UnreachableError, init_db

SQLITE_NOT_A_DATABASE = "file is not a database"  # SQLite's own words for a file that is something else


def open_store(url: str, feed: ChangeFeed | None = None) -> Store:
    """A Store on an up-to-date schema; DomainError (nothing written) when that cannot be."""
    shown = _without_password(url)
    try:
        engine = make_engine(url)
    except (DatabaseUrlError, ImportError) as exc:
        raise DomainError("db_url", f"cannot use database {shown}: {exc}", url=shown) from None
    try:
        init_db(engine)
    except UnreachableError as exc:
        engine.dispose()
        if str(exc) == SQLITE_NOT_A_DATABASE:
            raise DomainError("db_not_a_database", f"cannot open {shown}: this file is not a database", url=shown) from None
        raise DomainError("db_unreachable", f"cannot reach database {shown}: {exc}", url=shown, reason=str(exc)) from None
    except SchemaError as exc:
        engine.dispose()
        raise DomainError(f"db_{exc.code}", f"cannot open database {shown}: {exc}", url=shown, reason=str(exc)) from None
    return Store(engine, feed)


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
