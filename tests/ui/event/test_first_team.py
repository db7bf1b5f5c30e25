"""A new event has no team yet: the team page says so and makes the first one, keeping its typed name."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

from app.event.events import create_event, list_events
from app.event.teams import team_views
from app.paths import template_path
from tests.ui.conftest import find, settle
from tests.ui.modal import answer_modal


def typed(qtbot, text: str) -> None:
    """Keys to whatever has the focus, as a person types without looking where the cursor is."""
    for char in text:
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the focus"
        qtbot.keyClick(focused, char)


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def no_team(qtbot, open_window, sqlite_store):
    event_id = create_event(sqlite_store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    return active(qtbot, open_window(sqlite_store)), sqlite_store, event_id


def test_file_new_event_opens_on_an_empty_state_that_makes_the_first_team_with_the_typed_name(qtbot, open_window, sqlite_store, staatsprint_template):
    window = active(qtbot, open_window(sqlite_store))
    seen = []
    answer_modal("newEventDialog", lambda dialog: qtbot.mouseClick(dialog.findChild(QPushButton, "createEventOk"), Qt.MouseButton.LeftButton), seen)
    qtbot.mouseClick(find(window, QPushButton, "createEventButton"), Qt.MouseButton.LeftButton)
    settle()
    (event,) = list_events(sqlite_store)
    assert find(window, QLabel, "teamTitle").text() == "No team yet: make the first team"
    assert not find(window, QLineEdit, "teamNameEdit").isVisible()  # no form that saves nowhere
    assert window.event_view.team_picker.currentText() == "" and window.event_view.team_picker.placeholderText() == "no team yet"
    first = find(window, QLineEdit, "firstTeamNameEdit")
    active(qtbot, window)  # the window manager gives the window back its focus when the dialog has gone
    assert first.hasFocus()
    typed(qtbot, "Team Zonder")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(window, QPushButton, "firstTeamButton")
    assert first.text() == "Team Zonder" and team_views(sqlite_store, event.id, staatsprint_template) == []  # Tab makes nothing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    settle()
    (team,) = team_views(sqlite_store, event.id, staatsprint_template)
    assert team.name == "Team Zonder"
    assert find(window, QLineEdit, "teamNameEdit").text() == "Team Zonder"
    assert find(window, QLabel, "teamTitle").text() == "Team Zonder"
    assert QApplication.focusWidget() is find(window, QComboBox, "challengePicker")  # the next field


def test_enter_in_the_first_name_makes_the_team(qtbot, no_team, staatsprint_template):
    window, store, event_id = no_team
    typed(qtbot, "De Koplopers")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    assert [t.name for t in team_views(store, event_id, staatsprint_template)] == ["De Koplopers"]
    assert QApplication.focusWidget() is find(window, QComboBox, "challengePicker")


def test_the_header_button_keeps_a_name_typed_for_the_first_team(qtbot, no_team, staatsprint_template):
    window, store, event_id = no_team
    typed(qtbot, "Team Zonder")
    qtbot.mouseClick(find(window, QPushButton, "addTeamButton"), Qt.MouseButton.LeftButton)
    settle()
    assert [t.name for t in team_views(store, event_id, staatsprint_template)] == ["Team Zonder"]
    assert find(window, QLabel, "teamTitle").text() == "Team Zonder"


def test_closing_the_window_keeps_a_name_typed_for_the_first_team(qtbot, no_team, staatsprint_template):
    window, store, event_id = no_team
    typed(qtbot, "Laat getypt")
    window.close()
    assert [t.name for t in team_views(store, event_id, staatsprint_template)] == ["Laat getypt"]


def test_an_empty_first_name_makes_team_1_and_says_so(qtbot, no_team, staatsprint_template):
    window, store, event_id = no_team
    assert "“Team 1”" in find(window, QLineEdit, "firstTeamNameEdit").placeholderText()
    qtbot.mouseClick(find(window, QPushButton, "firstTeamButton"), Qt.MouseButton.LeftButton)
    settle()
    assert [(t.number, t.name) for t in team_views(store, event_id, staatsprint_template)] == [(1, None)]
    assert find(window, QLabel, "teamTitle").text() == "Team 1"


def test_a_too_long_first_name_is_refused_kept_and_nothing_is_made(qtbot, no_team, staatsprint_template):
    window, store, event_id = no_team
    first = find(window, QLineEdit, "firstTeamNameEdit")
    first.setText("x" * 81)  # typing is not the point
    qtbot.keyClick(first, Qt.Key.Key_Return)
    settle()
    assert find(window, QLabel, "firstTeamError").text() == "A team name can have at most 80 characters."
    assert team_views(store, event_id, staatsprint_template) == []
    assert first.isVisible() and first.text() == "x" * 81 and first.hasFocus()


def test_the_team_name_field_says_the_default_name_until_one_is_typed(qtbot, open_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    name = find(window, QLineEdit, "teamNameEdit")
    assert find(window, QLabel, "teamTitle").text() == "Team 1" and name.text() == ""
    assert "“Team 1”" in name.placeholderText() and "“Team 1”" in name.accessibleDescription()


def test_tab_from_the_team_name_saves_it_and_goes_to_the_challenge(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, _team_id = event_with_team
    window = active(qtbot, open_window(store))
    name = find(window, QLineEdit, "teamNameEdit")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    typed(qtbot, "Team Zonder")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    settle()
    assert [t.name for t in team_views(store, event_id, staatsprint_template)] == ["Team Zonder"]
    assert name.text() == "Team Zonder" and QApplication.focusWidget() is find(window, QComboBox, "challengePicker")
