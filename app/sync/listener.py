"""Hearing other laptops: LISTEN on a shared (PostgreSQL) event and feed their changes to the store's feed.

One async psycopg connection (autocommit) per app, beside the store's one work connection, listens on
``app.sync.wire.CHANNEL``. Notifications are read one way only, ``conn.notifies()`` (psycopg >= 3.2.4
keeps those that arrive between two reads), decoded strictly (``app.sync.wire.decode``), this store's
own skipped (its feed heard them at the commit), the rest published on ``store.feed``. A payload only
says *which* rows changed: every view re-reads them through its own login, so a forged notification
makes views re-read and changes nothing.

A listening connection can die without an error (a laptop that slept, Wi-Fi gone): TCP keepalives
(libpq ``keepalives*``, the work engine has them too, see db/engine.py) and a heartbeat (``SELECT 1``
every ``heartbeat_s`` that must answer within ``answer_s``) notice it. Then it reconnects with back-off
(0.5 s doubling to 10 s). Notifications are not durable, so after every (re)connect, and after a wake
(a gap between heartbeats much longer than their period), ``RESYNC`` is published: every view re-reads.

``status`` (connected, lost_since) and the ``on_status`` callbacks tell the banner and the outbox.
Pure asyncio: it runs on the window's qasync loop, and in tests on any loop.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
from sqlalchemy.engine import URL
from sqlmodel import SQLModel

from app.storage.feed import RESYNC
from app.storage.store import Store
from app.sync.wire import CHANNEL, decode
from db.engine import PG_KEEPALIVES

log = logging.getLogger(__name__)

FIRST_RETRY_S = 0.5
LAST_RETRY_S = 10.0
HEARTBEAT_S = 5.0
ANSWER_S = 3.0
WAKE_GAP = 3  # heartbeats: a gap this many periods long means the laptop slept
APPLICATION_NAME = "staatsprint-listen"

_listeners: weakref.WeakKeyDictionary[Store, Listener] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class ConnectionStatus:
    """Connected to the server; if not, since when (UTC; None before the first connect)."""

    connected: bool
    lost_since: datetime | None = None


StatusListener = Callable[[ConnectionStatus], None]


class ConnectionLost(Exception):
    """The heartbeat got no answer in time."""


def listener_of(store: Store) -> Listener | None:
    """The listener following ``store`` (a shared event with a running window), if any."""
    return _listeners.get(store)


def listen_conninfo(url: URL) -> str:
    """libpq's address for the work engine's ``url`` (same host, login, password, TLS settings)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def awake_seconds() -> float:
    """A clock that keeps counting while the laptop sleeps (a monotonic clock may stand still)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.time()


class Listener:
    """Follows other laptops' commits for one store; ``run()`` until cancelled or ``stop()``."""

    def __init__(self, store: Store, heartbeat_s: float = HEARTBEAT_S, answer_s: float = ANSWER_S,
                 first_retry_s: float = FIRST_RETRY_S, last_retry_s: float = LAST_RETRY_S) -> None:
        self.store = store
        self.heartbeat_s, self.answer_s = heartbeat_s, answer_s
        self.first_retry_s, self.last_retry_s = first_retry_s, last_retry_s
        self.status = ConnectionStatus(connected=False)
        self.on_status: list[StatusListener] = []
        self.backend_pid: int | None = None  # the listening connection's server process (tests end it)
        self.parameters: dict[str, str] = {}  # its libpq settings (keepalives)
        self._known = frozenset(SQLModel.metadata.tables)
        self._conninfo = listen_conninfo(store.engine.url)
        self._check_now = asyncio.Event()
        self._stopped = False
        _listeners[store] = self
        store.write_failures.append(self._write_failed)

    # -- status --------------------------------------------------------------
    def connection_failed(self) -> None:
        """The work connection failed (a write said ``db_write_connection``): show it at once, check now."""
        self._set_lost()
        self._check_now.set()

    def _write_failed(self, failed) -> None:
        if failed.code == "db_write_connection":
            self.connection_failed()

    def _set_lost(self) -> None:
        if self.status.connected or self.status.lost_since is None:
            self._tell(ConnectionStatus(connected=False, lost_since=datetime.now(UTC)))

    def _set_connected(self) -> None:
        if not self.status.connected:
            self._tell(ConnectionStatus(connected=True))

    def _tell(self, status: ConnectionStatus) -> None:
        self.status = status
        for hear in list(self.on_status):
            try:
                hear(status)
            except Exception:  # one broken listener must not stop the others hearing
                log.exception("connection status listener %r failed", hear)

    # -- running -------------------------------------------------------------
    def stop(self) -> None:
        self._stopped = True
        self._check_now.set()
        if self._write_failed in self.store.write_failures:
            self.store.write_failures.remove(self._write_failed)
        if _listeners.get(self.store) is self:
            del _listeners[self.store]

    async def run(self) -> None:
        """Connect, listen, and reconnect with back-off whenever the connection is lost."""
        retry_s = self.first_retry_s
        while not self._stopped:
            try:
                conn = await self._connect()
            except (psycopg.Error, OSError) as exc:
                log.info("listening: cannot connect (%s); again in %.1f s", exc, retry_s)
                self._set_lost()
                await self._pause(retry_s)
                retry_s = min(retry_s * 2, self.last_retry_s)
                continue
            retry_s = self.first_retry_s
            try:
                self._set_connected()
                self.store.feed.publish((RESYNC,))  # whatever was said while nobody listened: re-read
                await self._follow(conn)
            except (psycopg.Error, OSError, ConnectionLost) as exc:
                if not self._stopped:
                    log.info("listening: connection lost (%s)", exc)
                    self._set_lost()
            finally:
                await _discard(conn)

    async def _connect(self) -> psycopg.AsyncConnection:
        conn = await psycopg.AsyncConnection.connect(
            self._conninfo, autocommit=True, connect_timeout=5, application_name=APPLICATION_NAME, **PG_KEEPALIVES)
        try:
            await conn.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            await _discard(conn)
            raise
        self.backend_pid = conn.info.backend_pid
        self.parameters = conn.info.get_parameters()
        return conn

    async def _follow(self, conn: psycopg.AsyncConnection) -> None:
        """Hear notifications between heartbeats until the connection fails or the listener stops."""
        last_beat = awake_seconds()
        while not self._stopped:
            await self._hear_for(conn, self._until_beat(last_beat))
            if self._stopped:
                return
            now = awake_seconds()
            if now - last_beat > self.heartbeat_s * WAKE_GAP:  # slept: the server may have forgotten us
                log.info("listening: woke after %.0f s, re-reading", now - last_beat)
                self.store.feed.publish((RESYNC,))
            if self._check_now.is_set() or now - last_beat >= self.heartbeat_s:
                self._check_now.clear()
                await self._heartbeat(conn)
                last_beat = awake_seconds()

    async def _hear_for(self, conn: psycopg.AsyncConnection, seconds: float) -> None:
        """Publish what arrives for ``seconds``, or until asked to check the connection now."""

        async def hear() -> None:
            async for notify in conn.notifies(timeout=seconds):
                self._hear(notify.payload)

        hearing = asyncio.ensure_future(hear())
        woken = asyncio.ensure_future(self._check_now.wait())
        try:
            await asyncio.wait({hearing, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (hearing, woken):
                task.cancel()
            heard, _ = await asyncio.gather(hearing, woken, return_exceptions=True)
        if isinstance(heard, Exception):
            raise heard

    def _until_beat(self, last_beat: float) -> float:
        return max(0.0, min(self.heartbeat_s - (awake_seconds() - last_beat), self.heartbeat_s))

    async def _heartbeat(self, conn: psycopg.AsyncConnection) -> None:
        """``SELECT 1`` answered within ``answer_s``, or the connection counts as dead (closed here,
        so the unanswered query does not wait for a cancel the server would never get)."""
        probe = asyncio.ensure_future(conn.execute("SELECT 1"))
        done, _ = await asyncio.wait({probe}, timeout=self.answer_s)
        if not done:
            conn.pgconn.finish()
            probe.cancel()
            await asyncio.gather(probe, return_exceptions=True)
            raise ConnectionLost(f"no answer to the heartbeat in {self.answer_s:.0f} s")
        probe.result()
        if not self.status.connected:  # a work-connection failure, and the server answers again
            self._set_connected()
            self.store.feed.publish((RESYNC,))

    def _hear(self, payload: str) -> None:
        decoded = decode(payload, self._known)
        if decoded is None:
            return
        origin, changes = decoded
        if origin != self.store.origin:
            self.store.feed.publish(changes)

    async def _pause(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._check_now.wait(), seconds)
        except TimeoutError:
            pass
        self._check_now.clear()


async def _discard(conn: psycopg.AsyncConnection) -> None:
    try:
        await asyncio.wait_for(conn.close(), 2)
    except (psycopg.Error, OSError, TimeoutError):
        conn.pgconn.finish()
