"""The clock of the day: how much a beamer tick costs, and how far a displayed countdown strays.

    python bench/clock.py

beamer_repaint_ms  median cost of one beamer repaint at 1920x1080 when the countdown changes
                   (offscreen), with the ratio to painting the same frame's background only.
timer_error_ms     worst difference between what a running step timer shows and the true time
                   left at each repaint (when the screen changes), over 30 s of real time while the
                   event loop is blocked at random for up to 2 s (goal: at most one tick, 250 ms).
timer_stale_ms     the same difference sampled at random moments by another timer: how old what
                   the screen shows can be. After a block this includes the block itself — no
                   repaint can happen while the loop is blocked — so it is reported, not judged.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

RUN_SECONDS = 30.0
MAX_BLOCK_S = 2.0


def beamer_repaint(app: QApplication) -> tuple[float, float]:
    from ui.beamer.beamer import BACKGROUND, BeamerFrame, BeamerView

    view = BeamerView()
    view.resize(1920, 1080)
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    costs, floors = [], []
    for second in range(200):
        view.show_frame(BeamerFrame(heading="Team 3 · Idee Race — Deel 1", instruction="Schrijf zoveel mogelijk ideeën op.",
                                    countdown=f"{4 - second // 60}:{59 - second % 60:02d}", next_line="Straks 13:35 · Tussenstand",
                                    announcement="Nog 5 minuten!", clock="13:30"))
        timer = QElapsedTimer()
        timer.start()
        view.render(image)  # what a repaint of the window does, without a screen
        costs.append(timer.nsecsElapsed() / 1e6)
        timer.restart()
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(BACKGROUND))
        painter.end()
        floors.append(timer.nsecsElapsed() / 1e6)
    return statistics.median(costs), statistics.median(floors)


def timer_error(app: QApplication) -> float:
    """Drive a real main window with the real clock; block the loop at random; compare."""
    from app.event.events import create_event
    from app.event.teams import add_team
    from app.paths import template_path
    from app.storage.database import open_store
    from ui.common.preferences import Preferences
    from ui.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    store = open_store(f"sqlite:///{folder / 'clock.sqlite'}")
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today())
    add_team(store, event_id, None)

    class Silent:
        def play(self):
            pass

    window = MainWindow(store, Preferences(folder / "prefs.ini"), "nl", player=Silent())
    window.show()
    window.event_view.next()
    app.processEvents()
    panel = window.event_view.active_timer()  # the panel in view (a strip above the board here)
    panel.act("toggle")
    app.processEvents()
    target = panel.target
    worst = 0.0
    stale: list[float] = []
    rng = random.Random(7)
    deadline = time.monotonic() + RUN_SECONDS

    def sample() -> None:
        nonlocal worst
        states = window.timers.states(target.event_id, target.team_id)
        truth = states[(target.step_key, "")].remaining(window.timers.clock.now())
        worst = max(worst, abs(truth - panel.displayed_remaining) * 1000)

    def random_sample() -> None:
        states = window.timers.states(target.event_id, target.team_id)
        truth = states[(target.step_key, "")].remaining(window.timers.clock.now())
        stale.append(abs(truth - panel.displayed_remaining) * 1000)
        QTimer.singleShot(rng.randint(50, 400), random_sample)

    def block() -> None:
        time.sleep(rng.uniform(0, MAX_BLOCK_S))  # a busy event loop: nothing ticks meanwhile
        QTimer.singleShot(rng.randint(200, 1500), block)

    window.ticker.timeout.connect(sample)  # connected after the panel: runs right after its repaint
    QTimer.singleShot(500, block)
    QTimer.singleShot(300, random_sample)
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    window.close()
    return worst, max(stale), statistics.median(stale)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    repaint, floor = beamer_repaint(app)
    print(f"beamer_repaint_ms {repaint:.2f} ms")
    print(f"beamer_repaint_ratio {repaint / max(floor, 1e-6):.1f} x")
    worst, stale_max, stale_median = timer_error(app)
    print(f"timer_error_ms {worst:.1f} ms")
    print(f"timer_stale_ms {stale_max:.0f} ms")
    print(f"timer_stale_median_ms {stale_median:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
