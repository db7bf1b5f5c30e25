"""The demo in an English window at 1366×768, for walking its accessibility tree."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.clock.clock import FakeClock
from app.demo.event import create_demo_event
from tests.ui.conftest import settle

NOW = datetime(2026, 3, 11, 10, 59, tzinfo=timezone.utc)  # the demo's 11:59


@pytest.fixture
def demo(clocked_window, sqlite_store):
    """The demo window, on the team that has done the most (at the theme vote)."""
    create_demo_event(sqlite_store, NOW)
    window, _player = clocked_window(sqlite_store, FakeClock(NOW), lang="en")
    view = window.event_view
    view.choose_team(view.team_picker.itemData(1))
    settle()
    return window
