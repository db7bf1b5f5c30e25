"""Run in its own process by test_beamer.py: Qt's offscreen platform with two screens
(laptop 1366x768, beamer 1920x1080) must be configured before the QApplication exists."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.clock.clock import FakeClock  # noqa: E402
from app.event.events import create_event  # noqa: E402
from app.event.teams import add_team  # noqa: E402
from app.paths import template_path  # noqa: E402
from app.storage.database import open_store  # noqa: E402
from ui.common.preferences import Preferences  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402


def main() -> None:
    folder = Path(sys.argv[1])
    app = QApplication([])
    store = open_store(f"sqlite:///{folder / 'event.sqlite'}")
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    add_team(store, event_id, None)
    clock = FakeClock(datetime(2026, 3, 11, 9, 50, tzinfo=timezone.utc))
    window = MainWindow(store, Preferences(folder / "prefs.ini"), "nl", clock=clock, player=object())
    window.show()
    window.windowHandle().setScreen(next(s for s in app.screens() if s.name() == "laptop"))
    window.event_view.go_to(("programme",))
    page = window.event_view.programme_page
    screens = [page.screen_picker.itemText(i) for i in range(page.screen_picker.count())]
    page.toggle_beamer()  # by default the screen that is not the laptop's: the beamer
    for _ in range(10):
        app.processEvents()
    view = window.event_view.beamer.view
    view.grab()  # paint once, as the projector would show it
    long_overrun = view.frame.__class__(heading="Pitches", countdown="+1:05:00", tone="over")
    view.show_frame(long_overrun)
    view.grab()
    overrun_height = view.digits_height()
    result = {
        "screens": screens,
        "screen": view.screen().name(),
        "fullscreen": view.isFullScreen(),
        "geometry": [view.geometry().x(), view.geometry().width(), view.geometry().height()],
        "overrun_digits_height": overrun_height,
        "digits_height": view.digits_height(),
    }
    view.close()
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
