"""One fresh process of the board benchmark: the app's real window, navigated to the board.

    python bench/board_child.py DB PREFS [--direct] [--drags] [--typing]

Starts the way ``app.main`` starts a window (its command line and database stack imported
before Qt, ``build_window`` with the app's style sheet and language, shown at 1366 × 768),
opened on the team page (PREFS says so). Once the window is live (its step navigator shown)
and has idled 0.3 s, the timed part:

- open: from a real click on the brain-dump step in the step navigator until the board's
  viewport has handled a paint event with every note in the scene (the click builds the step
  page and the board on the spot, as for a user the first time). VmRSS is read right after.
- ``--direct``: instead, the window opens straight on the board (the team is at its brain dump)
  and only the RSS is read once it is painted: the app with that one board, nothing else built.
- ``--drags``: after pressing the board's Fit button, real mouse drags of 60 moves (see
  board_harness.drag): inside the board, and past its right edge, at the fitted zoom; then
  inside at 100 % zoom.
- ``--typing``: in scribe mode (the team's shared laptop), a note typed in the note field and
  a real Enter key, timed until the board has painted the new note (the change arrives through
  the feed's queued signal); 15 times. Then ``board.add_note`` alone, 30 times, on a store of
  its own opened as the window opens one (the engine's own SQLite pragmas).

Replies one JSON object (bench.measure.reply) for bench/board.py.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import reply, rss_mb  # noqa: E402  (no Qt in there)

TYPED = 15
COMMITS = 30
SYNCHRONOUS = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}


def read_notes(db: str) -> list[tuple[int, float, float, int, int]]:
    """(id, x, y, team id, author id) of the brain-dump notes, read without the app."""
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT id, x, y, team_id, author_id FROM note WHERE step_key = 'braindump' ORDER BY id").fetchall()


def drag_targets(notes) -> tuple[int, int, int]:
    """The note nearest the board's centre, the right-most note nearest its middle height, and
    one a quarter of the board higher (for the drag at 100 %: no note dragged before lies on it)."""
    xs, ys = [n[1] for n in notes], [n[2] for n in notes]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2

    def nearest(x: float, y: float) -> int:
        return min(notes, key=lambda n: (n[1] - x) ** 2 + (n[2] - y) ** 2)[0]

    right = max(xs)
    edge = min((n for n in notes if n[1] == right), key=lambda n: abs(n[2] - cy))
    return nearest(cx, cy), edge[0], nearest(cx, cy - (max(ys) - min(ys)) / 4)


def main(argv: list[str]) -> int:
    db, prefs_path = argv[1], argv[2]
    import builtins

    from app.cli import build_parser
    from app.main import _import_database_stack

    args = build_parser().parse_args(["--db", db])
    _import_database_stack(builtins.__import__)  # the app's order (app.main.run_gui): the database stack before Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Staatsprint")
    app.setOrganizationName("Staatsprint")
    from app.main import build_window
    from bench import board_harness as harness
    from ui.common.preferences import Preferences
    from ui.window.last_resort import install_last_resort

    direct = "--direct" in argv
    views = harness.ViewWatches() if direct else None  # opened straight on the board: watched from the start
    window = build_window(args, Preferences(Path(prefs_path)))
    install_last_resort()
    notes = len(read_notes(db))
    window.show()
    if direct:
        harness.until(app, lambda: views.board_whole(notes))
        views.stop()
        harness.settle(app, 0.3)
        reply({"rss_mb": rss_mb()})
        return 0
    navigator = live_navigator(app, window, harness)
    harness.settle(app, 0.3)
    result = {"open_ms": open_board(app, navigator, notes, harness), "rss_mb": rss_mb()}
    if "--drags" in argv or "--typing" in argv:
        result.update(interact(app, window, db, harness, "--drags" in argv, "--typing" in argv))
    reply(result)
    return 0


def live_navigator(app, window, harness):
    """The step navigator once the window is live (shown with the event's data)."""
    from PySide6.QtWidgets import QTreeWidget

    harness.until(app, lambda: (found := window.findChild(QTreeWidget, "stepNavigator")) is not None and found.isVisible())
    return window.findChild(QTreeWidget, "stepNavigator")


def named(parent, kind, name: str):
    """The widget of ``kind`` named ``name`` under ``parent`` (the objectNames tests use too)."""
    found = parent.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"no {kind.__name__} named {name!r}: the benchmark must follow the app")
    return found


def open_board(app, navigator, notes: int, harness) -> float:
    """A real click on the brain-dump step in the navigator, until the board has painted with all
    its notes in the scene (ms). Every graphics view made from the click on is watched."""
    item = navigator.item_for(("step", "braindump"))
    navigator.scrollToItem(item)
    harness.settle(app, 0.1)
    rect = navigator.visualItemRect(item)
    views = harness.ViewWatches()
    begin = time.perf_counter()
    harness.click_item_rect(navigator.viewport(), rect)
    end = harness.until(app, lambda: views.board_whole(notes))
    views.stop()
    return (end - begin) * 1000


def interact(app, window, db: str, harness, drags: bool, typing: bool) -> dict:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QGraphicsView, QPushButton, QWidget

    page = named(window, QWidget, "boardPage")
    view = named(page, QGraphicsView, "boardView")
    fit = named(page, QPushButton, "fitButton")
    notes = read_notes(db)
    inside, edge, other = drag_targets(notes)
    opened_scale = view.transform().m11()
    QTest.mouseClick(fit, Qt.MouseButton.LeftButton)
    harness.settle(app, 0.2)
    result = {"opened_scale": opened_scale, "fitted_scale": view.transform().m11()}
    if drags:
        result["drag_inside"] = harness.drag(app, view, page.note_item(inside), QPoint(120, 60))
    if typing:
        result["typed"] = typed_notes(app, window, page, view, harness)
    if drags:
        result["drag_edge"] = harness.drag(app, view, page.note_item(edge), harness.room_right(view, page.note_item(edge)))
        view.resetTransform()
        view.centerOn(page.note_item(other))
        harness.settle(app, 0.2)
        result["drag_100"] = harness.drag(app, view, page.note_item(other), QPoint(180, 120))
    if typing:
        result["commits"], result["sqlite"] = commits(db, notes[0][3], notes[0][4])
    return result


def typed_notes(app, window, page, view, harness) -> list[float]:
    """Scribe mode: type a note, press Enter, until the board has painted it (ms each)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    field = named(page, QLineEdit, "noteInput")
    watch = harness.PaintWatch(view.viewport())
    arrived: list[tuple[int, int]] = []  # (new note id, paints seen when the feed delivered it)

    def delivered(batch) -> None:  # connected after the board's own slot: runs once the board has the note
        arrived.extend((c.row_id, len(watch.regions)) for c in batch if c.table == "note" and c.action == "insert")

    window.bridge.changed.connect(delivered)
    field.setFocus()
    times = []
    for index in range(TYPED):
        QTest.keyClicks(field, f"Nieuwe gedachte {index + 1}")
        harness.settle(app, 0.05)
        arrived.clear()

        def shown() -> bool:
            if not arrived:
                return False
            note_id, first = arrived[0]
            rect = view.mapFromScene(page.note_item(note_id).sceneBoundingRect()).boundingRect()
            if not view.viewport().rect().intersects(rect):
                raise RuntimeError(f"the typed note {note_id} landed outside the fitted view: it is never painted")
            return any(region.intersects(rect) for region in watch.regions[first:])

        begin = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        times.append((harness.until(app, shown) - begin) * 1000)
        if field.text():
            raise RuntimeError(f"Enter did not take the note: {field.text()!r} is still in the field")
    window.bridge.changed.disconnect(delivered)
    watch.stop()
    return times


def commits(db: str, team_id: int, author_id: int) -> tuple[list[float], str]:
    """board.add_note alone: one committed transaction each (ms), on a store opened as the window
    opens one; and the SQLite settings it ran with."""
    from app.board import board
    from app.storage.database import open_store
    from db.engine import INTERACTIVE

    store = open_store(f"sqlite:///{db}", waits=INTERACTIVE)
    times = []
    for index in range(COMMITS):
        begin = time.perf_counter()
        board.add_note(store, team_id, "braindump", author_id, f"Snel genoteerd {index + 1}", 30.0 * index, -400.0)
        times.append((time.perf_counter() - begin) * 1000)
    with store.engine.connect() as connection:
        settings = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in ("journal_mode", "synchronous")}
    store.engine.dispose()
    return times, f"journal_mode={settings['journal_mode']} synchronous={SYNCHRONOUS.get(settings['synchronous'], settings['synchronous'])}"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
