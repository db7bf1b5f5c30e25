"""The sticky-note board as a person meets it: opening it, dragging a note, typing one, its memory.

    python bench/board.py          (from the repository root; offscreen; about a minute)

A database is prepared once per size (bench/board_data.py: one team at its brain dump, 2,000 or
10,000 varied Dutch notes, some in clusters; preparing is not timed). Every figure below then
comes from fresh processes (bench/board_child.py for the app, bench/board_floor.py for bare Qt),
RUNS of each, app and floor interleaved, each child on its own copy of the database and of the
preferences. The app's child starts the way ``app.main`` does (database stack before Qt, compiled
``.pyc`` files, ``build_window`` with the style sheet and Dutch, the window shown at 1366 × 768)
on the team page, waits until it is live (its step navigator shown), idles 0.3 s, and then:

board_open_ms          from a real click on the brain-dump step in the step navigator until the
                       board's viewport has handled a paint event with every note in the scene (the
                       step page and the board are built by that click, cold, as the first time a
                       user opens it): median.
                       Floor: bare Qt building a QGraphicsView of the same notes as rectangles with
                       a line of text, shown in a stacked widget, fitted, until painted.
note_drag_frame_ms     a real drag (press, 60 mouse moves, release) of a note inside the board at
                       the fitted zoom (after pressing Fit): per move, from sending the move until
                       the paint it causes has been handled; median and p95. ``_edge``: a note at
                       the board's right edge dragged past it into the empty part of the view
                       (the scene grows, today the whole view repaints); ``_100``: inside at
                       100 % zoom. ``…_painted_pct``: the share of the viewport each move repaints.
                       Floor (inside, and at 100 %): bare Qt doing the same drag on the same notes.
                       Past the edge there is none: bare Qt grows its scene under a drag too and
                       repaints everything (slower than the app), so only the goal counts there.
note_add_on_screen_ms  scribe mode (the team's shared laptop): a real Enter in the note field until
                       the board has painted the new note (the change arrives through the feed's
                       queued signal); median and p95 of 15 typed notes.
note_add_commit_ms     ``app.board.board.add_note`` alone: one committed transaction on SQLite, with the
                       engine's own pragmas (printed on stderr); median of 30.
board_rss_mb           VmRSS of a fresh app process opened straight on the 2,000-note board (no
                       other page built), once it is painted; median. Floor: VmRSS of the bare
                       floor process with its 2,000 items shown.
…_10k_…                the same at 10,000 notes (open and drags).

Not timed: starting the process, importing, opening the database, building and showing the
window on the team page, the idle before the click, the mouse press and release of a drag,
typing the note's text before Enter. Lines are ``figure value unit``; conditions (cores, load,
SQLite settings, the zoom the board opened at) go to stderr. Timing noise: compare the ratios.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import board_data  # noqa: E402
from bench.measure import compile_sources, figure, median, p95, run_child, with_floor  # noqa: E402

RUNS = 5
RSS_RUNS = 5
SIZES = (2000, 10000)
CHILD = ROOT / "bench" / "board_child.py"
FLOOR = ROOT / "bench" / "board_floor.py"


class Runner:
    """Starts the children of one size, each on fresh copies of the database and preferences."""

    def __init__(self, board: board_data.Board, scratch: Path) -> None:
        self.board, self.scratch, self._count = board, scratch, 0

    def _fresh(self, page: str) -> tuple[Path, Path]:
        self._count += 1
        folder = self.scratch / f"run{self._count}"
        folder.mkdir()
        db = folder / "board.sqlite"
        shutil.copy(self.board.path, db)
        prefs = folder / "prefs.ini"  # what the app remembers: this event and team, on the team page or the board
        prefs.write_text(f"[General]\nevent_id={self.board.event_id}\nteam_id={self.board.team_id}\npage={page}\nlang=nl\ntheme=light\n")
        return db, prefs

    def app(self, *flags: str) -> dict:
        db, prefs = self._fresh("" if "--direct" in flags else "team")
        return run_child(CHILD, str(db), str(prefs), *flags)

    def floor(self, *flags: str) -> dict:
        return run_child(FLOOR, str(self.board.path), *flags)

    def interleaved(self, flags: tuple[str, ...], floor_flags: tuple[str, ...]) -> tuple[list[dict], list[dict]]:
        """RUNS of the app and of the floor, alternating; the last of each also interacts."""
        apps, floors = [], []
        for run in range(RUNS):
            last = run == RUNS - 1
            floors.append(self.floor(*(floor_flags if last else ())))
            apps.append(self.app(*(flags if last else ())))
        return apps, floors


def drags(app: dict, floor: dict, suffix: str) -> None:
    """The drag figures of one size: inside, past the edge, at 100 %; inside with its floor."""
    for case, label in (("drag_inside", ""), ("drag_edge", "_edge"), ("drag_100", "_100")):
        frames = app[case]["frames"]
        if case in floor:
            with_floor(f"note_drag_frame{label}{suffix}_ms", median(frames), median(floor[case]["frames"]), "ms", 2)
        else:
            figure(f"note_drag_frame{label}{suffix}_ms", median(frames), "ms", 2)
        figure(f"note_drag_frame{label}{suffix}_p95_ms", p95(frames), "ms", 2)
        figure(f"note_drag{label}{suffix}_painted_pct", median(app[case]["shares"]) * 100, "%", 1)


def report_2k(apps: list[dict], floors: list[dict], rss: list[dict]) -> None:
    app, floor = apps[-1], floors[-1]
    with_floor("board_open_ms", median([a["open_ms"] for a in apps]), median([f["open_ms"] for f in floors]), "ms")
    drags(app, floor, "")
    figure("note_add_on_screen_ms", median(app["typed"]), "ms", 1)
    figure("note_add_on_screen_p95_ms", p95(app["typed"]), "ms", 1)
    figure("note_add_commit_ms", median(app["commits"]), "ms", 2)
    with_floor("board_rss_mb", median([r["rss_mb"] for r in rss]), median([f["rss_mb"] for f in floors]), "MB")


def report_10k(apps: list[dict], floors: list[dict]) -> None:
    with_floor("board_open_10k_ms", median([a["open_ms"] for a in apps]), median([f["open_ms"] for f in floors]), "ms")
    drags(apps[-1], floors[-1], "_10k")


def conditions(phases: dict[str, float], apps: list[dict]) -> None:
    interacted = apps[-1]
    spent = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in phases.items())
    print(f"conditions: {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, "
          f"SQLite {interacted['sqlite']}; time spent: {spent}", file=sys.stderr)
    opened, fitted = interacted["opened_scale"], interacted["fitted_scale"]
    if abs(opened - fitted) > 0.01 * fitted:
        print(f"note: the board opened at zoom {opened:.4f}, its Fit button gives {fitted:.4f}", file=sys.stderr)


class Phases(dict):
    """Seconds spent per part of the run (for stderr: the whole must stay near a minute)."""

    def __init__(self) -> None:
        super().__init__()
        self._last = time.perf_counter()

    def done(self, name: str) -> None:
        now = time.perf_counter()
        self[name], self._last = now - self._last, now


def main() -> int:
    phases = Phases()
    compile_sources()
    with tempfile.TemporaryDirectory(prefix="bench-board-") as tmp:
        scratch = Path(tmp)
        boards = {size: board_data.prepare(scratch / f"board{size}.sqlite", size) for size in SIZES}
        small = Runner(boards[2000], scratch / "2k")
        large = Runner(boards[10000], scratch / "10k")
        for runner in (small, large):
            runner.scratch.mkdir()
        phases.done("preparing")
        apps, floors = small.interleaved(("--drags", "--typing"), ("--drags",))
        rss = [small.app("--direct") for _ in range(RSS_RUNS)]
        report_2k(apps, floors, rss)
        phases.done("2,000 notes")
        report_10k(*large.interleaved(("--drags",), ("--drags",)))
        phases.done("10,000 notes")
    conditions(phases, apps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
