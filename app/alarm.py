"""When the end-of-timebox sound plays: exactly once, when a running timer crosses zero.

Not when muted, and not when a view first sees a timer that was already over (reopening the
app on an expired step must stay quiet). Pure logic; the UI hands it what it displays.
"""

from __future__ import annotations

from collections.abc import Hashable

from app.timers import Status


class ZeroAlarm:
    def __init__(self) -> None:
        self.muted = False
        self._last: dict[Hashable, float] = {}

    def observe(self, key: Hashable, remaining: float, status: Status) -> bool:
        """Record what a timer shows now; True when the sound should play."""
        previous = self._last.get(key)
        self._last[key] = remaining if status in (Status.RUNNING, Status.OVERRUN) else float("inf")
        if self.muted or previous is None:
            return False
        return previous > 0 >= remaining and status in (Status.RUNNING, Status.OVERRUN)

    def forget(self, key: Hashable) -> None:
        self._last.pop(key, None)
