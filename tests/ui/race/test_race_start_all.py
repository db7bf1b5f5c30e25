"""The facilitator's start signal for every team from the programme page, the beamer's race, a count by hand."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox

from app.clock.clock import FakeClock
from app.clock.timers import Timers, next_part, timer_plan
from app.day.navigation import move_team
from app.event.teams import add_team, team_views
from app.race.rounds import Stage, position, race_plan
from app.race.start import false_start, start_race
from app.race.writing import add_idea
from tests.ui.conftest import find, settle
from ui.beamer.beamer_source import RACE

T0 = datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc)


def _at_race(store, template, *teams):
    for team in teams:
        move_team(store, team, "idea_race", template)


def test_one_click_starts_every_team_and_the_beamer_shows_the_race(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, None)
    _at_race(store, staatsprint_template, first, second)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceStartAllButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceStartResult").text() == "Started for 2 team(s)."
    timers, plan = Timers(store, clock), race_plan(staatsprint_template, "idea_race")
    assert [position(plan, timers.states(event_id, team), clock.now()).stage for team in (first, second)] == [Stage.ROUND] * 2
    beamer = window.event_view.beamer
    assert beamer.mode == RACE and find(window, QComboBox, "beamerSource").currentData() == RACE
    add_idea(timers, staatsprint_template, event_id, second, "idea_race", None, "Een loket")
    settle()
    clock.advance(60)
    frame = beamer.frame(clock.now())
    assert frame.heading == "Idea Race — Part 1" and frame.countdown == "4:00"
    assert [(bar.label, bar.count, bar.first) for bar in frame.bars] == [("Team 2", 1, True), ("Team 1", 0, False)]
    assert frame.instruction == "In the lead: Team 2"
    qtbot.mouseClick(find(window, QPushButton, "raceStartAllButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceStartResult").text() == "No team at the race is waiting at the start line."


def test_the_start_signal_leaves_teams_earlier_in_the_day_where_they_are_and_names_them(qtbot, clocked_window, event_with_team,
                                                                                      staatsprint_template):
    store, event_id, first = event_with_team
    second, third = add_team(store, event_id, None), add_team(store, event_id, None)
    _at_race(store, staatsprint_template, second)
    move_team(store, third, "theme_vote", staatsprint_template)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceStartAllButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "raceStartResult").text() == (
        "Started for 1 team(s). Not started: Team 1, Team 3 — they are not at the Idea Race yet.")
    timers, plan = Timers(store, clock), race_plan(staatsprint_template, "idea_race")
    assert [position(plan, timers.states(event_id, team), clock.now()).stage for team in (first, second, third)] == [
        Stage.START_LINE, Stage.ROUND, Stage.START_LINE]
    assert [team.current_step for team in team_views(store, event_id, staatsprint_template)] == [None, "idea_race", "theme_vote"]
    assert all(key[0] != "theme_vote" or state.started_at is None for key, state in timers.states(event_id, third).items())


def test_the_facilitator_enters_a_count_by_hand_and_the_beamer_marks_it(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, first = event_with_team
    clock = FakeClock(T0)
    start_race(Timers(store, clock), staatsprint_template, event_id, first, "idea_race")
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    window.event_view.programme_page._show_race()
    find(window, QSpinBox, "raceHandCount").setValue(17)
    qtbot.mouseClick(find(window, QPushButton, "raceHandButton"), Qt.MouseButton.LeftButton)
    settle()
    frame = window.event_view.beamer.frame(clock.now())
    assert [(bar.count, bar.mark, bar.short) for bar in frame.bars] == [(17, "entered by hand by the facilitator", "by hand")]


def test_a_false_start_for_the_room(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, first = event_with_team
    _at_race(store, staatsprint_template, first)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    for name in ("raceStartAllButton", "raceFalseStartAllButton"):
        qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
        settle()
    assert find(window, QLabel, "raceStartResult").text() == "1 team(s) back at the start line."
    plan = race_plan(staatsprint_template, "idea_race")
    assert position(plan, Timers(store, clock).states(event_id, first), clock.now()).stage is Stage.START_LINE


def test_the_beamer_names_the_winners_when_the_last_round_runs_out(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, None)
    _at_race(store, staatsprint_template, first, second)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceStartAllButton"), Qt.MouseButton.LeftButton)
    timers, plan = Timers(store, clock), timer_plan(staatsprint_template, "idea_race")
    for team in (first, second):
        add_idea(timers, staatsprint_template, event_id, team, "idea_race", None, "Idee")
        next_part(timers, event_id, team, "idea_race", plan)
        next_part(timers, event_id, team, "idea_race", plan)
    settle()
    beamer = window.event_view.beamer
    clock.advance(5 * 60 + 1)
    beamer.tick()
    assert beamer.frame(clock.now()).instruction == "A tie for first: Team 1, Team 2 each win 2 flip-over sheets!"


def _through_both_rounds(timers, template, event_id, team):
    plan = timer_plan(template, "idea_race")
    next_part(timers, event_id, team, "idea_race", plan)
    next_part(timers, event_id, team, "idea_race", plan)


def test_the_beamer_names_no_winner_while_a_team_is_back_at_the_start_line_then_the_final_ranking(
        qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, None)
    _at_race(store, staatsprint_template, first, second)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceStartAllButton"), Qt.MouseButton.LeftButton)
    timers = Timers(store, clock)
    false_start(timers, staatsprint_template, event_id, second, "idea_race")
    add_idea(timers, staatsprint_template, event_id, first, "idea_race", None, "Idee")
    _through_both_rounds(timers, staatsprint_template, event_id, first)
    settle()
    beamer = window.event_view.beamer
    clock.advance(5 * 60 + 1)  # the first team's last round has run out
    beamer.tick()
    frame = beamer.frame(clock.now())
    assert (frame.heading, frame.countdown, frame.instruction) == ("Idea Race", None, "In the lead: Team 1")
    start_race(timers, staatsprint_template, event_id, second, "idea_race")
    _through_both_rounds(timers, staatsprint_template, event_id, second)
    settle()
    clock.advance(5 * 60 + 1)
    beamer.tick()
    frame = beamer.frame(clock.now())
    assert (frame.heading, frame.countdown) == ("Idea Race — Final ranking", None)
    assert frame.instruction == "Team 1 wins 2 flip-over sheets!"


def test_the_beamer_follows_the_most_advanced_running_round(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, None)
    _at_race(store, staatsprint_template, first, second)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    window.event_view.go_to(("programme",))
    settle()
    qtbot.mouseClick(find(window, QPushButton, "raceStartAllButton"), Qt.MouseButton.LeftButton)
    clock.advance(60)
    _through_both_rounds(Timers(store, clock), staatsprint_template, event_id, second)  # the second team is in round 2
    settle()
    clock.advance(30)
    beamer = window.event_view.beamer
    beamer.tick()
    frame = beamer.frame(clock.now())
    assert (frame.heading, frame.countdown) == ("Idea Race — Part 2", "4:30")
