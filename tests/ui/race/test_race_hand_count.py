"""A count entered by hand: only for a round the team has run on paper, on the facilitator's card and on the
team's paper panel; the card takes it back and shows each team's own count."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox
from sqlmodel import select

from app.clock.clock import FakeClock
from app.clock.timers import Timers
from app.day.navigation import move_team
from app.event.teams import add_team
from app.race.standings import event_counts
from app.race.start import start_race
from app.race.writing import add_idea
from db.models import RaceCount
from tests.ui.conftest import find, settle

T0 = datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc)


def _counts(store):
    with store.read() as session:
        return [(r.team_id, r.part_key, r.count) for r in session.exec(select(RaceCount).order_by(RaceCount.id)).all()]


def _card(qtbot, clocked_window, store, clock):
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    return window


def _enter(qtbot, window, count=None):
    if count is not None:
        find(window, QSpinBox, "raceHandCount").setValue(count)
    qtbot.mouseClick(find(window, QPushButton, "raceHandButton"), Qt.MouseButton.LeftButton)
    settle()


def test_the_card_refuses_a_count_for_a_team_that_has_not_started(qtbot, clocked_window, event_with_team):
    store, event_id, first = event_with_team
    window = _card(qtbot, clocked_window, store, FakeClock(T0))
    _enter(qtbot, window, 5)
    assert find(window, QLabel, "raceStartResult").text() == (
        "This round has not run yet for this team: enter its count once it has. Nothing was changed.")
    assert _counts(store) == []


def test_the_card_refuses_a_count_for_a_team_that_writes_live_and_its_ideas_keep_counting(qtbot, clocked_window, event_with_team,
                                                                                          staatsprint_template):
    store, event_id, first = event_with_team
    clock = FakeClock(T0)
    timers = Timers(store, clock)
    start_race(timers, staatsprint_template, event_id, first, "idea_race")
    add_idea(timers, staatsprint_template, event_id, first, "idea_race", None, "Een loket")
    window = _card(qtbot, clocked_window, store, clock)
    _enter(qtbot, window)  # one click with the default 0
    assert find(window, QLabel, "raceStartResult").text().startswith("This team wrote its ideas live in this round")
    assert _counts(store) == []
    assert event_counts(store, staatsprint_template, event_id, "idea_race", clock.now())[0].total == 1


def test_the_card_takes_a_count_back_and_shows_each_team_its_own_count(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, None)
    clock = FakeClock(T0)
    timers = Timers(store, clock)
    for team in (first, second):
        start_race(timers, staatsprint_template, event_id, team, "idea_race")
    window = _card(qtbot, clocked_window, store, clock)
    _enter(qtbot, window, 7)
    assert _counts(store) == [(first, "round1", 7)]
    picker, spin = find(window, QComboBox, "raceHandTeam"), find(window, QSpinBox, "raceHandCount")
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    settle()
    assert picker.currentData() == second and spin.value() == 0  # nothing carried over to another team
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    settle()
    assert spin.value() == 7
    qtbot.mouseClick(find(window, QPushButton, "raceHandClearButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceStartResult").text() == "Count by hand taken back: the round counts its ideas again."
    assert _counts(store) == [] and spin.value() == 0


def _paper_page(qtbot, clocked_window, store, event_id, team_id, template, clock):
    move_team(store, team_id, "idea_race", template)
    window, _player = clocked_window(store, clock, lang="en")
    settle()
    qtbot.mouseClick(find(window, QPushButton, "racePaperButton"), Qt.MouseButton.LeftButton)
    settle()
    return window


def test_the_captain_s_count_for_a_round_still_to_come_is_refused(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    clock = FakeClock(T0)
    window = _paper_page(qtbot, clocked_window, store, event_id, team_id, staatsprint_template, clock)
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    rounds = find(window, QComboBox, "racePaperRound")
    rounds.setFocus()
    qtbot.keyClick(rounds, Qt.Key.Key_Down)  # round 2: not run yet
    find(window, QSpinBox, "raceCountSpin").setValue(9)
    qtbot.mouseClick(find(window, QPushButton, "raceCountButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceError").text() == (
        "This round has not run yet for this team: enter its count once it has. Nothing was changed.")
    assert _counts(store) == []


def test_one_click_on_the_count_while_the_team_types_does_not_freeze_it_at_0(qtbot, clocked_window, event_with_team,
                                                                            staatsprint_template):
    store, event_id, team_id = event_with_team
    clock = FakeClock(T0)
    window = _paper_page(qtbot, clocked_window, store, event_id, team_id, staatsprint_template, clock)
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    add_idea(Timers(store, clock), staatsprint_template, event_id, team_id, "idea_race", None, "Een loket")
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceCountButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceError").text().startswith("This team wrote its ideas live in this round")
    assert _counts(store) == [] and find(window, QLabel, "raceCount").text() == "1 idea"


def test_the_paper_count_typed_for_one_team_is_not_carried_over_to_another(qtbot, clocked_window, event_with_team,
                                                                            staatsprint_template):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, None)
    move_team(store, second, "idea_race", staatsprint_template)
    window = _paper_page(qtbot, clocked_window, store, event_id, first, staatsprint_template, FakeClock(T0))
    find(window, QSpinBox, "raceCountSpin").setValue(30)  # typed, never entered
    window.event_view.choose_team(second)  # the header's team picker
    settle()
    assert window.event_view.current_team().id == second
    assert find(window, QSpinBox, "raceCountSpin").value() == 0 and _counts(store) == []
