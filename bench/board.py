"""The sticky-note board at 2,000 notes, against a bare QGraphicsView with the same 2,000 items.

    python bench/board.py

board_open_ms        loading the notes and drawing the board once (median of runs)
note_drag_frame_ms   one frame of dragging a note across the fitted board: move it, repaint the region
                     a drag frame repaints (median)
note_add_commit_ms   adding a note: one committed transaction on SQLite (median)
note_add_on_screen_ms  typing Enter in scribe mode until the board shows the note (2,000 notes there)
board_rss_mb         the process's memory with the board open (the whole app, a 2,000-note event);
                     board_items_rss_mb: what opening the board itself added
Each "…_ratio" divides by the same work on a bare QGraphicsView with 2,000 plain items.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView  # noqa: E402

NOTES = 2000
RUNS = 5


def paint(view: QGraphicsView, image: QImage, around=None) -> None:
    """Render the view; with ``around`` (a moved item) only the region a drag frame repaints."""
    painter = QPainter(image)
    if around is None:
        view.render(painter)
    else:
        source = view.mapFromScene(around.sceneBoundingRect().adjusted(-12, -12, 12, 12)).boundingRect()
        view.render(painter, QRectF(source), source)
    painter.end()


def rss_mb() -> float:
    """The memory the process holds now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_view() -> tuple[float, float]:
    """The floor: 2,000 rectangles with a text each, in a plain QGraphicsView."""
    image = QImage(1000, 700, QImage.Format.Format_ARGB32_Premultiplied)
    start = time.perf_counter()
    scene = QGraphicsScene()
    items = []
    for index in range(NOTES):
        x, y = (index % 50) * 184, (index // 50) * 144
        rect = QGraphicsRectItem(0, 0, 160, 120)
        rect.setPos(x, y)
        rect.setBrush(QColor("#FFE97A"))
        QGraphicsSimpleTextItem(f"Gedachte nummer {index}", rect).setPos(10, 10)
        scene.addItem(rect)
        items.append(rect)
    view = QGraphicsView(scene)
    view.resize(1000, 700)
    view.fitInView(scene.itemsBoundingRect())  # the same view of the whole board as the app's "fit"
    paint(view, image)
    opened = (time.perf_counter() - start) * 1000
    frames = []
    view.resetTransform()
    view.centerOn(items[0])
    for step in range(30):
        begin = time.perf_counter()
        items[0].setPos(step * 3, step * 2)
        paint(view, image, around=items[0])
        frames.append((time.perf_counter() - begin) * 1000)
    view.deleteLater()
    return opened, statistics.median(frames)


def staatsprint_board(folder: Path):
    from app import board
    from app.clock import SteadyClock
    from app.database import open_store
    from app.events import create_event, event_template, get_event
    from app.navigation import move_team
    from app.paths import template_path
    from app.teams import add_member, add_team, team_views
    from ui.main_window import MainWindow
    from ui.preferences import Preferences

    store = open_store(f"sqlite:///{folder / 'board.sqlite'}")
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today())
    team_id = add_team(store, event_id, None)
    author = add_member(store, team_id, "Anna")
    with store.write():
        for index in range(NOTES):
            board.add_note(store, team_id, "braindump", author, f"Gedachte nummer {index}", (index % 50) * 184, (index // 50) * 144)
    template = event_template(get_event(store, event_id))
    move_team(store, team_id, "braindump", template)
    window = MainWindow(store, Preferences(folder / "prefs.ini"), "nl", clock=SteadyClock(), player=object())
    window.resize(1366, 768)
    team = team_views(store, event_id, template)[0]
    return store, window, team, template.step("braindump"), team_id, author


def main() -> int:
    app = QApplication.instance() or QApplication([])
    bare = [bare_view() for _ in range(RUNS)]
    bare_open, bare_frame = statistics.median(b[0] for b in bare), statistics.median(b[1] for b in bare)
    folder = Path(tempfile.mkdtemp())
    store, window, team, step, team_id, author = staatsprint_board(folder)
    app.processEvents()
    before_board = rss_mb()
    from app import board
    from ui.board_page import BoardPage

    image = QImage(1000, 700, QImage.Format.Format_ARGB32_Premultiplied)
    opens, page = [], None
    for _ in range(RUNS):
        if page is not None:
            page.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # really gone before the next
        start = time.perf_counter()
        page = BoardPage(window.event_view.workspace)
        page.resize(1000, 760)
        page.show_step(step, team)
        paint(page.view, image)
        opens.append((time.perf_counter() - start) * 1000)
    item = next(iter(page._notes.values()))
    page.view.resetTransform()  # a drag happens at a zoom where notes can be read
    page.view.centerOn(item)
    frames = []
    for step_index in range(30):
        begin = time.perf_counter()
        item.setPos(step_index * 3, step_index * 2)
        paint(page.view, image, around=item)
        frames.append((time.perf_counter() - begin) * 1000)
    commits = []
    for index in range(30):
        begin = time.perf_counter()
        board.add_note(store, team_id, "braindump", author, f"Nieuw {index}", 0, 0)
        commits.append((time.perf_counter() - begin) * 1000)
    typed = []
    for index in range(10):  # what the scribe waits for: Enter, commit, the board redrawn from the feed
        page.note_input.setText(f"Getypt {index}")
        begin = time.perf_counter()
        page.add_typed_note()
        app.processEvents()
        typed.append((time.perf_counter() - begin) * 1000)
    rss = rss_mb()
    board_open, frame = statistics.median(opens), statistics.median(frames)
    print(f"board_open_ms {board_open:.0f} ms")
    print(f"board_open_ratio {board_open / bare_open:.1f} x")
    print(f"note_drag_frame_ms {frame:.2f} ms")
    print(f"note_drag_frame_ratio {frame / bare_frame:.1f} x")
    print(f"note_add_commit_ms {statistics.median(commits):.1f} ms")
    print(f"note_add_on_screen_ms {statistics.median(typed):.0f} ms")
    print(f"board_rss_mb {rss:.0f} MB")
    print(f"board_items_rss_mb {rss - before_board:.0f} MB")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
