"""A theme kept by the captain's tie-break says so on the phase gate too, in the team's language."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.board.board import add_cluster
from app.day.navigation import move_team
from app.event.teams import add_member, set_role
from app.voting.vote_step import decide, reveal
from app.voting.voting import cast
from tests.ui.conftest import find, settle


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
