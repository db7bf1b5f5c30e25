"""The race at 1366 × 768 in Dutch, with the list of steps open: the timer strip of a step in parts
(its "Next: …" button added) never squeezes a button below its text."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.clock.clock import FakeClock
from app.clock.timers import Timers
from app.day.navigation import move_team
from app.event.teams import add_member
from app.race.start import start_race
from tests.ui.conftest import settle
from ui.common.i18n import install_language, remove_language
from ui.common.theme import THEMES, stylesheet


@pytest.fixture
def app_look():
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(THEMES["light"]))
    install_language(app, "nl")
    yield
    remove_language(app)
    app.setStyleSheet("")


def test_no_timer_button_is_squeezed_in_round_1(clocked_window, event_with_team, staatsprint_template, app_look):
    store, event_id, team_id = event_with_team
    for name in ("Karin Bakker", "Youssef El Amrani", "Anouk Timmers", "Piotr Kowalski", "Sanne de Vries"):
        add_member(store, team_id, name)
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc))
    start_race(Timers(store, clock), staatsprint_template, event_id, team_id, "idea_race")
    window, _player = clocked_window(store, clock)
    settle()
    assert window.event_view.navigator.isVisible()
    panel = window.event_view.step_page.compact_timer
    shown = [button for button in panel.findChildren(QPushButton) if button.isVisible()]
    assert "timerNextPart" in {button.objectName() for button in shown}
    assert all(button.width() >= button.sizeHint().width() for button in shown), [(b.objectName(), b.width(), b.sizeHint().width()) for b in shown]


def test_the_leaderboard_of_nine_teams_never_draws_its_words_over_its_chart(clocked_window, event_with_team, staatsprint_template, app_look):
    """Nine teams at 1366 × 768: the counts in words scrolled under the chart instead of overlapping it."""
    from app.event.teams import add_team
    from PySide6.QtWidgets import QLabel

    store, event_id, team_id = event_with_team
    for _ in range(8):
        add_team(store, event_id, None)
    add_member(store, team_id, "Karin Bakker")
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc))
    start_race(Timers(store, clock), staatsprint_template, event_id, team_id, "idea_race")
    window, _player = clocked_window(store, clock)
    window.resize(1366, 768)
    settle()
    panel = window.event_view.step_page.work_area.surface("race").leaderboard
    words = panel.findChild(QLabel, "raceStandings")
    chart_bottom = panel.chart.mapTo(panel, panel.chart.rect().bottomLeft()).y()
    words_top = words.mapTo(panel, words.rect().topLeft()).y()
    assert panel.chart.isVisible() and words_top > chart_bottom


def test_the_idea_field_stays_put_from_round_1_to_round_2_in_dutch(qtbot, clocked_window, event_with_team, staatsprint_template, app_look):
    """The stage's words and the strip's "Volgende: …" come and go between the rounds: the field does not jump."""
    from app.clock.timers import next_part, timer_plan
    from PySide6.QtWidgets import QLineEdit

    store, event_id, team_id = event_with_team
    for name in ("Karin Bakker", "Youssef El Amrani", "Anouk Timmers", "Piotr Kowalski"):
        add_member(store, team_id, name)
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc))
    timers = Timers(store, clock)
    start_race(timers, staatsprint_template, event_id, team_id, "idea_race")
    window, _player = clocked_window(store, clock)
    settle()
    field = window.findChild(QLineEdit, "raceIdeaInput")
    top = field.mapTo(window, field.rect().topLeft()).y()
    for _ in range(2):  # half-time, then round 2
        next_part(timers, event_id, team_id, "idea_race", timer_plan(staatsprint_template, "idea_race"))
        settle()
    assert window.findChild(QPushButton, "timerNextPart").isHidden()
    assert field.mapTo(window, field.rect().topLeft()).y() == top


def test_the_strip_names_the_part_whole_and_keeps_its_status_on_one_line(qtbot, clocked_window, event_with_team, staatsprint_template, app_look):
    """Round 2 over time at 1366 × 768 with the list of steps open: "Deel 2 (3 van 3)", never "Deel 3 van …",
    and "+0:38 over tijd — …" one line, cut short with the whole text in its tooltip."""
    from app.clock.timers import next_part, timer_plan
    from PySide6.QtWidgets import QLabel

    store, event_id, team_id = event_with_team
    add_member(store, team_id, "Karin Bakker")
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc))
    timers = Timers(store, clock)
    start_race(timers, staatsprint_template, event_id, team_id, "idea_race")
    window, _player = clocked_window(store, clock)
    settle()
    panel = window.event_view.step_page.compact_timer
    title, status = panel.findChild(QLabel, "timerTitle"), panel.findChild(QLabel, "timerStatus")
    for _ in range(2):
        next_part(timers, event_id, team_id, "idea_race", timer_plan(staatsprint_template, "idea_race"))
    settle()
    height = panel.height()
    clock.advance(5 * 60 + 38)
    panel.tick()
    settle()
    assert window.event_view.navigator.isVisible() and panel.height() == height  # the long text pushes nothing
    assert title.text() == "Deel 2 (3 van 3)" and not title.is_elided()
    assert status.text().startswith("+0:38 over tijd")
    assert not status.wordWrap() and status.sizeHint().height() < 2 * status.fontMetrics().lineSpacing()
    assert status.toolTip() == (status.text() if status.is_elided() else "")


def test_the_paper_panel_shows_every_control_readable(qtbot, clocked_window, event_with_team, staatsprint_template, app_look):
    """"Eén teamlaptop: op papier geracet?" at 1366 × 768: the field wide enough to type in, no button cut."""
    from PySide6.QtWidgets import QLineEdit

    store, event_id, team_id = event_with_team
    add_member(store, team_id, "Karin Bakker")
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc))
    window, _player = clocked_window(store, clock)
    settle()
    paper = window.findChild(QPushButton, "racePaperButton")
    paper.setFocus()
    qtbot.keyClick(paper, Qt.Key.Key_Space)
    settle()
    panel = window.event_view.step_page.work_area.surface("race").paper
    assert panel.isVisible()
    assert panel.findChild(QLineEdit, "raceTypedInput").width() >= 240
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 2 and all(b.width() >= b.sizeHint().width() for b in buttons), [(b.text(), b.width(), b.sizeHint().width()) for b in buttons]
