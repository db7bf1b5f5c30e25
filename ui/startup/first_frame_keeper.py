"""Keeps the first-frame snapshot (app/startup/first_frame.py) in step with what the main window shows.

On each tick of the window's ticker it reads the shown texts from the widgets (a few dozen) and
writes the snapshot only when they changed. With no event open there is nothing to paint early:
the snapshot is removed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRegularExpression
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidgetItem

from app.startup.first_frame import (
    NavigatorRow,
    Snapshot,
    database_key,
    restored,
    snapshot_path,
    write_snapshot,
)

log = logging.getLogger(__name__)
# The headings a page is named by; never one that shows the time (the programme's "now"), which a
# snapshot would show stale.
TITLES = QRegularExpression("^(stepTitle|workTitle|teamTitle|challengeTitle|gateTitle)$")


class FirstFrameKeeper(QObject):
    def __init__(self, window, url: str) -> None:
        super().__init__(window)
        self._window = window
        self._database = database_key(url)
        self._path: Path = snapshot_path(window.prefs.folder, self._database)
        self._last: Snapshot | None = None
        window.ticker.timeout.connect(self.keep)

    def keep(self) -> None:
        snapshot = snapshot_of(self._window, self._database)
        if snapshot == self._last:
            return
        try:
            if snapshot is None:
                self._path.unlink(missing_ok=True)
            else:
                write_snapshot(self._path, snapshot)
        except OSError as error:  # the next start just paints later
            log.warning("cannot write %s: %s", self._path, error)
        self._last = snapshot


def snapshot_of(window, database: str) -> Snapshot | None:
    """What the window shows now, as texts; None without an open event."""
    view = window.event_view
    if view is None:
        return None
    picker = getattr(view, "event_picker", None)
    title = _page_title(view.pages)
    return Snapshot(
        database=database,
        lang=window.lang,
        theme=window.prefs.get("theme", "light"),
        window_title=window.windowTitle(),
        event=view.findChild(QLabel, "eventTitle").text(),
        event_choice=picker.currentText() if picker is not None else "",
        team=view.team_picker.currentText(),
        identity=view.identity_picker.currentText(),
        phases=tuple((chip.text(), str(chip.property("phase"))) for chip in _chips(view.stepper)),
        navigator=tuple(_rows(view.navigator)),
        navigator_shown=not view.navigator.isHidden(),
        page_title=title.text() if title is not None else "",
        page_title_role=str(title.property("role")) if title is not None else "h1",
        page_title_at=_at(title, view.pages) if title is not None else (0, 0),
        restored=restored(window.prefs.get),
    )


def _chips(stepper) -> list[QPushButton]:
    layout = stepper.layout()
    return [layout.itemAt(index).widget() for index in range(layout.count())]


def _rows(tree):
    current = tree.currentItem()

    def row(item: QTreeWidgetItem, heading: bool) -> NavigatorRow:
        return NavigatorRow(item.text(0), item.text(1), heading, item.font(0).bold(), item is current)

    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        yield row(top, top.childCount() > 0)
        for child in range(top.childCount()):
            yield row(top.child(child), False)


def _page_title(pages) -> QLabel | None:
    """The topmost title shown on the current page."""
    page = pages.currentWidget()
    if page is None:
        return None
    titles = [found for found in page.findChildren(QLabel, TITLES) if found.isVisibleTo(pages)]
    return min(titles, key=lambda found: found.mapTo(pages, QPoint(0, 0)).y(), default=None)


def _at(widget, pages) -> tuple[int, int]:
    point = widget.mapTo(pages, QPoint(0, 0))
    return point.x(), point.y()
