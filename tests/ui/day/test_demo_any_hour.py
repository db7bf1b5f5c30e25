"""The demo opened late in the evening shows a day in full swing: mid-day on the beamer, sane slips."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel, QTableWidget

from app.clock.clock import FakeClock
from app.demo.event import create_demo_event
from tests.ui.conftest import find, settle


def test_the_demo_made_at_nine_in_the_evening(clocked_window, sqlite_store):
    now = datetime.now(ZoneInfo("Europe/Amsterdam")).replace(hour=21, minute=0, second=5).astimezone(timezone.utc)
    create_demo_event(sqlite_store, now)
    window, _player = clocked_window(sqlite_store, FakeClock(now))
    view = window.event_view
    view.go_to(("programme",))
    settle()
    assert find(window, QLabel, "programmeNow").text().startswith("Now: Het probleem definiëren")
    table = find(window, QTableWidget, "slipTable")
    slips = [table.item(row, 2).text() for row in range(table.rowCount())]
    assert len(slips) == 9
    behind = [int(m.group(1)) for text in slips if (m := re.match(r"(\d+) min behind", text))]
    assert behind and all(m <= 30 for m in behind), slips  # the teams of phases 1 and 2 on time
    assert sum(text.endswith("min ahead") for text in slips) >= 3, slips  # the three that raced ahead
    frame = view.beamer.frame(now)
    assert frame.heading == "Het probleem definiëren" and "Terugkoppeling eerste fases" in frame.next_line


def test_a_demo_reopened_the_next_morning_gets_a_fresh_day_from_the_menu(clocked_window, sqlite_store):
    """Reopened later, the demo's day has run on like any event's; File > Add the demo event starts a new one now."""
    from PySide6.QtGui import QAction

    evening = datetime.now(ZoneInfo("Europe/Amsterdam")).replace(hour=21, minute=0).astimezone(timezone.utc)
    create_demo_event(sqlite_store, evening)
    clock = FakeClock(evening + timedelta(hours=12))  # nine the next morning
    window, _player = clocked_window(sqlite_store, clock)
    window.findChild(QAction, "demoEventAction").trigger()
    settle()
    view = window.event_view
    assert view.workspace.event.id == 2  # the fresh demo is opened
    view.go_to(("programme",))
    settle()
    assert find(window, QLabel, "programmeNow").text().startswith("Now: Het probleem definiëren")
