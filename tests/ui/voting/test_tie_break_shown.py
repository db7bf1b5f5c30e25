"""A theme kept by the captain's tie-break says so on the phase gate too, in the team's language."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.board.board import add_cluster
from app.day.navigation import move_team
from app.day.privacy import set_anonymous
from app.event.teams import add_member, set_role
from app.outcomes.problem_statement import winning_theme
from app.voting.selection import kept_items
from app.voting.vote_step import decide, reveal
from app.voting.voting import cast
from tests.ui.conftest import find, settle
from ui.outcomes.problem_statement_page import theme_lines


def test_the_gate_says_who_broke_the_theme_tie(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    set_role(store, team_id, "captain", bram, staatsprint_template)
    one, two = (add_cluster(store, team_id, "themes", name, (0, 0, 1, 1)) for name in ("Eén keer vragen", "Samen inkopen"))
    step = staatsprint_template.step("theme_vote")
    for voter, target in ((anna, one), (bram, two)):
        cast(store, step.rules, team_id, step.key, voter, target)
    reveal(store, event_id, team_id, step, datetime(2026, 3, 11, 12, tzinfo=timezone.utc))
    decide(store, staatsprint_template, team_id, step, [two], bram)
    move_team(store, team_id, "problem_statement", staatsprint_template)
    window = open_window(store, "nl", translated=True)
    settle()
    qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    settle()
    assert window.event_view.place == ("gate", "definieren")
    shown = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "Samen inkopen — gelijke stand beslist door Bram" in shown


def test_an_anonymous_theme_vote_names_the_role_not_the_captain(qtbot, open_window, event_with_team, staatsprint_template):
    """In an anonymous step the tie-break says who by role ("the team captain"), never by name:
    on the vote page, the phase gate, the problem statement's theme line (and so the beamer's)."""
    store, event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    set_role(store, team_id, "captain", bram, staatsprint_template)
    set_anonymous(store, staatsprint_template, event_id, team_id, "theme_vote", True)
    one, two = (add_cluster(store, team_id, "themes", name, (0, 0, 1, 1)) for name in ("Eén keer vragen", "Samen inkopen"))
    step = staatsprint_template.step("theme_vote")
    for voter, target in ((anna, one), (bram, two)):
        cast(store, step.rules, team_id, step.key, voter, target)
    reveal(store, event_id, team_id, step, datetime(2026, 3, 11, 12, tzinfo=timezone.utc))
    decide(store, staatsprint_template, team_id, step, [two], bram)
    item = kept_items(store, staatsprint_template, event_id, team_id, step)[0]
    assert (item.decided_by_name, item.decided_by_role) == ("", "captain")
    theme = winning_theme(store, staatsprint_template, event_id, team_id, "problem_statement")
    assert (theme.decided_by_name, theme.decided_by_role) == ("", "captain")
    assert theme_lines(theme)[2] == "chosen by the team captain on a tie"
    move_team(store, team_id, "theme_vote", staatsprint_template)
    window = open_window(store)
    settle()
    assert find(window, QLabel, f"kept_{two}").text() == "1. Samen inkopen — tie broken by the teamcaptain"
    move_team(store, team_id, "problem_statement", staatsprint_template)
    settle()
    assert find(window, QLabel, "themeTieBreak").text() == "chosen by the team captain on a tie"
    qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    settle()
    shown = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "Samen inkopen — tie broken by the teamcaptain" in shown and "Bram" not in shown
