"""After the facilitator shifts the day, every time shown of a phase is the shifted time, also after a restart."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QLabel, QPushButton

from app.clock.clock import FakeClock
from app.day.programme import shift_rest_of_day
from tests.ui.conftest import find, settle

AT_11_37 = datetime(2026, 3, 11, 10, 37, tzinfo=timezone.utc)  # 11:37 in Amsterdam, phase 2 starts at 11:40


def _shown_times(window) -> dict[str, str]:
    view = window.event_view
    chip = find(window, QPushButton, "phaseChip_definieren")
    view.go_to(("step", "hkw"))  # phase 2's first step: its card says when the phase runs
    card = find(window, QLabel, "phaseIntroTitle").text()
    view.go_to(("gate", "probleem"))  # the gate of phase 1 announces phase 2
    gate = find(window, QLabel, "gateNextTimes").text()
    return {"chip": chip.text(), "tooltip": chip.toolTip(), "card": card, "gate": gate}


def test_a_shift_moves_every_time_shown_of_a_phase(clocked_window, event_with_team):
    store, event_id, _team_id = event_with_team
    clock = FakeClock(AT_11_37)
    window, _player = clocked_window(store, clock, lang="en")
    before = _shown_times(window)
    assert "11:40–12:15" in before["chip"] and "11:40–12:15" in before["card"]
    shift_rest_of_day(store, event_id, 10, clock.now())  # at most 14: lunch is fixed at 12:30, the feedback before it at 12:15
    settle()
    after = _shown_times(window)
    assert all("11:50–12:25" in text and "11:40" not in text for text in after.values()), after
    assert "10:30–11:50" in find(window, QPushButton, "phaseChip_probleem").text()  # phase 1 got the 10 minutes
    window.close()
    again, _player = clocked_window(store, clock, lang="en")  # a restart reads the shifted programme
    assert _shown_times(again) == after



def test_the_page_in_view_follows_a_shift_made_elsewhere(clocked_window, event_with_team):
    store, event_id, _team_id = event_with_team
    clock = FakeClock(AT_11_37)
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("step", "hkw"))
    shift_rest_of_day(store, event_id, 5, clock.now())  # another laptop, or the CLI, shifts the day
    settle()
    assert find(window, QLabel, "phaseIntroTitle").text() == "About this phase (11:45–12:20)"
    window.event_view.go_to(("gate", "probleem"))
    shift_rest_of_day(store, event_id, 5, clock.now())
    settle()
    assert find(window, QLabel, "gateNextTimes").text() == "Next: phase 2 · 11:50–12:25"
