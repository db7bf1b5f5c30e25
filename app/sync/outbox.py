"""What was typed while the event's server was away: kept in order on this laptop, replayed on reconnect.

On a shared (PostgreSQL) event a write that cannot reach the server (``WriteFailed`` code
``db_write_connection``) does not drop what the person typed: the edit becomes an ``Entry`` (the name
of an operation from ``app.sync.outbox_ops``, its JSON arguments, the value it was based on, and a
client-made id) appended to ``outbox-<database key>.jsonl`` in the app's data folder and fsynced, so a
crash or quit keeps it. While anything waits, new edits queue behind it (the order is kept).

``Outbox.replay(store)`` (on reconnect) makes the entries one by one through the same app operations
with their version checks, each removed from the file once committed. It stops at the first entry that
does not go through: the server is away again (all stays queued), or a refusal such as ``edit_conflict``
(someone changed the same field meanwhile): that entry stays first in line as ``stuck`` until the person
chooses — ``discard`` (take theirs) or ``rebase`` (keep mine: based on theirs now), then replay again.
Replaying twice never makes a note twice (see ``outbox_ops``).

A file that cannot be read is moved aside (``.broken-<time>``), nothing of it is replayed, and
``problem`` says where it went (DomainError ``outbox_unreadable``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from uuid import uuid4

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.errors import DomainError, WriteFailed
from app.storage.store import Store
from app.storage.write_failures import write_failed
from app.sync.outbox_ops import OPERATIONS

log = logging.getLogger(__name__)
# Failures that mean "the server is still away": the entry waits, nothing is asked.
STILL_AWAY = frozenset({"db_write_connection", "db_write_io", "db_write_locked"})


@dataclass(frozen=True)
class Entry:
    id: str  # made on this laptop; a replay finds its own note by it
    op: str
    args: dict
    based_on: dict = field(default_factory=dict)
    queued_at: str = ""


@dataclass(frozen=True)
class Replayed:
    done: int  # entries made (or found made) and removed
    stuck: Entry | None = None  # the entry a refusal stopped at (still queued, first in line)
    error: DomainError | None = None  # why: an edit_conflict, a note removed meanwhile, ...
    away: bool = False  # the server did not answer: everything left stays queued


def outbox_key(engine: Engine) -> str:
    """The database this outbox belongs to (server, port, database, login; never the password)."""
    url = engine.url
    named = f"{url.drivername}|{url.host}|{url.port}|{url.database}|{url.username}"
    return hashlib.sha256(named.encode()).hexdigest()[:16]


def outbox_path(folder: Path, engine: Engine) -> Path:
    return Path(folder) / f"outbox-{outbox_key(engine)}.jsonl"


def connection_lost(exc: BaseException) -> bool:
    """``exc`` (a write's WriteFailed or a read's raw database error) says the server is out of reach."""
    if isinstance(exc, WriteFailed):
        return exc.code == "db_write_connection"
    if isinstance(exc, SQLAlchemyError):
        failed = write_failed(exc)
        return failed is not None and failed.code == "db_write_connection"
    return False


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.entries: list[Entry] = []
        self.problem: DomainError | None = None  # the file could not be read (it was moved aside)
        self.stuck: tuple[Entry, DomainError] | None = None
        self.on_change: list[Callable[[int], None]] = []  # called with pending_count after every change
        self._replaying = False
        self._load()

    @property
    def pending_count(self) -> int:
        return len(self.entries)

    def pending(self, op: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.op == op]

    # -- queueing ---------------------------------------------------------------
    def enqueue(self, op: str, args: dict, based_on: dict | None = None) -> Entry | None:
        """Keep one edit, after the others; on disk (fsynced) before this returns. An edit of a target
        that already waits is based on that waiting edit's text (it follows it, it does not conflict); an
        edit that changes nothing from its base is not kept (None)."""
        operation = OPERATIONS.get(op)
        if operation is None:
            raise ValueError(f"no outbox operation {op!r}")
        based_on = dict(based_on or {})
        if operation.target is not None:
            target = operation.target(args)
            earlier = [e for e in self.entries if e.op == op and operation.target(e.args) == target]
            if earlier:
                based_on[operation.field] = earlier[-1].args[operation.field]
            if based_on.get(operation.field) == args[operation.field]:
                return None  # no change from what it is based on (a save of an untouched field)
        entry = Entry(uuid4().hex, op, dict(args), based_on, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"  # refuses what JSON cannot hold
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())
        self.entries.append(entry)
        self._changed()
        return entry

    # -- replaying --------------------------------------------------------------
    def replay(self, store: Store) -> Replayed:
        """Make the waiting entries in order (see the module's text); safe to call again at any time."""
        if self._replaying:
            return Replayed(0)
        self._replaying, done = True, 0
        try:
            while self.entries:
                entry = self.entries[0]
                try:
                    OPERATIONS[entry.op].replay(store, entry.id, entry.args, entry.based_on)
                except DomainError as error:
                    if error.code in STILL_AWAY:
                        return Replayed(done, away=True)
                    self.stuck = (entry, error)
                    self._changed()
                    return Replayed(done, entry, error)
                except SQLAlchemyError as exc:  # a read outside a write failed: the server again
                    failed = write_failed(exc)
                    if failed is not None and failed.code in STILL_AWAY:
                        return Replayed(done, away=True)
                    raise
                self.entries.pop(0)
                self.stuck = None
                self._rewrite()
                done += 1
                self._changed()
            return Replayed(done)
        finally:
            self._replaying = False

    def discard(self, entry_id: str) -> None:
        """Drop a waiting edit (the person takes the other version)."""
        self.entries = [e for e in self.entries if e.id != entry_id]
        self.stuck = None
        self._rewrite()
        self._changed()

    def rebase(self, entry_id: str, based_on: dict) -> None:
        """Keep mine: the edit is now based on what the row holds (``theirs``), so the next replay makes it."""
        self.entries = [replace(e, based_on=dict(based_on)) if e.id == entry_id else e for e in self.entries]
        self.stuck = None
        self._rewrite()
        self._changed()

    # -- the file ---------------------------------------------------------------
    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self._refuse(f"cannot read it: {exc.strerror}")
            return
        lines = raw.split(b"\n")
        torn = lines.pop() if lines else b""  # an append cut off by a crash: its enqueue never returned
        if torn.strip():
            log.warning("outbox %s: an incomplete last line (cut off while written) was left out", self.path)
        try:
            self.entries = [_entry(json.loads(line)) for line in lines if line.strip()]
        except (ValueError, TypeError, KeyError) as exc:
            self.entries = []
            self._refuse(f"it holds something that is not a waiting change ({exc})")
            return
        if torn.strip():
            self._rewrite()

    def _refuse(self, why: str) -> None:
        aside = self.path.with_name(f"{self.path.stem}.broken-{datetime.now().strftime('%Y%m%d-%H%M%S')}{self.path.suffix}")
        try:
            os.replace(self.path, aside)
        except OSError:
            aside = self.path
        self.problem = DomainError("outbox_unreadable", f"the changes kept while the server was away could not be read: {why}. "
                                   f"Nothing of them was sent; the file was kept as {aside}", path=str(aside), reason=why)
        log.warning("%s", self.problem)

    def _rewrite(self) -> None:
        """The file as the entries are now, replaced whole (a crash leaves the old or the new one)."""
        if not self.entries:
            self.path.unlink(missing_ok=True)
            return
        fresh = self.path.with_suffix(".tmp")
        with open(fresh, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in self.entries)
            out.flush()
            os.fsync(out.fileno())
        os.replace(fresh, self.path)

    def _changed(self) -> None:
        for callback in list(self.on_change):
            callback(self.pending_count)


def _entry(data: dict) -> Entry:
    if not isinstance(data, dict) or data.get("op") not in OPERATIONS:
        raise ValueError(f"unknown change {data.get('op') if isinstance(data, dict) else data!r}")
    if not isinstance(data["args"], dict) or not isinstance(data.get("based_on", {}), dict) or not isinstance(data["id"], str):
        raise ValueError("a change without its arguments")
    return Entry(data["id"], data["op"], data["args"], data.get("based_on", {}), data.get("queued_at", ""))
