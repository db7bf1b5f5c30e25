"""Making the demo event, and committing one note, on SQLite.

    python bench/demo.py

demo_create_s        ``create_demo_event`` on a fresh SQLite file (median of RUNS). Timed: reading the
                     template and the demo files, building the rows, the one transaction and its commit
                     (fsync included), the change feed's announcement. Warm: one untimed demo is made first in the
                     same process (the first start's cold cost is in bench/startup.py's first_start_s).
                     Not timed: making the file and
                     migrating it (done before the clock starts, as the app does before it makes the
                     demo), imports.
demo_statements      the SQL statements that transaction sends (counted with ``before_cursor_execute``).
demo_pictures_s      drawing the storyboards' pictures (``app.demo.pictures``) and encoding them as PNG, every
                     scene once, fonts loaded: what the first demo of a process pays on top of
                     demo_create_s (the pictures are kept per process, so the timed demos reuse them).
demo_floor_s         the same for an event without teams (``create_event``: template, programme,
                     challenges): what any new event costs. demo_ratio = demo_create_s / demo_floor_s.
note_add_commit_ms   one ``board.add_note`` committed on a 2,000-note SQLite board with the app's
                     engine and its ``synchronous`` setting (db/engine.py): median of NOTE_RUNS.
                     note_add_commit_ratio: against note_commit_floor_<setting>_ms, a bare ``sqlite3``
                     one-row insert and commit with the same journal and synchronous settings.
note_add_commit_full_ms, note_add_commit_normal_ms (and their floors): the same with each setting,
                     to show what the fsync per commit costs on this disk.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from app.board import board  # noqa: E402
from app.demo.event import create_demo_event  # noqa: E402
from app.demo.pictures import SCENES, picture  # noqa: E402
from app.event.events import create_event  # noqa: E402
from app.event.teams import add_member, add_team  # noqa: E402
from app.paths import template_path  # noqa: E402
from app.storage.database import open_store  # noqa: E402
from db import engine as db_engine  # noqa: E402

RUNS = 7
NOTES = 2000
NOTE_RUNS = 30


def _fresh_store(folder: Path, name: str):
    return open_store(f"sqlite:///{folder / name}")  # made and migrated: before any clock starts


def _timed_demo(folder: Path, index: int) -> tuple[float, int]:
    store = _fresh_store(folder, f"demo-{index}.sqlite")
    statements = [0]
    event.listen(store.engine, "before_cursor_execute", lambda *_: statements.__setitem__(0, statements[0] + 1))
    begin = time.perf_counter()
    create_demo_event(store)
    elapsed = time.perf_counter() - begin
    store.engine.dispose()
    return elapsed, statements[0]


def _timed_pictures() -> float:
    picture.cache_clear()
    begin = time.perf_counter()
    for key in SCENES:
        picture(key)
    return time.perf_counter() - begin


def _timed_empty_event(folder: Path, index: int) -> float:
    store = _fresh_store(folder, f"event-{index}.sqlite")
    begin = time.perf_counter()
    create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today())
    elapsed = time.perf_counter() - begin
    store.engine.dispose()
    return elapsed


def _note_commits(folder: Path, synchronous: str) -> list[float]:
    """``board.add_note`` committed, NOTE_RUNS times, on a board of NOTES notes."""
    chosen = db_engine.SQLITE_SYNCHRONOUS
    db_engine.SQLITE_SYNCHRONOUS = synchronous  # the engine reads it on every new connection
    try:
        store = _fresh_store(folder, f"board-{synchronous}.sqlite")
        event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today())
        team_id = add_team(store, event_id, None)
        author = add_member(store, team_id, "Anna")
        with store.write():
            for index in range(NOTES):
                board.add_note(store, team_id, "braindump", author, f"Gedachte {index}", (index % 50) * 184, (index // 50) * 144)
        commits = []
        for index in range(NOTE_RUNS):
            begin = time.perf_counter()
            board.add_note(store, team_id, "braindump", author, f"Nieuw {index}", 10.0 * index, -200.0)
            commits.append((time.perf_counter() - begin) * 1000)
        store.engine.dispose()
        return commits
    finally:
        db_engine.SQLITE_SYNCHRONOUS = chosen


def _bare_commits(folder: Path, synchronous: str) -> list[float]:
    """The floor: a one-row insert and commit with plain sqlite3, same journal and synchronous."""
    connection = sqlite3.connect(folder / f"bare-{synchronous}.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    commits = []
    for index in range(NOTE_RUNS):
        begin = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO note (text) VALUES (?)", (f"Nieuw {index}",))
        connection.execute("COMMIT")
        commits.append((time.perf_counter() - begin) * 1000)
    connection.close()
    return commits


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    pictures_s = _timed_pictures()
    _timed_demo(folder, -1)  # warm-up: imports and the template parser's first run
    demos = [_timed_demo(folder, index) for index in range(RUNS)]
    floors = [_timed_empty_event(folder, index) for index in range(RUNS)]
    demo_s, floor_s = statistics.median(d[0] for d in demos), statistics.median(floors)
    print(f"demo_create_s {demo_s:.3f} s")
    print(f"demo_statements {demos[0][1]} statements")
    print(f"demo_pictures_s {pictures_s:.3f} s")
    print(f"demo_floor_s {floor_s:.3f} s")
    print(f"demo_ratio {demo_s / floor_s:.1f} x")
    commits = {setting: statistics.median(_note_commits(folder, setting)) for setting in ("FULL", "NORMAL")}
    floors_ms = {setting: statistics.median(_bare_commits(folder, setting)) for setting in ("FULL", "NORMAL")}
    chosen = db_engine.SQLITE_SYNCHRONOUS
    print(f"note_add_commit_ms {commits[chosen]:.2f} ms")
    print(f"note_add_commit_ratio {commits[chosen] / floors_ms[chosen]:.1f} x")
    for setting in ("FULL", "NORMAL"):
        print(f"note_add_commit_{setting.lower()}_ms {commits[setting]:.2f} ms")
        print(f"note_commit_floor_{setting.lower()}_ms {floors_ms[setting]:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
