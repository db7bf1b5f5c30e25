"""Start-up: time to an interactive main window with the demo event, against a bare PySide6 window.

Both are measured the same way in the same run: a fresh Python process is started, and the
clock stops when the child reports its window shown and the event queue drained. Medians of
several interleaved runs. Prints `figure value unit` lines.

    python bench/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7

BARE = """
import resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

APP = """
import argparse, resource, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.main import build_window
from ui.preferences import Preferences
args = argparse.Namespace(db={db!r}, lang="nl", demo=True, command=None)
window = build_window(args, Preferences(Path({prefs!r})))
window.show()
app.processEvents()
assert window.event_view is not None
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""


def measure(code: str) -> tuple[float, float]:
    """Milliseconds from process start to 'shown', and the child's peak RSS in MB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    child.wait(timeout=60)
    if not line.startswith("shown"):
        raise SystemExit(f"the child did not start: {line!r}")
    return elapsed, int(line.split()[1]) / 1024


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        app_code = APP.format(root=str(ROOT), db=str(Path(tmp) / "demo.sqlite"), prefs=str(Path(tmp) / "prefs.ini"))
        measure(app_code)  # creates the demo event: every measured run opens an existing one
        bare, app, rss = [], [], []
        for _ in range(RUNS):
            bare.append(measure(BARE)[0])
            elapsed, peak = measure(app_code)
            app.append(elapsed)
            rss.append(peak)
    bare_ms, app_ms = statistics.median(bare), statistics.median(app)
    print(f"startup_bare_ms {bare_ms:.0f} ms")
    print(f"startup_app_ms {app_ms:.0f} ms")
    print(f"startup_ratio {app_ms / bare_ms:.2f} x")
    print(f"startup_rss_mb {statistics.median(rss):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
