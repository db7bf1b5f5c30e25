"""The race page by keyboard: the typing lands in the idea field when a round starts or resumes,
Tab reaches who writes, a false start asks first, and every Tab stop shows its focus."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from app.clock.clock import FakeClock
from app.clock.timers import Timers, next_part, timer_plan
from app.day.navigation import move_team
from app.event.teams import add_member
from app.race.writing import add_idea
from tests.ui.conftest import find, settle

T0 = datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc)


@pytest.fixture
def race(clocked_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in ("Anna de Vries", "Bram Smit")]
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    settle()
    return window, store, event_id, team_id, members, clock


def _page(window):
    return window.event_view.step_page.work_area.surface("race")


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, key, modifier)
    settle()


def _start(qtbot, window):
    _press(qtbot, find(window, QPushButton, "raceStartButton"), Qt.Key.Key_Space)


def test_resuming_by_the_timer_button_puts_the_typing_in_the_field(qtbot, race):
    window, *_rest = race
    _start(qtbot, window)
    toggle = find(window.event_view.step_page.compact_timer, QPushButton, "timerToggle")
    _press(qtbot, toggle, Qt.Key.Key_Space)  # Pause
    assert toggle.text() == "Resume"
    _press(qtbot, toggle, Qt.Key.Key_Space)  # Resume
    field = find(window, QLineEdit, "raceIdeaInput")
    assert field.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the first space of an idea
    settle()
    assert toggle.text() == "Pause" and field.text() == " "


def test_next_part_starts_round_2_with_the_focus_in_the_field_that_stays_put(qtbot, race, staatsprint_template):
    window, store, event_id, team_id, _members, clock = race
    _start(qtbot, window)
    field = find(window, QLineEdit, "raceIdeaInput")
    top = field.mapTo(window, field.rect().topLeft()).y()
    next_part(Timers(store, clock), event_id, team_id, "idea_race", timer_plan(staatsprint_template, "idea_race"))  # half-time
    settle()
    button = find(window, QPushButton, "timerNextPart")
    _press(qtbot, button, Qt.Key.Key_Space)  # "Next: Part 2"
    assert "Part 2: write!" in find(window, QLabel, "raceStage").text()
    assert field.hasFocus()
    assert field.mapTo(window, field.rect().topLeft()).y() == top


def test_choosing_the_race_in_the_list_of_steps_mid_round_puts_the_focus_in_the_field(qtbot, race):
    window, *_rest = race
    _start(qtbot, window)
    navigator = window.event_view.navigator
    for place in (("programme",), ("step", "idea_race"), ("step", "braindump"), ("step", "idea_race")):
        item = navigator.item_for(place)
        navigator.scrollToItem(item)
        navigator.setFocus()
        qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=navigator.visualItemRect(item).center())
        settle()
        if place[-1] == "idea_race":  # from another page, and from another step's surface
            assert find(window, QLineEdit, "raceIdeaInput").hasFocus(), QApplication.focusWidget()


def test_tab_reaches_who_writes_and_every_stop_shows_its_focus(qtbot, race):
    window, _store, _event_id, _team_id, (anna, bram), _clock = race
    _start(qtbot, window)
    page = _page(window)
    field = find(window, QLineEdit, "raceIdeaInput")
    _press(qtbot, field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is find(window, QPushButton, f"raceAuthor_{bram}")
    _press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.author_id == bram
    visited = []
    _press(qtbot, field, Qt.Key.Key_Tab)
    while page.isAncestorOf(QApplication.focusWidget()) and len(visited) < 20:
        visited.append(QApplication.focusWidget())
        _press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
    # Buttons, fields, pickers and spin boxes draw a focus border (the style sheet); a scroll area does not.
    assert visited and all(isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)) for w in visited), visited


def test_a_false_start_asks_first_and_no_keeps_the_round(qtbot, race, monkeypatch):
    window, store, event_id, team_id, (anna, _bram), clock = race
    _start(qtbot, window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append((args[2], args[4])) or QMessageBox.StandardButton.No)
    _press(qtbot, find(window, QPushButton, "raceFalseStartButton"), Qt.Key.Key_Space)
    assert len(asked) == 1 and asked[0][1] == QMessageBox.StandardButton.No  # No is the default
    assert "write!" in find(window, QLabel, "raceStage").text()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    _press(qtbot, find(window, QPushButton, "raceFalseStartButton"), Qt.Key.Key_Space)
    assert "start line" in find(window, QLabel, "raceStage").text()


def test_after_the_race_the_winner_leads_without_the_round_1_line(qtbot, race, staatsprint_template):
    window, store, event_id, team_id, (anna, _bram), clock = race
    _start(qtbot, window)
    timers, plan = Timers(store, clock), timer_plan(staatsprint_template, "idea_race")
    add_idea(timers, staatsprint_template, event_id, team_id, "idea_race", anna, "Eerste")
    next_part(timers, event_id, team_id, "idea_race", plan)
    next_part(timers, event_id, team_id, "idea_race", plan)
    add_idea(timers, staatsprint_template, event_id, team_id, "idea_race", anna, "Tweede")
    settle()
    first_round = find(window, QLabel, "raceFirstRound")
    assert first_round.isVisible() and first_round.text().startswith("After Part 1")  # in round 2 it is news
    clock.advance(10 * 60 + 1)
    _page(window)._on_tick()
    assert find(window, QLabel, "raceLeaderboardTitle").text() == "Final ranking"
    assert not first_round.isVisible()
