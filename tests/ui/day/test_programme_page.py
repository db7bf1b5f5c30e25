"""The facilitator's programme page: now and next, slip per team, shifting, plenary timer, announcement."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QTableWidget

from app.clock.clock import FakeClock
from app.day.programme import day_shift_minutes, programme_items
from app.event.events import get_event
from tests.ui.conftest import find, settle, type_text

AT_10_50 = datetime(2026, 3, 11, 9, 50, tzinfo=timezone.utc)  # 10:50 in Amsterdam on the event's day


@pytest.fixture
def programme(clocked_window, event_with_team):
    store, event_id, team_id = event_with_team
    clock = FakeClock(AT_10_50)
    window, player = clocked_window(store, clock)
    window.event_view.go_to(("programme",))
    return window, store, event_id, clock


def test_now_next_and_the_current_item(programme):
    window, _store, _event_id, _clock = programme
    assert find(window, QLabel, "programmeNow").text() == "Now: Wat is het probleem? · until 11:40"
    assert find(window, QLabel, "programmeNext").text() == "Next at 11:40 · Het probleem definiëren"
    rows = find(window, QListWidget, "programmeList")
    assert rows.count() == 15
    assert rows.item(4).text().startswith("10:30") and rows.item(4).text().endswith("◀ now")


def test_slip_per_team(programme):
    window, _store, _event_id, _clock = programme
    table = find(window, QTableWidget, "slipTable")
    assert table.rowCount() == 1
    # A team still at its introductions at 10:50 is 20 minutes behind the 10:30 start.
    assert [table.item(0, c).text() for c in range(3)] == ["Team 1", "introductions", "20 min behind"]


def test_shifting_the_rest_of_the_day(qtbot, programme, staatsprint_template):
    window, store, event_id, clock = programme
    qtbot.mouseClick(find(window, QPushButton, "shiftPlus5"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "programmeNext").text() == "Next at 11:45 · Het probleem definiëren"
    assert find(window, QLabel, "shiftTotal").text().startswith("The day is shifted by +5 minutes, until Lunch! (12:30)")
    assert day_shift_minutes(staatsprint_template, programme_items(store, event_id), clock.now()) == 5
    qtbot.mouseClick(find(window, QPushButton, "shiftMinus5"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "programmeNext").text() == "Next at 11:40 · Het probleem definiëren"


def test_lunch_is_fixed_so_a_shift_into_it_is_refused(qtbot, programme):
    """Lunch has a fixed time (12:30): +15 at 10:50 would start the feedback (12:15) at lunch, so the
    page says which item and where, and nothing moves; the list shows lunch as fixed."""
    window, store, event_id, _clock = programme
    before = [item.starts_at for item in programme_items(store, event_id)]
    qtbot.mouseClick(find(window, QPushButton, "shiftPlus15"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "shiftError").text() == ("“Feedback on the first phases” would start at 12:30, not before “Lunch!” "
                                                          "(fixed at 12:30). Shift at most 14 minutes, or unlock “Lunch!” in Edit the event → "
                                                          "Programme; nothing was changed.")
    assert [item.starts_at for item in programme_items(store, event_id)] == before
    assert find(window, QListWidget, "programmeList").item(7).text() == "12:30   Lunch!   · fixed time"


def test_a_shift_that_does_not_fit_is_explained_and_changes_nothing(qtbot, clocked_window, event_with_team):
    store, event_id, _team_id = event_with_team
    clock = FakeClock(datetime(2026, 3, 11, 10, 37, tzinfo=timezone.utc))  # 11:37, three minutes before the next item
    window, _player = clocked_window(store, clock)
    window.event_view.go_to(("programme",))
    before = [item.starts_at for item in programme_items(store, event_id)]
    qtbot.mouseClick(find(window, QPushButton, "shiftMinus5"), Qt.MouseButton.LeftButton)
    settle()
    assert "before the current one" in find(window, QLabel, "shiftError").text()
    assert [item.starts_at for item in programme_items(store, event_id)] == before


def test_the_plenary_timer_runs_on_the_same_mechanism(qtbot, programme):
    window, _store, _event_id, clock = programme
    panel = window.event_view.programme_page.timer_panel
    picker = window.event_view.programme_page.plenary_picker
    assert picker.currentText().endswith("Terugkoppeling eerste fases")  # the next plenary item
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    settle()
    clock.advance(60)
    panel.tick()
    assert panel.ring.text == "14:00"  # 12:15-12:30: a 15-minute item


def test_the_announcement_reaches_the_event(qtbot, programme):
    window, store, event_id, _clock = programme
    edit = find(window, QLineEdit, "announcementEdit")
    type_text(qtbot, edit, "Nog 5 minuten!")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert get_event(store, event_id).announcement == "Nog 5 minuten!"
    qtbot.mouseClick(find(window, QPushButton, "clearAnnouncementButton"), Qt.MouseButton.LeftButton)
    assert get_event(store, event_id).announcement == ""


def test_a_too_long_announcement_is_refused_with_a_message(qtbot, programme):
    window, store, event_id, _clock = programme
    edit = find(window, QLineEdit, "announcementEdit")
    edit.setText("x" * 150)
    qtbot.mouseClick(find(window, QPushButton, "announceButton"), Qt.MouseButton.LeftButton)
    assert find(window, QLabel, "announcementError").text() == "An announcement has at most 140 characters."
    assert get_event(store, event_id).announcement == ""


def test_the_beamer_shows_the_programme_then_a_team(qtbot, programme):
    window, store, event_id, clock = programme
    page = window.event_view.programme_page
    qtbot.mouseClick(find(window, QPushButton, "openBeamerButton"), Qt.MouseButton.LeftButton)
    beamer = window.event_view.beamer
    qtbot.addWidget(beamer.view)
    assert beamer.view.isVisible() and find(window, QPushButton, "openBeamerButton").text() == "Close the beamer view"
    frame = beamer.view.frame
    assert (frame.heading, frame.countdown, frame.clock) == ("Wat is het probleem?", "50:00", "10:50")
    assert frame.next_line == "Next at 11:40 · Het probleem definiëren"
    page.announcement_edit.setText("Nog 5 minuten!")
    page.announce()
    settle()
    assert beamer.view.frame.announcement == "Nog 5 minuten!"
    window.event_view.next()  # the team starts: brain dump
    settle()
    page.source_picker.setCurrentIndex(2)
    page.source_picker.activated.emit(2)
    frame = beamer.view.frame
    assert frame.heading == "Team 1 · Braindump: schrijf alles op" and frame.countdown == "5:00"
    assert frame.instruction.startswith("Schrijf individueel")
    assert frame.next_line == "Next: Clusteren"
    beamer.view.close()


def test_after_the_last_item_the_beamer_shows_the_time_of_day(qtbot, clocked_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    clock = FakeClock(datetime(2026, 3, 11, 17, 30, tzinfo=timezone.utc))  # 18:30, the borrel is on
    window, _player = clocked_window(store, clock)
    window.event_view.go_to(("programme",))
    beamer = window.event_view.beamer
    frame = beamer.frame(clock.now())
    assert (frame.heading, frame.countdown, frame.clock, frame.next_line) == ("Start borrel", "18:30", "", "")


def test_the_programme_list_shows_the_current_item(qtbot, programme):
    window, _store, _event_id, _clock = programme
    page = window.event_view.programme_page
    page.refresh_times()  # an unchanged programme keeps its list, and still knows its current row
    rows = find(window, QListWidget, "programmeList")
    qtbot.waitUntil(lambda: rows.visualItemRect(rows.item(4)).intersects(rows.viewport().rect()))
    assert page._current_row == 4


def test_escape_on_the_beamer_does_what_the_hint_says(qtbot, programme):
    """The hint under the button: "Esc: leave full screen, then close" (real key presses on the beamer)."""
    window, _store, _event_id, _clock = programme
    qtbot.mouseClick(find(window, QPushButton, "openBeamerButton"), Qt.MouseButton.LeftButton)
    view = window.event_view.beamer.view
    qtbot.addWidget(view)
    qtbot.waitUntil(view.isFullScreen)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isFullScreen())
    assert view.isVisible()  # the first Esc only leaves full screen
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    window.event_view.programme_page.refresh_times()
    assert find(window, QPushButton, "openBeamerButton").text() == "Open the beamer view"
