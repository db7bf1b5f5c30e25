"""The all-teams dashboard as a facilitator waits for it, with 20 teams.

    python bench/dashboard.py          (from the repository root; about half a minute)

Prepared once (not timed): the demo event (nine teams mid-day, two of them making their pitch) plus eleven
teams of four members spread over the day's steps — at a vote, in the idea race, at the pitch — their
timers started, a few notes each. The real window (database stack imported before Qt, the app's style
sheet and Dutch, 1366 × 768, offscreen) is opened on the dashboard (Ctrl+5's place).

dashboard_refresh_ms       one change of the day reaching the dashboard in view: a note committed for one
                           team (not timed), then from the change feed's batch being delivered until the
                           page has painted — the data read for every team (a statement per table), the
                           pitch's completeness read again if that team is making its pitch, the tiles
                           recomputed and their texts set, the re-layout and the paint. Median over
                           CHANGES changes, each for the next team in turn (a fifth of them pitching).
dashboard_refresh_p95_ms   the same changes' 95th percentile (the changes in pitching teams).
dashboard_refresh_floor_ms bare Qt in the same run: a grid of 20 frames with as many labels, every text
                           changed and the grid painted — no data read, no rules.
dashboard_tick_ms          one tick of the window's ticker with the page in view at a new second: the tiles
                           recomputed from the rows already read (no query), their texts set and painted
                           (the ticks within the same second skip all of it). Median of TICKS.
dashboard_show_ms          going to the dashboard from a team's page after changes while it was hidden:
                           the one read on show (every pitching team's pitch too) until painted; median of SHOWS.

Not timed: preparing the database, opening the window, committing the change itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.board.board import add_note  # noqa: E402  (the database stack before Qt, as the app imports it)
from app.clock.timers import TimerKey, Timers, timer_plan  # noqa: E402
from app.clock.clock import FakeClock  # noqa: E402
from app.day.navigation import move_team  # noqa: E402
from app.demo.event import create_demo_event  # noqa: E402
from app.event.events import event_template, get_event  # noqa: E402
from app.event.teams import add_member, add_team  # noqa: E402
from app.storage.database import open_store  # noqa: E402
from bench.measure import figure, median, p95, with_floor  # noqa: E402

TEAMS = 20
CHANGES = 40
TICKS = 20
SHOWS = 5
EXTRA_STEPS = ("braindump", "vehicle", "hkw", "theme_vote", "problem_statement", "idea_race", "idea_vote",
               "crystal_ball", "pitch", "pitch", "dot_vote")


def prepare(folder: Path, now: datetime):
    store = open_store(f"sqlite:///{folder / 'bench.sqlite'}")
    event_id = create_demo_event(store, now)
    template = event_template(get_event(store, event_id))
    timers = Timers(store, FakeClock(now - timedelta(minutes=3)))
    challenges = [c.key for c in template.challenges]
    for index, step in enumerate(EXTRA_STEPS):
        team_id = add_team(store, event_id, challenges[index % len(challenges)], f"Bankteam {index + 1}")
        members = [add_member(store, team_id, f"Lid {n}") for n in range(1, 5)]
        move_team(store, team_id, step, template)
        part = timer_plan(template, step)[0]
        timers.apply(TimerKey(event_id, team_id, step, part.key), part.minutes * 60, "start")
        for n in range(6):
            add_note(store, team_id, "braindump", members[n % 4], f"Knelpunt {n} van team {index}", 0, 0)
    return store, event_id


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    now = datetime.now(timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store, event_id = prepare(folder, now)
        from PySide6.QtWidgets import QApplication

        from ui.common.i18n import install_language
        from ui.common.preferences import Preferences
        from ui.window.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_language(app, "nl")
        window = MainWindow(store, Preferences(folder / "prefs.ini"), "nl")
        window.resize(1366, 768)
        window.show()
        settle(app)
        view = window.event_view
        view.go_to(("dashboard",))
        settle(app)
        page = view.pages.currentWidget()
        assert len(page.tiles) == TEAMS, len(page.tiles)
        teams = [team for team in page.tiles]

        refresh = []
        for index in range(CHANGES):
            add_note(store, teams[index % TEAMS], "braindump", None, f"Nog een knelpunt {index}", 0, 0)  # not timed
            start = time.perf_counter()
            app.processEvents()  # the batch arrives: read, tiles, layout
            page.repaint()
            refresh.append((time.perf_counter() - start) * 1000)
        ticks = []
        for _ in range(TICKS):
            page._second = None  # each tick as the first of a new second
            start = time.perf_counter()
            page._tick()
            page.repaint()
            ticks.append((time.perf_counter() - start) * 1000)
        shows = []
        for index in range(SHOWS):
            view.go_to(("team",))
            settle(app)
            for team in teams:  # every team changed while the dashboard was hidden: every pitch is read again
                add_note(store, team, "braindump", None, f"Terwijl niemand keek {index}", 0, 0)
            settle(app)
            start = time.perf_counter()
            view.go_to(("dashboard",))
            page.repaint()
            shows.append((time.perf_counter() - start) * 1000)
        floor = bare_floor(app)
        window.close()
        store.engine.dispose()
    with_floor("dashboard_refresh_ms", median(refresh), floor, "ms", 1)
    figure("dashboard_refresh_p95_ms", p95(refresh), "ms", 1)
    figure("dashboard_tick_ms", median(ticks), "ms", 1)
    figure("dashboard_show_ms", median(shows), "ms", 1)
    return 0


def bare_floor(app) -> float:
    """Bare Qt: 20 frames of seven labels in a grid, every text changed and the whole grid painted."""
    from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

    host = QWidget()
    grid = QGridLayout(host)
    labels = []
    for index in range(TEAMS):
        frame = QFrame()
        column = QVBoxLayout(frame)
        for _ in range(7):
            labels.append(QLabel("–"))
            column.addWidget(labels[-1])
        grid.addWidget(frame, index // 3, index % 3)
    host.resize(1000, 1800)
    host.show()
    settle(app)
    runs = []
    for run in range(CHANGES):
        start = time.perf_counter()
        for number, widget in enumerate(labels):
            widget.setText(f"{run}:{number:02d} tekst van een tegel")
        app.processEvents()
        host.repaint()
        runs.append((time.perf_counter() - start) * 1000)
    host.close()
    return median(runs)


if __name__ == "__main__":
    raise SystemExit(main())
