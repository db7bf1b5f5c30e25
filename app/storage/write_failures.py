"""What a failed write means to the person who made it.

A database refuses a write for a handful of reasons people can act on: the disk is full,
another writer holds the lock, the file or server is read-only, a value does not fit, the
disk or the connection failed. ``write_failed`` names the reason as a ``WriteFailed`` (a
DomainError, so every place that shows refusals shows these too); anything else is a bug and
is not disguised.
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from app.errors import DomainError, WriteFailed

_SAID = {
    "db_write_full": "saving failed: the disk is full. Nothing was changed. Free some space and try again",
    "db_write_locked": "saving failed: the database is busy (another window, laptop or command is saving). "
                       "Nothing was changed. Try again in a moment",
    "db_write_readonly": "saving failed: the database cannot be written to (a read-only file or server). "
                         "Nothing was changed. Open a copy you may change, or ask who manages the database",
    "db_write_refused": "saving failed: the database refused a value. Nothing was changed. "
                        "Change what was entered and try again",
    "db_write_io": "saving failed: the database could not be written (a disk or file error). "
                   "Nothing was changed. Check the disk and try again",
    "db_write_connection": "saving failed: the connection to the database server was lost. "
                           "Nothing was changed. Check the network and try again",
}

# PostgreSQL SQLSTATE codes (or their two-character classes) and what they mean here.
_SQLSTATES = {
    "53100": "db_write_full",  # disk_full
    "55P03": "db_write_locked",  # lock_not_available: lock_timeout passed
    "57014": "db_write_locked",  # query_canceled: statement_timeout passed
    "40001": "db_write_locked",  # serialization_failure
    "40P01": "db_write_locked",  # deadlock_detected
    "25006": "db_write_readonly",  # read_only_sql_transaction (a standby, a read-only session)
    "42501": "db_write_readonly",  # insufficient_privilege
    "58030": "db_write_io",  # io_error
    "08": "db_write_connection",
    "22": "db_write_refused",  # data exception: too long, a NUL byte, out of range
    "23": "db_write_refused",  # integrity: a key or check no rule of the app caught
}

# SQLite result codes (``sqlite3.Error.sqlite_errorname``, extended ones start the same).
_SQLITE_NAMES = (
    ("SQLITE_FULL", "db_write_full"),
    ("SQLITE_BUSY", "db_write_locked"),
    ("SQLITE_LOCKED", "db_write_locked"),
    ("SQLITE_READONLY", "db_write_readonly"),
    ("SQLITE_PERM", "db_write_readonly"),
    ("SQLITE_CONSTRAINT", "db_write_refused"),
    ("SQLITE_TOOBIG", "db_write_refused"),
    ("SQLITE_MISMATCH", "db_write_refused"),
)

# SQLite's own words, for an error that carries no result code.
_SQLITE_WORDS = (
    ("disk is full", "db_write_full"),
    ("is locked", "db_write_locked"),
    ("readonly", "db_write_readonly"),
    ("read-only", "db_write_readonly"),
)

_OS_ERRORS = {errno.ENOSPC: "db_write_full", errno.EDQUOT: "db_write_full", errno.EROFS: "db_write_readonly",
              errno.EACCES: "db_write_readonly", errno.EPERM: "db_write_readonly"}


def write_failed(exc: BaseException) -> WriteFailed | None:
    """The WriteFailed that ``exc`` means for a write, or None when it is no database failure.
    The first failure counts: SQLite rolls a full disk back itself, and the savepoint release
    that then fails ("no such savepoint") only hides it. A refusal of the app's own rules stays
    what it is, even when raised while handling a database error."""
    if isinstance(exc, DomainError):
        return None
    found = [(code, cause) for cause in _chain(exc) if (code := _code(cause)) is not None]
    if not found:
        return None
    code, cause = found[-1]
    reason = _reason(cause)
    return WriteFailed(code, f"{_SAID[code]} ({reason})", reason=reason)


def _chain(exc: BaseException):
    """``exc`` and the exceptions it was raised while handling, the newest first."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _code(exc: BaseException) -> str | None:
    if isinstance(exc, OSError):
        return _OS_ERRORS.get(exc.errno, "db_write_io")
    if not isinstance(exc, DBAPIError):
        return None
    if exc.connection_invalidated:
        return "db_write_connection"
    original = exc.orig
    sqlstate = getattr(original, "sqlstate", None) or ""
    by_state = _SQLSTATES.get(sqlstate) or _SQLSTATES.get(sqlstate[:2])
    if by_state:
        return by_state
    if not sqlstate and isinstance(exc, OperationalError) and type(original).__module__.startswith("psycopg"):
        return "db_write_connection"  # the server refused or dropped the connection: libpq gives no SQLSTATE
    name = getattr(original, "sqlite_errorname", None) or ""
    by_name = next((code for prefix, code in _SQLITE_NAMES if name.startswith(prefix)), None)
    if by_name:
        return by_name
    words = str(original).lower()
    by_words = next((code for phrase, code in _SQLITE_WORDS if phrase in words), None)
    if by_words:
        return by_words
    if isinstance(exc, (DataError, IntegrityError)):
        return "db_write_refused"
    if isinstance(exc, OperationalError):
        return "db_write_io"
    return None  # a ProgrammingError and the like: a bug, shown as one


def _reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip()
    return text.splitlines()[0] if text else type(original).__name__
