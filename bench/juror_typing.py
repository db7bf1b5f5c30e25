"""Typing a comment on a juror's laptop, where every keystroke goes to disk before the next turn of
the event loop (a kill loses nothing given).

    python bench/juror_typing.py          (from the repository root; a few seconds)

A kit of five teams is opened in the juror's window (offscreen, 1366×768), every team with a note of
400 and feedback of 800 characters already kept (a state file of about 5.5 kB); then 192 characters are
typed into the note, one key event and one turn of the event loop each.

juror_keystroke_write_ms        the desk's write of one change (JSON, a temporary file, fsync, rename):
                                median, then ``…_p95_ms``.
juror_keystroke_ms              one key in the note field until the event loop is idle again (the write,
                                the undo step, the repaint): median, then ``…_p95_ms``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import figure, median, p95  # noqa: E402

TEXT = "Sterk verhaal, maar het plan mist een eigenaar. " * 4


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.jury.juror_desk import open_kit
    from tests.jury.kits import write_kit
    from ui.jury.juror_window import JurorWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        desk = open_kit(write_kit(Path(folder), recused=(13,)), Path(folder) / "data")
        for team in desk.scorable:
            desk.set_note(team.id, "x" * 400)
            desk.set_feedback(team.id, "y" * 800)
        window = JurorWindow(desk, "nl")
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        field = window.panel.note_field
        field.setFocus()
        writes, keys = [], []
        save = desk._save

        def timed(state: dict) -> None:
            start = time.perf_counter()
            save(state)
            writes.append((time.perf_counter() - start) * 1000)

        desk._save = timed
        for char in TEXT:
            start = time.perf_counter()
            QTest.keyClick(field, char)
            app.processEvents()
            keys.append((time.perf_counter() - start) * 1000)
        print(f"state file {desk.state_path.stat().st_size} bytes, {len(keys)} keys, {len(writes)} writes", file=sys.stderr)
        window.close()
    figure("juror_keystroke_write_ms", median(writes), "ms", 1)
    figure("juror_keystroke_write_p95_ms", p95(writes), "ms", 1)
    figure("juror_keystroke_ms", median(keys), "ms", 1)
    figure("juror_keystroke_p95_ms", p95(keys), "ms", 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
