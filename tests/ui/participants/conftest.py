"""The participants page on an event of ~20 participants of three organisations, and the hands to use it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from app.event.events import create_event
from app.paths import template_path
from db.models import Member, Team
from tests.ui.conftest import settle
from tests.ui.participants.people import THREE, add_people

CHALLENGE = "gemeentelijke_it"


@pytest.fixture
def participants_event(sqlite_store):
    """(store, event id, member ids): a Staatsprint event whose ~20 participants prefer the first challenge."""
    source = template_path("staatsprint").read_text(encoding="utf-8")
    event_id = create_event(sqlite_store, source, date(2026, 3, 11))
    return sqlite_store, event_id, add_people(sqlite_store, event_id, THREE, CHALLENGE)


@pytest.fixture
def open_page(qtbot, open_window, participants_event):
    """open_page() -> (window, page): the window on the participants page, active (keys reach it)."""
    store, _event_id, _ids = participants_event

    def make():
        window = open_window(store)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.event_view.go_to(("participants",))
        settle()
        return window, window.event_view.pages.currentWidget()

    return make


def placed(store, member_id: int) -> tuple[int | None, int]:
    """(team id, position) of a participant, as the database has it."""
    with store.read() as session:
        member = session.get(Member, member_id)
        return member.team_id, member.position


def teams_of(store, event_id: int) -> list[Team]:
    with store.read() as session:
        return list(session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all())


def everyone(store, event_id: int) -> dict[int, tuple]:
    """Every participant's (team, position, absent, e-mail): to check that nothing changed."""
    with store.read() as session:
        rows = session.exec(select(Member).where(Member.event_id == event_id)).all()
        return {m.id: (m.team_id, m.position, m.absent, m.email) for m in rows}


def drop_on(lane, mime, point: QPoint) -> None:
    """What the window system delivers to a lane when a drag with ``mime`` enters it, moves to
    ``point`` (the lane's coordinates) and is let go there."""
    where = QPointF(point)
    move = Qt.DropAction.MoveAction
    buttons, held = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point, move, mime, buttons, held), QDragMoveEvent(point, move, mime, buttons, held)):
        QApplication.sendEvent(lane, event)
    QApplication.sendEvent(lane, QDropEvent(where, move, mime, buttons, held))


def answer_question(qtbot, yes: bool, seen: list):
    """Once a question box is open, note its text and whether No is its default, and answer it."""
    stopped = []

    def poll() -> None:
        if stopped:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        button = box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No)
        qtbot.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(0, poll)
    return lambda: stopped.append(True)
