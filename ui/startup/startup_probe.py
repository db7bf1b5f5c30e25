"""Opt-in start-up markers for ``bench/startup.py``: when did the window paint, when was it live.

Off unless ``STAATSPRINT_STARTUP_PROBE`` holds the number of a file descriptor the app inherited
(the benchmark passes the write end of a pipe); then, once each, the app writes a line there:

- ``painted`` after the first paint of the first window with content (the first frame drawn from the
  snapshot, or the live window when there is none) has been handled: its frame is on screen;
- ``interactive`` when a real key event, posted right after the live window's first paint, is
  delivered to it: a key pressed then would have been handled by the live screen. The probe
  swallows that key.

With ``STAATSPRINT_STARTUP_PROBE_QUIT=1`` as well, the window then closes as File → Quit closes it (the
packaging smoke tests end the app that way).

Off, it costs one environment lookup. The benchmark measures the time itself, from starting the
child process to reading each line.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "STAATSPRINT_STARTUP_PROBE"
QUIT_VAR = "STAATSPRINT_STARTUP_PROBE_QUIT"


def watch(window: QWidget, painted: bool = True, live: bool = True) -> None:
    """Report the window's first paint and/or the first key delivered to it, if the benchmark asked."""
    fd = os.environ.get(ENV_VAR)
    if fd:
        window.installEventFilter(_Probe(window, int(fd), painted, live))


class _Probe(QObject):
    def __init__(self, window: QWidget, fd: int, painted: bool, live: bool) -> None:
        super().__init__(window)
        self._window = window
        self._fd = fd
        self._painted, self._live = painted, live
        self._seen_paint = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen_paint:
            self._seen_paint = True
            QTimer.singleShot(0, self._after_paint)  # runs after the whole frame has been painted and flushed
        elif self._live and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_unknown:
            self._write("interactive")
            self._window.removeEventFilter(self)
            if os.environ.get(QUIT_VAR) == "1":
                QTimer.singleShot(0, self._window.close)  # what File → Quit does
            return True
        return False

    def _after_paint(self) -> None:
        if self._painted:
            self._write("painted")
        if self._live:
            QApplication.postEvent(self._window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier))
        else:
            self._window.removeEventFilter(self)

    def _write(self, line: str) -> None:
        os.write(self._fd, f"{line}\n".encode())
