"""One fresh process of the race benchmark: the app's real window on a team's Idea Race.

    python bench/race_child.py DB PREFS

Starts the way ``app.main`` starts a window (its command line and database stack imported before
Qt, ``build_window`` with the app's style sheet and Dutch, shown at 1366 × 768). Before the window
is built, the facilitator's start signal starts round 1 for all six teams (``start_all``; not timed).
The window opens on the first team's race (PREFS says so); once its row is painted it idles 0.3 s.
Then, TYPED times:

- the other five teams each write an idea (``add_idea`` on the window's own store: the facilitator's
  laptop, where every team races in the one database), so the leaderboard moves as in a full room;
  the window handles those changes and idles 0.05 s (not timed);
- an idea is typed in the race's idea field (not timed) and a real Enter key pressed: timed until
  the race's row has handled a paint event with the new idea in it AND the big count says the new
  number (the change arrives through the feed's queued signal; the page rereads the row, the counts
  and the leaderboard).

Then ``add_idea`` alone, COMMITS times, on a store of its own (one committed transaction each).
Replies one JSON object (bench.measure.reply) for bench/race.py.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import reply  # noqa: E402  (no Qt in there)

TYPED = 15
COMMITS = 30
STEP = "idea_race"


def main(argv: list[str]) -> int:
    db, prefs_path, event_id, *team_ids = argv[1], argv[2], *map(int, argv[3:])
    import builtins

    from app.cli import build_parser
    from app.main import _import_database_stack

    args = build_parser().parse_args(["--db", db])
    _import_database_stack(builtins.__import__)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Staatsprint")
    app.setOrganizationName("Staatsprint")
    start_every_team(db, event_id)
    from app.main import build_window
    from bench import board_harness as harness
    from ui.common.preferences import Preferences
    from ui.race.race_page import RacePage

    window = build_window(args, Preferences(Path(prefs_path)))
    window.show()
    harness.until(app, lambda: (page := window.findChild(RacePage, "racePage")) is not None and page.isVisible() and bool(page.track.cards))
    page = window.findChild(RacePage, "racePage")
    harness.settle(app, 0.3)
    result = {"typed": typed_ideas(app, window, page, harness, event_id, team_ids[1:])}
    result["commits"] = commits(db, event_id, team_ids[0])
    reply(result)
    return 0


def start_every_team(db: str, event_id: int) -> None:
    """The facilitator's start signal for all teams, on a store of its own (before the window)."""
    from app.clock.clock import SteadyClock
    from app.clock.timers import Timers
    from app.day.navigation import move_team
    from app.event.events import event_template, get_event
    from app.event.teams import team_views
    from app.race.start import start_all
    from app.storage.database import open_store

    store = open_store(f"sqlite:///{db}")
    template = event_template(get_event(store, event_id))
    for team in team_views(store, event_id, template):
        move_team(store, team.id, STEP, template)
    start_all(Timers(store, SteadyClock()), template, event_id, STEP)
    store.engine.dispose()


def typed_ideas(app, window, page, harness, event_id: int, others: list[int]) -> list[float]:
    """Enter in the idea field until the row has painted the idea and the count shows it (ms each)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from app.race.writing import add_idea

    ws = window.event_view.workspace
    field = page.findChild(QLineEdit, "raceIdeaInput")
    watch = harness.PaintWatch(page.track)
    times = []
    for index in range(TYPED):
        for team_id in others:
            add_idea(ws.timers, ws.template, event_id, team_id, STEP, None, f"Idee van een ander team {index + 1}")
        harness.settle(app, 0.05)
        field.setFocus()
        QTest.keyClicks(field, f"Nieuw idee {index + 1}")
        expected, seen = len(page.track.cards) + 1, len(watch.regions)
        total = str(int(page.count_label.text().split()[0]) + 1)

        def shown() -> bool:
            if len(page.track.cards) != expected or page.count_label.text().split()[0] != total:
                return False
            card = card_rect(page.track, expected - 1)
            return any(region.intersects(card) for region in watch.regions[seen:])

        begin = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        times.append((harness.until(app, shown) - begin) * 1000)
        if field.text():
            raise RuntimeError(f"Enter did not take the idea: {field.text()!r} is still in the field ({page.error_label.text()})")
    watch.stop()
    return times


def card_rect(track, index: int):
    """Where the track paints card ``index`` (its own coordinates)."""
    from PySide6.QtCore import QRect

    from ui.race.race_track import CARD_H, CARD_W, GAP

    line, column = divmod(index, track.per_line)
    return QRect(GAP + column * (CARD_W + GAP), GAP + line * (CARD_H + GAP), CARD_W, CARD_H)


def commits(db: str, event_id: int, team_id: int) -> list[float]:
    """``add_idea`` alone: one committed transaction each (ms)."""
    from app.clock.clock import SteadyClock
    from app.clock.timers import Timers
    from app.event.events import event_template, get_event
    from app.race.writing import add_idea
    from app.storage.database import open_store
    from db.engine import INTERACTIVE

    store = open_store(f"sqlite:///{db}", waits=INTERACTIVE)
    template = event_template(get_event(store, event_id))
    timers = Timers(store, SteadyClock())
    times = []
    for index in range(COMMITS):
        begin = time.perf_counter()
        add_idea(timers, template, event_id, team_id, STEP, None, f"Snel idee {index + 1}")
        times.append((time.perf_counter() - begin) * 1000)
    store.engine.dispose()
    return times


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
