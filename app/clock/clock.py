"""The clocks timers read: a real one that survives jumps of the system time, and a fake for tests.

Timers store wall-clock deadlines (UTC), so every laptop and every restart agrees on them. While
the app runs, "now" is the wall time at start-up carried forward by a steady clock that also
counts suspend (Linux CLOCK_BOOTTIME): a sleeping laptop wakes up on time, and a user who moves
the system clock does not move the timers. A jump is detected, logged, and ignored for the rest
of this run (a restart takes the system time as it then is).

On a shared (PostgreSQL) event the server's clock is the event's: a stored time (a timer started,
paused, finished; an idea written in the race) is the server's ``now()`` of the write's transaction
(``stamp``), and the display reads this laptop's clock plus its measured offset to the server's
(``app.sync.server_clock.ServerClock``). On SQLite the laptop's own clock is the event's.
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Protocol

from db.types import transaction_now

log = logging.getLogger(__name__)

JUMP_TOLERANCE_S = 2.0  # wall and steady clock may drift apart this much (NTP slewing) before it is a jump


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""


def stamp(clock: Clock, session) -> datetime:
    """The time a write inside ``session`` stores: the clock's ``stamp`` (the server's ``now()`` on a
    shared event), or its ``now()`` for a clock without one (a test's ``FakeClock``)."""
    own = getattr(clock, "stamp", None)
    return own(session) if own is not None else clock.now()


def _steady() -> float:
    """A clock that never jumps and keeps counting while the laptop sleeps: Linux's
    CLOCK_BOOTTIME; on macOS CLOCK_MONOTONIC (which counts sleep there); else monotonic."""
    for name in ("CLOCK_BOOTTIME",) + (("CLOCK_MONOTONIC",) if sys.platform == "darwin" else ()):
        clock_id = getattr(time, name, None)
        if clock_id is not None:
            try:
                return time.clock_gettime(clock_id)
            except OSError:
                continue
    return time.monotonic()


class SteadyClock:
    """Wall time anchored once, advanced by a steady clock; reports jumps of the system clock."""

    def __init__(self, wall=lambda: datetime.now(timezone.utc), steady=_steady) -> None:
        self._wall = wall
        self._steady = steady
        self._anchor_wall = wall()
        self._anchor_steady = steady()
        self.jumps: list[float] = []  # seconds the system clock jumped (+ forward, - back)

    def now(self) -> datetime:
        steady_now = self._anchor_wall + timedelta(seconds=self._steady() - self._anchor_steady)
        drift = (self._wall() - steady_now).total_seconds()
        if abs(drift) > JUMP_TOLERANCE_S:
            self.jumps.append(drift)
            log.warning("the system clock jumped by %+.1f s; timers keep the steady time", drift)
            # Re-anchor on the steady time: the jump is remembered once, not on every tick.
            self._wall = _offset(self._wall, -drift)
        return steady_now

    def stamp(self, session) -> datetime:
        """The time a write stores: the server's on a shared event, else this clock's."""
        return transaction_now(session) or self.now()


def _offset(wall, seconds: float):
    return lambda: wall() + timedelta(seconds=seconds)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 11, 9, 30, tzinfo=timezone.utc)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)

    def set(self, moment: datetime) -> None:
        self._now = moment
