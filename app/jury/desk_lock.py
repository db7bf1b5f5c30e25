"""One open desk per kit on a laptop: a lock file held with the operating system's file lock.

The OS releases the lock when the process ends, however it ends, so a lock file left by a crashed or
killed app is stale and simply taken over; a running app (or another window of this one) holding it
means the kit is in use. The file records who holds it (the process id), for information only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import DomainError


class DeskLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = None

    def take(self) -> None:
        """Hold the lock, or raise DomainError ``kit_in_use``; a stale lock is taken over."""
        handle = open(self.path, "a+b")  # noqa: SIM115 (held open while the desk is)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DomainError("kit_in_use", "This kit is already open in another Staatsprint window on this laptop; "
                              "scoring there keeps all scores in one place", path=str(self.path)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            _unlock(handle)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # per open file: a second open in this process conflicts too

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
