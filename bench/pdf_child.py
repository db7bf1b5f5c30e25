"""One fresh process of the PDF benchmark: the app's real window while a 20-team report is exported.

    python bench/pdf_child.py DB PREFS EVENT_ID TARGET

Starts the way ``app.main`` starts a window (database stack before Qt, ``build_window`` with the
app's style sheet and Dutch, shown at 1366 × 768, offscreen). A precise QTimer of TICK_MS runs
throughout, and every tick repaints a widget of the window; the loop is a real QEventLoop
(``exec``, not a polling loop). Measured:

- idle: the worst gap between ticks over IDLE_S with nothing running (the floor of this machine);
- the worker started ahead, as the export dialog does when it opens, then CHOOSING_S of the person
  choosing (not measured);
- the event summary of the 20 teams read in the window's process (``read_data``; its time, in
  which the window does wait, is reported on its own);
- from ``ExportRunner.start`` (spawning the worker, pickling the data, the background send) until
  its ``finished`` signal: the worst gap between ticks, how long it took, and how long ``start``
  itself held the window.

Replies one JSON object (bench.measure.reply) for bench/pdf.py.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import reply  # noqa: E402  (no Qt in there)

TICK_MS = 10
IDLE_S = 2.0
CHOOSING_S = 3.0  # between the dialog opening (the worker started ahead) and Export


class Ticks:
    """The gaps between a precise timer's ticks; each tick also asks ``widget`` to repaint."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._widget = widget
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now
        self._widget.update()

    def restart(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()


def main(argv: list[str]) -> int:
    db, prefs_path, event_id, target = argv[1], argv[2], int(argv[3]), Path(argv[4])
    import builtins

    from app.cli import build_parser
    from app.main import _import_database_stack

    args = build_parser().parse_args(["--db", db])
    _import_database_stack(builtins.__import__)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Staatsprint")
    app.setOrganizationName("Staatsprint")
    from app.export.jobs import ExportJob, read_data
    from app.main import build_window
    from ui.common.preferences import Preferences
    from ui.export.runner import ExportRunner

    window = build_window(args, Preferences(Path(prefs_path)))
    window.show()
    ticks = Ticks(window.centralWidget())
    loop = QEventLoop()
    QTimer.singleShot(int(IDLE_S * 1000), loop.quit)
    loop.exec()
    idle = max(ticks.gaps)

    runner, outcome = ExportRunner(), {}
    runner.prepare("report")  # as the dialog does when it opens
    QTimer.singleShot(int(CHOOSING_S * 1000), loop.quit)  # the person chooses (not measured)
    loop.exec()
    job = ExportJob("report", target, "nl", event_id)
    begin = time.perf_counter()
    data = read_data(window.store, job, window.timers.clock.now())
    snapshot_s = time.perf_counter() - begin
    runner.finished.connect(lambda path: (outcome.update(path=path), loop.quit()))
    runner.failed.connect(lambda message: (outcome.update(failed=message), loop.quit()))
    ticks.restart()
    begin = time.perf_counter()
    runner.start(job, data)
    start_ms = (time.perf_counter() - begin) * 1000
    loop.exec()
    export_s = time.perf_counter() - begin
    if "failed" in outcome:
        raise RuntimeError(f"the export failed: {outcome['failed']}")
    reply({"start_ms": start_ms, "idle_worst_ms": idle, "worst_ms": max(ticks.gaps), "ticks": len(ticks.gaps), "snapshot_s": snapshot_s,
           "export_s": export_s, "bytes": target.stat().st_size})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
