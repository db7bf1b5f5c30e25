"""When the end-of-timebox sound plays: once, when a running timer reaches zero.

Not when muted, and not when a timer is first seen already over (reopening the app on an
expired step stays quiet). Pausing and resuming a timer that is over time does not ring
again; adding time past zero arms it again. Pure logic; the UI reports what it sees.
"""

from __future__ import annotations

from collections.abc import Hashable

from app.clock.timers import Status


class ZeroAlarm:
    def __init__(self) -> None:
        self.muted = False
        self._armed: dict[Hashable, bool] = {}

    def observe(self, key: Hashable, remaining: float, status: Status) -> bool:
        """Record a timer's state; True exactly when the sound should play now."""
        first = key not in self._armed
        if status in (Status.IDLE, Status.DONE) or remaining > 0:
            self._armed[key] = status is not Status.DONE  # time left: zero may come
            return False
        if first:  # seen for the first time already at or past zero: an old deadline
            self._armed[key] = False
            return False
        if status not in (Status.RUNNING, Status.OVERRUN) or not self._armed[key]:
            return False
        self._armed[key] = False
        return not self.muted

    def forget(self, key: Hashable) -> None:
        self._armed.pop(key, None)
