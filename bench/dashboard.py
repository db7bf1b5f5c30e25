"""The all-teams dashboard as a facilitator waits for it, with 20 teams.

    python bench/dashboard.py          (from the repository root; about half a minute)

Prepared once (not timed): the demo event (nine teams mid-day, two of them making their pitch) plus eleven
teams of four members spread over the day's steps — at a vote, in the idea race, at the pitch — their
timers started, a few notes each. The real window (database stack imported before Qt, the app's style
sheet and Dutch, 1366 × 768, offscreen) is opened on the dashboard (Ctrl+5's place). The window's ticker
is stopped while a change is measured (a tick is measured on its own), so no tick lands inside one.

Every figure runs the real path: a change committed through the store (not timed) announces its batch on
the change feed; the clock starts, and the event loop runs (``processEvents``) until the widget that shows
the change has handled its paint event — the feed bridge delivers the batch, the page reads what it names,
recomputes the tiles, sets the texts that changed, lays out and paints. A tile scrolled out of view is
not painted: for its change the clock stops when the read's tiles are set and the loop is idle again.

dashboard_refresh_ms       one team's change reaching the dashboard in view: a note committed for one team,
                           until that team's tile has painted its new count. The batch names one team and
                           one table: that team's notes are read (its dots and race counts when it votes or
                           races, its pitch when it makes one), its tile recomputed and set. The bench checks
                           each batch was read as one team's. Median over CHANGES changes, each for the
                           next team in turn (a fifth of them pitching).
dashboard_refresh_p95_ms   the same changes' 95th percentile (the pitching teams: their pitch read again).
dashboard_refresh_floor_ms bare Qt in the same run: one frame of seven labels, every text changed, until painted.
dashboard_full_refresh_ms  a change that names no team (the event's announcement): every team's rows read, every
                           tile recomputed and set, until the loop is idle again. Median of FULLS.
dashboard_full_refresh_floor_ms  bare Qt: 20 frames of seven labels in a grid, every text changed, until painted.
dashboard_tick_ms          one tick at a new second with the page in view: the tiles recomputed from the rows
                           already read (no query), the texts that changed set, until a running timer's label
                           has painted. Median of TICKS (each waits for the next second: ~TICKS seconds).
dashboard_show_ms          going to the dashboard from a team's page after every team changed while it was
                           hidden: the one read on show (every pitching team's pitch too) until the first
                           tile has painted; median of SHOWS.

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
from app.day.programme import set_announcement  # noqa: E402
from app.demo.event import create_demo_event  # noqa: E402
from app.event.events import event_template, get_event  # noqa: E402
from app.event.teams import add_member, add_team  # noqa: E402
from app.storage.database import open_store  # noqa: E402
from bench.measure import figure, median, p95, with_floor  # noqa: E402

TEAMS = 20
CHANGES = 40
FULLS = 20
TICKS = 10
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


def until(app, done, limit_s: float = 10.0) -> None:
    """Run the event loop until ``done()``."""
    start = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - start > limit_s:
            raise RuntimeError("the dashboard never showed the change")


def paints(widget):
    """A counter of the paint events ``widget`` handles (an event filter on that widget alone)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    watch = Paints(widget)
    widget.installEventFilter(watch)
    return watch


def shown_or_settled(app, widget, watch, seen: int, read) -> None:
    """Until ``widget`` painted again; for a widget out of view (nothing to paint), until ``read()`` and idle."""
    until(app, lambda: watch.count > seen or (widget.visibleRegion().isEmpty() and read()))
    if watch.count <= seen:
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
        teams = list(page.tiles)
        reads: list = []  # what each read of the page's data named (a set of team ids, None: every team)
        page.data.read_again.connect(reads.append)
        ticker = view.workspace.ticker
        ticker.stop()
        refresh = one_team_changes(app, store, page, teams, reads)
        full = full_refreshes(app, store, event_id, reads)
        ticker.start()
        ticks = new_second_ticks(app, page)
        shows = []
        for index in range(SHOWS):
            view.go_to(("team",))
            settle(app)
            for team in teams:  # every team changed while the dashboard was hidden: every pitch is read again
                add_note(store, team, "braindump", None, f"Terwijl niemand keek {index}", 0, 0)
            settle(app)
            start = time.perf_counter()
            view.go_to(("dashboard",))
            first = page.tiles[page._order[0]]
            watch = paints(first)
            until(app, lambda: watch.count > 0)
            shows.append((time.perf_counter() - start) * 1000)
            first.removeEventFilter(watch)
        floor_one, floor_all = bare_floors(app)
        window.close()
        store.engine.dispose()
    with_floor("dashboard_refresh_ms", median(refresh), floor_one, "ms", 1)
    figure("dashboard_refresh_p95_ms", p95(refresh), "ms", 1)
    with_floor("dashboard_full_refresh_ms", median(full), floor_all, "ms", 1)
    figure("dashboard_full_refresh_p95_ms", p95(full), "ms", 1)
    figure("dashboard_tick_ms", median(ticks), "ms", 1)
    figure("dashboard_show_ms", median(shows), "ms", 1)
    return 0


def one_team_changes(app, store, page, teams: list[int], reads: list) -> list[float]:
    """A note for the next team in turn, until its tile painted the new count (or, out of view, was set)."""
    watches = {team: paints(page.tiles[team].counts_label) for team in teams}
    times = []
    for index in range(CHANGES):
        team = teams[index % TEAMS]
        label, watch, seen, known = page.tiles[team].counts_label, watches[team], watches[team].count, len(reads)
        notes = page._shown[team].notes_total
        add_note(store, team, "braindump", None, f"Nog een knelpunt {index}", 0, 0)  # not timed
        start = time.perf_counter()
        shown_or_settled(app, label, watch, seen, lambda: len(reads) > known)
        times.append((time.perf_counter() - start) * 1000)
        assert reads[known:] == [{team}], reads[known:]  # read as one team's change, nothing more
        assert page._shown[team].notes_total == notes + 1 and f"{notes + 1} in totaal" in label.text()  # the new count shown (in Dutch)
    for team, watch in watches.items():
        page.tiles[team].counts_label.removeEventFilter(watch)
    return times


def full_refreshes(app, store, event_id: int, reads: list) -> list[float]:
    """The event's announcement changed: a batch that names no team, so every team's rows are read."""
    times = []
    for index in range(FULLS):
        known = len(reads)
        set_announcement(store, event_id, f"Nog {index + 5} minuten")  # not timed
        start = time.perf_counter()
        until(app, lambda: len(reads) > known)
        app.processEvents()  # what the tiles' new texts made to paint
        times.append((time.perf_counter() - start) * 1000)
        assert reads[known:] == [None], reads[known:]
    return times


def new_second_ticks(app, page) -> list[float]:
    """The ticker's tick at a new second: until a running timer's label painted its new second."""
    from app.clock.timers import Status

    team = next(team for team, tile in page._shown.items() if tile.timer_status is Status.RUNNING
                and not page.tiles[team].visibleRegion().isEmpty())
    label = page.tiles[team].timer_label
    watch = paints(label)
    times = []
    for _ in range(TICKS):
        time.sleep(1.02 - time.time() % 1)  # just past the next second: the timers' texts change
        seen = watch.count
        start = time.perf_counter()
        until(app, lambda: watch.count > seen)
        times.append((time.perf_counter() - start) * 1000)
    label.removeEventFilter(watch)
    return times


def bare_floors(app) -> tuple[float, float]:
    """Bare Qt: 20 frames of seven labels in a grid; one frame's texts changed, then every frame's, until painted."""
    from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

    host = QWidget()
    grid = QGridLayout(host)
    frames = []
    for index in range(TEAMS):
        frame = QFrame()
        column = QVBoxLayout(frame)
        frames.append([QLabel("–") for _ in range(7)])
        for widget in frames[-1]:
            column.addWidget(widget)
        grid.addWidget(frame, index // 4, index % 4)
    host.resize(1300, 700)
    host.show()
    settle(app)
    watches = [paints(labels[0]) for labels in frames]
    one, every = [], []
    for run in range(CHANGES):
        for changed, times in ((frames[run % TEAMS: run % TEAMS + 1], one), (frames, every)):
            watch = watches[frames.index(changed[0])]
            seen = watch.count
            start = time.perf_counter()
            for labels in changed:
                for number, widget in enumerate(labels):
                    widget.setText(f"{run}:{number:02d} tekst van een tegel {len(changed)}")
            until(app, lambda: watch.count > seen)
            times.append((time.perf_counter() - start) * 1000)
    host.close()
    return median(one), median(every)


if __name__ == "__main__":
    raise SystemExit(main())
