"""The floor of the board benchmark, in a fresh process: bare Qt doing the board's work.

    python bench/board_floor.py DB [--drags]

A plain QMainWindow at 1366 × 768 with a QStackedWidget showing a label (the "other page"), no
style sheet, no database stack. The same notes as the app's board are read from DB (sqlite3,
not timed). Timed, as board_child times the app:

- open: building a QGraphicsScene of one movable QGraphicsRectItem with a QGraphicsSimpleTextItem
  (the note's first words) per note, a QGraphicsView on it put in the stack and fitted, until its
  viewport has handled a paint event;
- ``--drags``: the same real drags as the app's, on the same notes: inside the board at the
  fitted zoom and at 100 %. (Not past the edge: bare Qt grows its scene rect under a drag and
  repaints everything too, so that is no floor.)

Replies one JSON object (bench.measure.reply) with the times and the process's VmRSS.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QMainWindow,
    QStackedWidget,
)

from bench import board_harness as harness  # noqa: E402
from bench.board_child import drag_targets, read_notes  # noqa: E402
from bench.measure import reply, rss_mb  # noqa: E402

COLOURS = {"yellow": "#FFE97A", "peach": "#FFC9A8", "green": "#B8E3C6", "blue": "#BFD9F2", "lilac": "#E3CCF2"}
WORDS = 24  # characters of the note's text on the bare item: one line that stays on it


def notes_with_text(db: str) -> list[tuple[int, float, float, str, str]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT id, x, y, text, colour FROM note WHERE step_key = 'braindump' ORDER BY id").fetchall()


def build(stack: QStackedWidget, notes) -> tuple[QGraphicsView, dict[int, QGraphicsItem]]:
    scene = QGraphicsScene()
    items = {}
    for note_id, x, y, text, colour in notes:
        rect = QGraphicsRectItem(0, 0, 160, 120)
        rect.setPos(x, y)
        rect.setBrush(QColor(COLOURS.get(colour, COLOURS["yellow"])))
        rect.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        QGraphicsSimpleTextItem(text[:WORDS], rect).setPos(10, 10)
        scene.addItem(rect)
        items[note_id] = rect
    view = QGraphicsView(scene)
    scene.setParent(view)  # kept as long as the view
    stack.addWidget(view)
    stack.setCurrentWidget(view)
    view.resize(stack.size())
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    return view, items


def main(argv: list[str]) -> int:
    db = argv[1]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    stack = QStackedWidget()
    stack.addWidget(QLabel("Team"))
    window.setCentralWidget(stack)
    window.resize(1366, 768)
    window.show()
    harness.settle(app, 0.3)
    notes = notes_with_text(db)
    begin = time.perf_counter()
    view, items = build(stack, notes)
    watch = harness.PaintWatch(view.viewport(), counting=True)  # the same watch as the app's, counting included
    end = harness.until(app, lambda: watch.whole(len(notes)))
    watch.stop()
    result = {"open_ms": (end - begin) * 1000, "rss_mb": rss_mb()}
    if "--drags" in argv:
        harness.settle(app, 0.2)
        inside, _edge, other = drag_targets(read_notes(db))
        result["drag_inside"] = harness.drag(app, view, items[inside], QPoint(120, 60))
        view.resetTransform()
        view.centerOn(items[other])
        harness.settle(app, 0.2)
        result["drag_100"] = harness.drag(app, view, items[other], QPoint(180, 120))
    reply(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
