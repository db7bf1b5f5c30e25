"""Start-up as a person waits for it, against a bare PySide6 window started the same way.

    python bench/startup.py

Every run is a fresh process started the way the app really starts: ``python -m app`` (what the
``staatsprint`` console script runs: ``app.main:main``), imports in the app's own order, with the
project's ``.pyc`` files compiled first (``compileall``, as an installed app has them). The clock
starts just before ``Popen`` and stops when the parent reads the child's marker line from a pipe
(``STAATSPRINT_STARTUP_PROBE``, see ui/startup/startup_probe.py; the bare window uses the same probe, so both
are timed alike). Runs of each kind are interleaved; figures are medians of RUNS runs; the floor is the
bare window measured in the same run. The data is SQLite in a temporary data folder.

startup_paint_ratio        start until the first frame with the event, the team and the step on it has
                           been painted: an existing database holding the demo event, the preferences
                           and the first-frame snapshot the previous run left, so this is the frame drawn
                           from the snapshot before the database stack loads. Divided by the bare
                           window's first paint: ``QMainWindow`` 1366x768, shown, painted
startup_interactive_ratio  start until the live window (database read, every widget built) has painted
                           and a key posted right after that paint has been delivered to it: a key
                           pressed then would be handled. Divided by the same for the bare window
first_start_s              an empty data folder (no database, no preferences): ``--demo`` creates the
                           database, migrates it, writes the demo event, and the window paints it
first_start_no_demo_s      the same first start without the demo: create + migrate, the welcome page
                           painted (the first start's cost apart from the demo)
bundle_startup_ratio       startup_interactive_ratio for the one-folder bundle (dist/staatsprint, built by
                           packaging/bundle.py when a source changed: a first run may build it): the
                           windowed executable with the same database, preferences and snapshot, until a
                           key is handled, divided by the bare window's (run by Python from the checkout)
bundle_paint_ratio         the same until the first frame, against the bare window's first paint

Not timed: the ``compileall`` itself, the process's exit (the child is killed after its last marker),
the window manager (offscreen platform), and a database on another machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.measure import ROOT, child_env, compile_sources, figure, median  # noqa: E402

RUNS = 5
PROBE = "STAATSPRINT_STARTUP_PROBE"

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from ui.startup.startup_probe import watch
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
watch(window)
window.show()
app.exec()
"""


def measure(argv: list[str], home: Path, linger: float = 0.0, program: str = sys.executable) -> tuple[float, float]:
    """Seconds from ``Popen`` to the child's ``painted`` and ``interactive`` markers; the child is
    killed then, or ``linger`` seconds later. ``program`` runs ``argv`` (Python, or the bundle's executable)."""
    read_end, write_end = os.pipe()
    env = child_env(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env[PROBE] = str(write_end)
    start = time.perf_counter()
    child = subprocess.Popen([program, *argv], env=env, cwd=ROOT, pass_fds=(write_end,), stdout=subprocess.DEVNULL)
    os.close(write_end)
    marks = {}
    with os.fdopen(read_end) as markers:
        for line in markers:
            marks[line.strip()] = time.perf_counter() - start
            if "interactive" in marks:
                break
    time.sleep(linger)
    child.kill()
    child.wait(timeout=30)
    if set(marks) != {"painted", "interactive"}:
        raise SystemExit(f"{argv}: the child stopped before its markers ({sorted(marks)})")
    return marks["painted"], marks["interactive"]


def first_start(tmp: Path, run: int, demo: bool) -> float:
    """An empty data folder: nothing but the default database path to create."""
    home = tmp / f"first-{run}-{demo}"
    home.mkdir()
    return measure(["-m", "app", "--lang", "nl", *(["--demo"] if demo else [])], home)[0]


def built_bundle() -> str:
    """The bundle's windowed executable, built first when a source changed (packaging/bundle.py)."""
    built = subprocess.run([sys.executable, str(ROOT / "packaging" / "bundle.py")], cwd=ROOT, check=True,
                           capture_output=True, text=True)
    return str(Path(built.stdout.strip().splitlines()[-1]) / "staatsprint")


def main() -> int:
    bundle_exe = built_bundle()
    compile_sources()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        used = tmp / "used"
        used.mkdir()
        # The database every app run opens, closed cleanly (a killed run may leave SQLite's header in the WAL),
        # then one window run to leave the preferences and the first-frame snapshot a person's last run leaves.
        prepare = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(used), XDG_DATA_HOME=str(used / "data"))
        subprocess.run([sys.executable, "-m", "app", "demo"], env=prepare, cwd=ROOT, check=True, capture_output=True)
        measure(["-m", "app", "--lang", "nl"], used, linger=2.0)
        bare, app, first, first_plain, bundle = [], [], [], [], []
        for run in range(RUNS):
            bare.append(measure(["-c", BARE], tmp))
            app.append(measure(["-m", "app", "--lang", "nl"], used))
            bundle.append(measure(["--lang", "nl"], used, program=bundle_exe))
            first.append(first_start(tmp, run, demo=True))
            first_plain.append(first_start(tmp, run, demo=False))
    bare_paint, bare_live = (median([m[i] for m in bare]) for i in (0, 1))
    app_paint, app_live = (median([m[i] for m in app]) for i in (0, 1))
    figure("startup_bare_paint_ms", bare_paint * 1000, "ms")
    figure("startup_bare_interactive_ms", bare_live * 1000, "ms")
    figure("startup_paint_ms", app_paint * 1000, "ms")
    figure("startup_interactive_ms", app_live * 1000, "ms")
    figure("startup_paint_ratio", app_paint / bare_paint, "x", 2)
    figure("startup_interactive_ratio", app_live / bare_live, "x", 2)
    figure("first_start_s", median(first), "s", 2)
    figure("first_start_no_demo_s", median(first_plain), "s", 2)
    bundle_paint, bundle_live = (median([m[i] for m in bundle]) for i in (0, 1))
    figure("bundle_paint_ms", bundle_paint * 1000, "ms")
    figure("bundle_interactive_ms", bundle_live * 1000, "ms")
    figure("bundle_paint_ratio", bundle_paint / bare_paint, "x", 2)
    figure("bundle_startup_ratio", bundle_live / bare_live, "x", 2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
