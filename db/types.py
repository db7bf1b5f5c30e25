"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, func, inspect, literal, text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator):
    """A timezone-aware datetime, stored in UTC on every engine.

    PostgreSQL keeps ``timestamptz``; SQLite has no time zones, so the value is
    stored as naive UTC and made aware again when read. Naive input is refused:
    a time without a zone is a bug waiting for daylight saving time.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store timezone-aware times (UTC)")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def local_now() -> datetime:
    """This laptop's clock, timezone-aware UTC (tests move it to play a laptop whose clock is off)."""
    return datetime.now(timezone.utc)


class LocalStamp(datetime):
    """"Now" by this laptop's clock, as a default or an edit's time: on a shared event the flush puts
    the server's time of the transaction in its place (``stamp_server_times``); on SQLite it is kept,
    the laptop's own clock being the event's. Arithmetic and ``replace`` give a plain datetime, so a
    time computed from it (a deadline, an expiry) is never taken for "now"."""

    def plain(self) -> datetime:
        return datetime(self.year, self.month, self.day, self.hour, self.minute, self.second,
                        self.microsecond, tzinfo=self.tzinfo, fold=self.fold)

    def __add__(self, other):
        return self.plain() + other

    __radd__ = __add__

    def __sub__(self, other):
        return self.plain() - other

    def replace(self, *args, **kwargs) -> datetime:
        return self.plain().replace(*args, **kwargs)

    def astimezone(self, tz=None) -> datetime:
        return self.plain().astimezone(tz)

    def __reduce__(self):
        return self.plain().__reduce__()


def utcnow() -> datetime:
    """Now, to store: this laptop's clock, marked so a shared event stamps the server's time instead."""
    now = local_now()
    return LocalStamp(now.year, now.month, now.day, now.hour, now.minute, now.second, now.microsecond, tzinfo=now.tzinfo)


# -- one clock per event: on a shared (PostgreSQL) database the server's --------------------------
#
# PostgreSQL's now() is the time its transaction started, the same for every statement in it: one
# user action's rows all carry one moment (a part finished and the next started meet exactly), and
# the moment is when the action reached the server, not when a lock it waited for was granted
# (clock_timestamp() would be that, and would differ between the statements of one action). The
# app's transactions are one user action each, so "transaction start" is "the moment it was done".


def server_now(dialect_name: str):
    """"Now" inside a statement: PostgreSQL's ``now()``; on SQLite this laptop's clock as a bound value."""
    if dialect_name == "postgresql":
        return func.now()
    return literal(local_now(), UTCDateTime())


_SERVER_NOW = "staatsprint_server_now"


def transaction_now(session) -> datetime | None:
    """The server's ``now()`` of ``session``'s transaction (asked once per transaction: exactly the
    value ``now()`` gives every statement in it); None on SQLite, which has no clock but the laptop's."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return None
    transaction = session.get_transaction()
    known = session.info.get(_SERVER_NOW)
    if known is not None and known[0] is transaction:
        return known[1]
    now = session.connection().execute(text("SELECT now()")).scalar_one().astimezone(timezone.utc)
    session.info[_SERVER_NOW] = (transaction, now)
    return now


def stamp_server_times(session) -> None:
    """Before a flush on a shared event: every time still marked as the laptop's "now" (``LocalStamp``:
    created_at, updated_at, any ``utcnow()`` an operation set) of a new or edited row becomes the server's."""
    rows = list(session.new) + list(session.dirty)
    marked = [(row, key) for row in rows for key, value in inspect(row).dict.items() if isinstance(value, LocalStamp)]
    if not marked:
        return
    now = transaction_now(session)
    if now is None:
        return
    for row, key in marked:
        setattr(row, key, now)


class Versioned(SQLModel):
    """A row people edit: ``version`` goes up on every update (db.engine), so laptops sharing one
    event can tell a concurrent edit."""

    version: int = Field(default=1)
