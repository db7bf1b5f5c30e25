"""The Crystal Ball page opened on a team with three kept ideas, and the mouse and geometry helpers its tests share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.canvases.milestones import milestones
from app.day.navigation import move_team
from app.paths import template_path
from tests.canvases.crystal_setup import keep_ideas
from tests.ui.conftest import settle


@pytest.fixture
def crystal(qtbot, open_window, sqlite_store, staatsprint_template):
    kept = keep_ideas(sqlite_store, staatsprint_template, template_path("staatsprint"), "gemeentelijke_it")
    move_team(sqlite_store, kept.team_id, "crystal_ball", staatsprint_template)
    window = open_window(sqlite_store)
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.event_view.step_page.work_area.surface("crystal")
    return window, sqlite_store, kept, page


def _at(page, x: float, y: float) -> QPoint:
    """Where a point of the timeline (canvas units) is on the screen, in the view's viewport."""
    return page.view.mapFromScene(QPointF(x, y))


def _line_y(page) -> float:
    return page.view.scene().drawing.layout.line_y


def _stored(store, kept):
    return [(m.kind, m.years, m.title, m.answers) for m in milestones(store, kept.team_id, "crystal_ball", kept.ideas[0])]


def _mouse(widget, kind: QEvent.Type, pos: QPoint, buttons) -> None:
    """A mouse event as the window system sends it (a move with the button held: a drag)."""
    global_pos = QPointF(widget.mapToGlobal(pos))
    event = QMouseEvent(kind, QPointF(pos), global_pos, Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
