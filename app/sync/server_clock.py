"""The event's clock on a laptop of a shared event: this laptop's clock plus its offset to the server's.

A venue without internet has no time sync, so laptops' clocks differ by seconds or minutes. On a
shared (PostgreSQL) event the server's clock is the event's: every stored time is the server's
``now()`` (``stamp``: db.types), and every laptop shows remaining time against the server's clock.
The offset is measured when the app connects and again when it reconnects (``measure``; the
listener's status callback calls ``on_status``), NTP's way: the server's ``clock_timestamp()``
bracketed by two readings of the local clock, the midpoint taken, the quickest of a few tries kept
(its round trip bounds the error: half of it, well under a millisecond on a LAN).

The local clock is the steady one (app.clock.clock.SteadyClock): a user who moves the system clock
moves neither the display nor, on a shared event, anything stored. On SQLite the offset is 0.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.clock.clock import Clock, SteadyClock
from db.types import transaction_now

log = logging.getLogger(__name__)

TRIES = 5


@dataclass(frozen=True)
class Offset:
    seconds: float  # server clock minus this laptop's clock
    round_trip_s: float  # of the sample kept: the offset is right to half of it


def measure_offset(engine: Engine, local: Clock, tries: int = TRIES) -> Offset:
    """The server's clock minus ``local``'s, from the quickest of ``tries`` round trips."""
    best: Offset | None = None
    with engine.connect() as connection:
        for _ in range(tries):
            before = local.now()
            server = connection.execute(text("SELECT clock_timestamp()")).scalar_one()
            after = local.now()
            round_trip = (after - before).total_seconds()
            midpoint = before + (after - before) / 2
            sample = Offset((server.astimezone(timezone.utc) - midpoint).total_seconds(), round_trip)
            if best is None or sample.round_trip_s < best.round_trip_s:
                best = sample
        connection.rollback()
    return best


class ServerClock:
    """A shared event's clock on this laptop: ``now()`` for display is the local clock plus the
    measured offset; ``stamp(session)`` for what a write stores is the server's ``now()`` itself."""

    def __init__(self, engine: Engine, local: Clock | None = None) -> None:
        self.engine = engine
        self.local = local or SteadyClock()
        self.offset = Offset(0.0, 0.0)
        self.measure()

    def now(self) -> datetime:
        return self.local.now() + timedelta(seconds=self.offset.seconds)

    def stamp(self, session) -> datetime:
        return transaction_now(session) or self.now()

    def measure(self) -> Offset:
        """Measure the offset again; a server that cannot be reached keeps the last one (logged)."""
        try:
            self.offset = measure_offset(self.engine, self.local)
        except SQLAlchemyError as exc:
            log.warning("could not read the server's clock, keeping the offset %+.3f s: %s", self.offset.seconds, exc)
            return self.offset
        log.info("server clock offset %+.3f s (round trip %.1f ms)", self.offset.seconds, self.offset.round_trip_s * 1000)
        return self.offset

    def on_status(self, status) -> None:
        """For the listener's ``on_status`` callbacks: measured again on every reconnect."""
        if getattr(status, "connected", False):
            self.measure()


def event_clock(store) -> Clock:
    """The clock the app runs on for ``store``'s event: the server's on a shared event, else the laptop's."""
    if getattr(store, "shared", False):
        return ServerClock(store.engine)
    return SteadyClock()
