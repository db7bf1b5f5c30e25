"""On a step that is not the team's, the timer beside it says which step it times."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QLabel

from app.clock.clock import FakeClock
from app.day.navigation import move_team
from app.event.events import event_template, get_event
from tests.ui.conftest import find, settle


def test_the_timer_names_the_step_it_times(clocked_window, event_with_team):
    store, event_id, team_id = event_with_team
    move_team(store, team_id, "vehicle", event_template(get_event(store, event_id)))  # a 35-minute step
    window, _player = clocked_window(store, FakeClock(datetime(2026, 3, 11, 10, 10, tzinfo=timezone.utc)), lang="en")
    view = window.event_view
    view.go_to(("step", "braindump"))  # a 5-minute step, read while the team is at the car
    settle()
    panel = view.active_timer()
    assert panel.ring.text == "35:00"
    title = panel.title_label
    assert title.isVisible() and title.text() == "Timer: Build Your Vehicle"
    view.go_to(("step", "knelpunten"))  # no work surface: the timer column beside the instructions
    settle()
    assert find(window, QLabel, "timerTitle").text() == "Timer: Build Your Vehicle"
    view.go_to(("step", "vehicle"))  # the team's own step: its title is on the page already
    settle()
    assert "Timer:" not in view.active_timer().title_label.text()
