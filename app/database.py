"""Open the event database: resolve, connect, migrate — or explain why not."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from app.errors import DomainError
from app.feed import ChangeFeed
from app.store import Store
from app.write_failures import write_failed
from db.engine import BATCH, DatabaseUrlError, Waits, make_engine
from db.migrate import SchemaError, UnreachableError, init_db


def open_store(url: str, feed: ChangeFeed | None = None, waits: Waits = BATCH) -> Store:
    """A Store on an up-to-date schema; DomainError (nothing written) when that cannot be.
    ``waits``: how long a write waits for another writer (the window: briefly; see db.engine)."""
    shown = _without_password(url)
    try:
        engine = make_engine(url, waits)
    except (DatabaseUrlError, ImportError) as exc:
        raise DomainError("db_url", f"cannot use database {shown}: {exc}", url=shown) from None
    try:
        init_db(engine)
    except UnreachableError as exc:
        engine.dispose()
        raise DomainError("db_unreachable", f"cannot reach database {shown}: {exc}", url=shown, reason=str(exc)) from None
    except SchemaError as exc:
        engine.dispose()
        raise DomainError(f"db_{exc.code}", f"cannot open database {shown}: {exc}", url=shown, reason=str(exc)) from None
    except (SQLAlchemyError, OSError) as exc:  # the upgrade (or its backup) could not be written: rolled back
        engine.dispose()
        failed = write_failed(exc)
        if failed is None:
            raise
        raise failed from exc
    return Store(engine, feed)


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
