"""The shared events this laptop joined: remembered, reopened with one click, forgotten; and joining itself.

Each joined event is kept as its join file in ``<data folder>/joined/`` (the folder 0700, each file 0600:
a join file holds its login's password, so it stays in this user's own data folder and is never logged).
One file per login on a server: joining again with the same login replaces it. The list is the folder.

``connect(join, folder)`` opens the event's database with the join file's login and checks that it holds
that event; every refusal is a DomainError whose code says what went wrong (``join_server_unreachable``,
``join_wrong_password``, ``join_certificate``, ``join_other_event``, or the database's own codes such as
``db_newer_schema``), and nothing is kept open when it fails.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.errors import DomainError
from app.storage.database import Opened, open_database
from app.sync.join_file import SUFFIX, JoinFile, join_url, read_join_file, write_join_file
from app.sync.whoami import LoginInfo, who_am_i
from db.engine import INTERACTIVE

CONNECT_SECONDS = 8  # a laptop that is off: said after this long, not after libpq's minutes
NEVER = datetime(1, 1, 2, tzinfo=timezone.utc)  # "now" for reading a remembered file whatever its expiry


@dataclass(frozen=True)
class Joined:
    """A remembered shared event, as the File menu lists it."""

    key: str  # its file's name without the suffix
    path: Path
    join: JoinFile

    @property
    def expired(self) -> bool:
        return self.join.expires <= datetime.now(timezone.utc)

    @property
    def server(self) -> str:
        return server_address(self.join)


def server_address(join: JoinFile) -> str:
    host = f"[{join.host}]" if ":" in join.host else join.host
    return f"{host}:{join.port}"


def joined_folder(data: Path) -> Path:
    return data / "joined"


def certificates_folder(data: Path) -> Path:
    return data / "certificates"


def _key(join: JoinFile) -> str:
    """One remembered file per login on a server."""
    return hashlib.sha256(f"{join.host}|{join.port}|{join.database}|{join.role}".encode()).hexdigest()[:16]


def remember(join: JoinFile, data: Path) -> Joined:
    folder = joined_folder(data)
    folder.mkdir(parents=True, exist_ok=True)
    _private(folder, 0o700)
    path = folder / f"{_key(join)}{SUFFIX}"
    write_join_file(path, join)  # 0600
    os.utime(path)  # the most recently joined first
    return Joined(_key(join), path, join)


def remembered(data: Path) -> list[Joined]:
    """The remembered events, the most recently joined first; an unreadable file is left out."""
    folder = joined_folder(data)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            found.append((path.stat().st_mtime, Joined(path.name[: -len(SUFFIX)], path, read_join_file(path, now=NEVER))))
        except (DomainError, OSError):
            continue
    return [joined for _, joined in sorted(found, key=lambda pair: -pair[0])]


def forget(key: str, data: Path) -> None:
    path = joined_folder(data) / f"{key}{SUFFIX}"
    if path.parent == joined_folder(data):
        path.unlink(missing_ok=True)


def joined_url(join: JoinFile, data: Path) -> str:
    """The database address of ``join`` (holds the password: never logged, never shown)."""
    return join_url(join, certificates_folder(data)) + f"&connect_timeout={CONNECT_SECONDS}"


def connect(join: JoinFile, data: Path) -> tuple[Opened, int]:
    """Open the event of ``join``: the opened database and the event's id there."""
    try:
        opened = open_database(joined_url(join, data), waits=INTERACTIVE)
    except DomainError as error:
        raise _said(error, join) from None
    try:
        with opened.store.engine.connect() as conn:
            event_id = conn.execute(text("SELECT id FROM event WHERE uid = :uid"), {"uid": join.event_uid}).scalar()
    except SQLAlchemyError:
        event_id = None
    if event_id is None:
        opened.store.engine.dispose()
        raise DomainError("join_other_event", f"the database at {server_address(join)} does not hold {join.event_name}: "
                          "it is the database of another event; ask the facilitator for this event's join file",
                          event=join.event_name, server=server_address(join))
    return opened, event_id


def _said(error: DomainError, join: JoinFile) -> DomainError:
    """The database's refusal in terms of joining: a wrong password, a certificate that does not match,
    a server that does not answer; other refusals (a newer schema) as they are."""
    if error.code != "db_unreachable":
        return error
    reason = str(error.params.get("reason", ""))
    server, event = server_address(join), join.event_name
    if "password authentication failed" in reason:
        return DomainError("join_wrong_password", f"the server at {server} refused the password of {join.label or join.role}: "
                           "ask the facilitator for a new join file", server=server, login=join.label or join.role)
    if "certificate verify failed" in reason or "certificate" in reason.lower() and "verify" in reason.lower():
        return DomainError("join_certificate", f"the server at {server} is not the server of {event}: its certificate "
                           "does not match the join file; nothing was sent", server=server, event=event)
    return DomainError("join_server_unreachable", f"the server of {event} at {server} does not answer: is the facilitator's "
                       "laptop on, on the same network, and is the event server started?", server=server, event=event,
                       reason=_first_line(reason))


def _first_line(reason: str) -> str:
    return reason.strip().splitlines()[0] if reason.strip() else ""


def login_info(store) -> LoginInfo | None:
    """Who the open database's login is; None for the owner, a superuser or SQLite (sees everything)."""
    return who_am_i(store)


def _private(path: Path, mode: int) -> None:
    try:
        path.chmod(mode)
    except OSError:
        pass


def default_expiry(day: date, today: date | None = None) -> datetime:
    """A join file made now stays usable a week after the event (or after today, when later)."""
    last = max(day, today or date.today())
    return datetime(last.year, last.month, last.day, tzinfo=timezone.utc) + timedelta(days=7)
