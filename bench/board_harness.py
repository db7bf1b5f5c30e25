"""Qt helpers of the board benchmark's children: waiting for a paint, real mouse drags.

Imported by a child only after the app's own imports (the database stack before Qt, as the app
starts). "Painted" means: a paint event of the watched viewport was handled — the loop runs
``processEvents`` until the watch has seen the paint event, and the clock stops when that
``processEvents`` returns, i.e. once the frame holding it has been painted and flushed. A watch
is an event filter on one viewport alone (an application-wide filter would run Python for every
event of the app: about 8,000 while a 2,000-note board opens, some 30 ms). ``ViewWatches`` puts
one on every graphics view made while it runs, whenever and wherever the app makes its board.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QWidget
from shiboken6 import isValid

MOVES = 60
WAIT_LIMIT_S = 30.0


class PaintWatch(QObject):
    """Installed on one view's viewport: records the region of every paint event it receives
    (``regions``) and, when ``counting``, how many items the view's scene held at each (``items``).
    Only that widget's events pass through it: no Python runs for the application's other events."""

    def __init__(self, viewport: QWidget, counting: bool = False) -> None:
        super().__init__(viewport)
        self._counting = counting
        self.regions: list[QRegion] = []
        self.items: list[int] = []
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
            if self._counting:
                self.items.append(len(watched.parent().scene().items()))
        return False

    def whole(self, count: int) -> bool:
        """Has a paint happened while the scene held at least ``count`` items?"""
        return any(held >= count for held in self.items)

    def stop(self) -> None:
        self.parent().removeEventFilter(self)


class ViewWatches:
    """While it runs, every QGraphicsView made gets a counting PaintWatch on its viewport (the
    constructor is wrapped: the app's own code and imports stay as they are)."""

    def __init__(self) -> None:
        self._made = QGraphicsView.__init__
        self._watches: list[tuple[QGraphicsView, PaintWatch]] = []
        made, watches = self._made, self._watches

        def init(view: QGraphicsView, *args, **kwargs) -> None:
            made(view, *args, **kwargs)
            watches.append((view, PaintWatch(view.viewport(), counting=True)))

        QGraphicsView.__init__ = init

    def board(self) -> PaintWatch | None:
        """The watch of the app's board (the view named boardView), once it exists."""
        return next((watch for view, watch in self._watches if isValid(view) and view.objectName() == "boardView"), None)

    def board_whole(self, count: int) -> bool:
        """Has the board painted while its scene held at least ``count`` items?"""
        watch = self.board()
        return watch is not None and watch.whole(count)

    def stop(self) -> None:
        QGraphicsView.__init__ = self._made
        for view, watch in self._watches:
            if isValid(view) and isValid(watch):
                watch.stop()


def until(app: QApplication, done: Callable[[], bool]) -> float:
    """Process events until ``done()`` holds; returns perf_counter() at the end of the
    processEvents call that got there."""
    deadline = time.perf_counter() + WAIT_LIMIT_S
    while True:
        app.processEvents()
        now = time.perf_counter()
        if done():
            return now
        if now > deadline:
            raise TimeoutError(f"not done after {WAIT_LIMIT_S:.0f} s")


def settle(app: QApplication, seconds: float) -> None:
    """Let the window idle for ``seconds``, as a person looks before acting."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.005)


def area(region: QRegion) -> int:
    return sum(rect.width() * rect.height() for rect in region)


def drag(app: QApplication, view: QGraphicsView, item: QGraphicsItem, offset: QPoint, moves: int = MOVES) -> dict:
    """A real drag of ``item`` through the view's viewport: press on it, ``moves`` evenly spaced
    mouse moves that take it ``offset`` pixels away, release. Each move is timed from sending the
    move event until the first paint after it has been handled (a second paint the same move
    causes, if any, falls into the next move's time). Returns the times (ms) and the share of the
    viewport each move repainted."""
    viewport = view.viewport()
    watch = PaintWatch(viewport)
    start = view.mapFromScene(item.mapToScene(item.boundingRect().center()))
    before = item.pos()
    pressed = view.itemAt(start)
    if pressed is not item and (pressed is None or pressed.parentItem() is not item):
        raise RuntimeError(f"another item lies on the note at {start}: the harness would drag that one")
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    settle(app, 0.05)
    frames, shares, whole = [], [], viewport.width() * viewport.height()
    for index in range(1, moves + 1):
        seen = len(watch.regions)
        begin = time.perf_counter()
        QTest.mouseMove(viewport, start + offset * (index / moves))
        end = until(app, lambda: len(watch.regions) > seen)
        frames.append((end - begin) * 1000)
        shares.append(sum(area(region) for region in watch.regions[seen:]) / whole)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + offset)
    settle(app, 0.1)
    watch.stop()
    if item.pos() == before:
        raise RuntimeError("the drag did not move the note: the harness is wrong")
    return {"frames": frames, "shares": shares}


def room_right(view: QGraphicsView, item: QGraphicsItem) -> QPoint:
    """From the item's centre to just inside the viewport's right edge: a drag that stays on screen."""
    start = view.mapFromScene(item.mapToScene(item.boundingRect().center()))
    room = view.viewport().width() - 4 - start.x()
    if room < MOVES:
        raise RuntimeError(f"only {room} px of view right of the board: no room to drag past its edge")
    return QPoint(room, 0)


def click_item_rect(widget: QWidget, rect: QRect) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
