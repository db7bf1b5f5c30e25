"""One team through the Idea Race by keyboard and mouse, on a fake clock."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox
from sqlmodel import select

from app.clock.clock import FakeClock
from app.clock.timers import Timers, next_part, timer_plan
from app.day.navigation import move_team
from app.day.privacy import set_anonymous
from app.event.teams import add_member, add_team
from app.race.writing import add_idea
from db.models import Note, RaceCount
from tests.ui.conftest import find, settle, type_text

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


def _notes(store):
    with store.read() as session:
        return [(n.text, n.author_id, n.part_key) for n in session.exec(select(Note).order_by(Note.id)).all()]


def _press(qtbot, widget, key):
    widget.setFocus()
    qtbot.keyClick(widget, key)
    settle()


def test_nothing_is_written_before_the_start_signal(qtbot, race):
    window, store, *_ = race
    assert "start line" in find(window, QLabel, "raceStage").text()
    field = find(window, QLineEdit, "raceIdeaInput")
    type_text(qtbot, field, "Te vroeg")
    _press(qtbot, field, Qt.Key.Key_Return)
    assert find(window, QLabel, "raceError").text().startswith("The race has not started")
    assert field.text() == "Te vroeg" and _notes(store) == []


def test_a_team_races_two_rounds_and_its_row_and_count_grow(qtbot, race):
    window, store, event_id, team_id, (anna, bram), clock = race
    page = window.event_view.step_page.work_area.surface("race")
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceStage").text().startswith("Part 1: write!")
    field = find(window, QLineEdit, "raceIdeaInput")
    assert field.hasFocus()
    for text in ("Loket op wielen", "Eén formulier"):
        type_text(qtbot, field, text)
        _press(qtbot, field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Bram writes now
    settle()
    type_text(qtbot, field, "Chat met de gemeente")
    _press(qtbot, field, Qt.Key.Key_Return)
    _press(qtbot, field, Qt.Key.Key_Return)  # an empty idea
    assert find(window, QLabel, "raceError").text().startswith("An empty idea is not written")
    assert [card.text for card in page.track.cards] == ["Loket op wielen", "Eén formulier", "Chat met de gemeente"]
    assert find(window, QLabel, "raceCount").text() == "3 ideas"
    assert find(window, QLabel, "raceMembers").text() == "Per member: Anna de Vries 2 · Bram Smit 1"
    clock.advance(5 * 60 + 5)  # round 1 runs over
    page._on_tick()
    assert "time is up" in find(window, QLabel, "raceStage").text()
    type_text(qtbot, field, "Na het fluitsignaal")
    _press(qtbot, field, Qt.Key.Key_Return)
    assert find(window, QLabel, "raceCount").text() == "3 ideas"
    assert find(window, QLabel, "raceUncounted").text().startswith("1 written outside")
    assert page.track.cards[-1].tag == "not counted"
    assert [key for *_rest, key in _notes(store)] == ["round1", "round1", "round1", ""]
    assert find(window, QLabel, "raceHeadline").text() == "In the lead: Team 1"
    assert page.leaderboard.chart.bars[0].count == 3 and not find(window, QLabel, "raceFirstRound").isVisible()


def test_the_scribe_types_paper_ideas_in_and_the_captain_enters_a_count(qtbot, race):
    window, store, event_id, team_id, (anna, _bram), clock = race
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    qtbot.mouseClick(find(window, QPushButton, "racePaperButton"), Qt.MouseButton.LeftButton)
    settle()
    typed = find(window, QLineEdit, "raceTypedInput")
    type_text(qtbot, typed, "Van papier")
    _press(qtbot, typed, Qt.Key.Key_Return)
    assert _notes(store) == [("Van papier", anna, "round1:typed")]
    assert "typed in afterwards" in find(window, QLabel, "raceRounds").text()
    spin = find(window, QSpinBox, "raceCountSpin")
    spin.setValue(14)
    qtbot.mouseClick(find(window, QPushButton, "raceCountButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceCount").text() == "14 ideas"
    assert "(count entered by the captain" in find(window, QLabel, "raceStandings").text()
    with store.read() as session:
        assert [(r.part_key, r.count, r.entered_by) for r in session.exec(select(RaceCount)).all()] == [("round1", 14, "captain")]


def test_a_false_start_goes_back_to_the_line(qtbot, race, monkeypatch):
    window, store, *_rest, clock = race
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)  # "Back to the line?" Yes
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    clock.advance(3)
    qtbot.mouseClick(find(window, QPushButton, "raceFalseStartButton"), Qt.MouseButton.LeftButton)
    settle()
    assert "start line" in find(window, QLabel, "raceStage").text()
    assert find(window, QPushButton, "raceStartButton").isVisible()


def test_an_anonymous_race_shows_counts_per_member_without_names(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna de Vries", "Bram Smit"))
    add_team(store, event_id, None)  # a second team on the leaderboard
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    timers = Timers(store, clock)
    for author in (anna, bram, bram):
        add_idea(timers, staatsprint_template, event_id, team_id, "idea_race", author, "Idee")
    settle()
    page = window.event_view.step_page.work_area.surface("race")
    assert find(window, QLabel, "raceMembers").text() == "Per member: 2 · 1"
    assert all(card.tag == "" for card in page.track.cards)
    standings = find(window, QLabel, "raceStandings").text()
    assert "Anna" not in standings and "Bram" not in standings and "Team 2 — 0" in standings


def test_when_round_2_runs_out_the_winner_is_named_without_any_change(qtbot, race, staatsprint_template):
    window, store, event_id, team_id, (anna, _bram), clock = race
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    timers, plan = Timers(store, clock), timer_plan(staatsprint_template, "idea_race")
    add_idea(timers, staatsprint_template, event_id, team_id, "idea_race", anna, "Een idee")
    next_part(timers, event_id, team_id, "idea_race", plan)
    next_part(timers, event_id, team_id, "idea_race", plan)
    settle()
    page = window.event_view.step_page.work_area.surface("race")
    assert find(window, QLabel, "raceHeadline").text() == "In the lead: Team 1"
    clock.advance(5 * 60 + 1)
    page._on_tick()
    assert find(window, QLabel, "raceHeadline").text() == "Team 1 wins 2 flip-over sheets!"
    assert find(window, QLabel, "raceLeaderboardTitle").text() == "Final ranking"


def test_on_a_member_s_own_laptop_only_they_write(qtbot, clocked_window, event_with_team, staatsprint_template, prefs):
    store, event_id, team_id = event_with_team
    _anna, bram = (add_member(store, team_id, name) for name in ("Anna de Vries", "Bram Smit"))
    move_team(store, team_id, "idea_race", staatsprint_template)
    prefs.set("identity", bram)  # "Ik ben: Bram"
    window, _player = clocked_window(store, FakeClock(T0), lang="en")
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    page = window.event_view.step_page.work_area.surface("race")
    assert [button.objectName() for button in page.findChildren(QPushButton) if button.objectName().startswith("raceAuthor_") and not button.isHidden()] == [f"raceAuthor_{bram}"]
    field = find(window, QLineEdit, "raceIdeaInput")
    type_text(qtbot, field, "Mijn idee")
    _press(qtbot, field, Qt.Key.Key_Return)
    _press(qtbot, field, Qt.Key.Key_Return)  # empty: refused, nothing written
    assert _notes(store) == [("Mijn idee", bram, "round1")]


def test_the_team_s_own_start_at_another_step_moves_it_to_the_race_and_the_timer_follows(qtbot, clocked_window, event_with_team,
                                                                                          staatsprint_template):
    store, event_id, team_id = event_with_team
    move_team(store, team_id, "theme_vote", staatsprint_template)
    window, _player = clocked_window(store, FakeClock(T0), lang="en")
    view = window.event_view
    view.go_to(("step", "idea_race"))  # read while the team is at the theme vote
    settle()
    assert view.active_timer().title_label.text().startswith("Timer: ")
    qtbot.mouseClick(find(window, QPushButton, "raceStartButton"), Qt.MouseButton.LeftButton)
    settle()
    assert view.current_team().current_step == "idea_race"
    panel = view.active_timer()
    assert "Timer:" not in panel.title_label.text() and panel.ring.text == "5:00"
