"""Every view that follows the feed re-reads on a change from another laptop and on a resync.

Two stores on one SQLite file are two laptops whose commits do not reach each other's feed: what
laptop A writes shows on B only once B's feed hears it — a change relayed as the listener relays it,
or a RESYNC as the listener publishes after a reconnect.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from app.day.navigation import move_team
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from app.storage.database import open_store
from app.storage.feed import RESYNC
from db.models import Event
from tests.ui.conftest import open_window, prefs, settle  # noqa: F401 (fixtures)


@pytest.fixture
def two_laptops(tmp_path, open_window, staatsprint_template):  # noqa: F811
    """(A, B, event id, team id, window on B) with B's team at a board step."""
    url = f"sqlite:///{tmp_path / 'event.sqlite'}"
    a, b = open_store(url), open_store(url)
    event_id = create_event(a, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(a, event_id, "gemeentelijke_it")
    move_team(a, team_id, "braindump", staatsprint_template)
    window = open_window(b, lang="en")
    settle()
    yield a, b, event_id, team_id, window
    a.engine.dispose()
    b.engine.dispose()


def count_calls(monkeypatch, obj, name: str) -> list:
    calls = []
    original = getattr(obj, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, counted)
    return calls


def views(window):
    """The followers of the feed this test checks, made as the window makes them."""
    from ui.beamer.beamer import BeamerView
    from ui.beamer.beamer_source import RACE, BeamerSource
    from ui.dashboard.dashboard_data import DashboardData
    from ui.day.programme_page import ProgrammePage
    from ui.race.race_page import RacePage

    ws = window.event_view.workspace
    beamer = BeamerSource(ws, BeamerView(), window)
    beamer.show(RACE)
    board = window.event_view.step_page.work_area.surface("board")
    return {
        "board": (board, "reload"),
        "race": (RacePage(ws, window), "reload"),
        "programme": (ProgrammePage(ws, beamer, window), "refresh"),
        "beamer": (beamer, "_reload"),
        "dashboard": (DashboardData(ws, lambda: True, window), "read"),
    }


def test_a_resync_makes_every_view_re_read(qtbot, two_laptops, monkeypatch):
    _, b, _, team_id, window = two_laptops
    followers = views(window)
    race = followers["race"][0]
    ws = window.event_view.workspace
    race.show_step(ws.template.step("idea_race"), next(t for t in window.event_view._teams if t.id == team_id))
    monkeypatch.setattr(race, "isVisible", lambda: True)
    followers["dashboard"][0].read()
    calls = {name: count_calls(monkeypatch, view, method) for name, (view, method) in followers.items()}
    b.feed.publish((RESYNC,))
    qtbot.waitUntil(lambda: all(calls.values()))
    assert sorted(name for name, made in calls.items() if made) == sorted(followers)


def test_a_note_from_another_laptop_shows_on_the_board(qtbot, two_laptops):
    from app.board.board import add_note

    a, b, _, team_id, window = two_laptops
    board = window.event_view.step_page.work_area.surface("board")
    heard = []
    a.feed.subscribe(heard.append)
    add_note(a, team_id, "braindump", None, "Van een andere laptop", 40, 40, "yellow")
    settle()
    assert "Van een andere laptop" not in _note_texts(board)  # B's feed has not heard it yet
    for batch in heard:
        b.feed.publish(batch)  # as the listener publishes a notification from A
    qtbot.waitUntil(lambda: "Van een andere laptop" in _note_texts(board))


def test_the_event_row_edited_on_another_laptop_is_followed(qtbot, two_laptops):
    a, b, event_id, _, window = two_laptops
    with a.write() as session:
        event = session.get(Event, event_id)
        event.name = "Staatsprint Zuid"
        session.add(event)
    b.feed.publish((RESYNC,))
    qtbot.waitUntil(lambda: window.event_view.workspace.event.name == "Staatsprint Zuid")
    qtbot.waitUntil(lambda: "Staatsprint Zuid" in window.findChild(QLabel, "eventTitle").toolTip() + window.findChild(QLabel, "eventTitle").text())


def _note_texts(board) -> list[str]:
    return [item.note.text for item in board._notes.values()]
