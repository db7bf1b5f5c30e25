"""Voting by turns on one laptop, the reveal with its chart, and the captain's tie-break."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.board import add_cluster
from app.knelpunten import add_knelpunt
from app.navigation import move_team
from app.teams import add_member, set_role
from app.voting import ballots
from tests.ui.conftest import find, settle


def click(qtbot, window, name, times=1):
    for _ in range(times):
        qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
        settle()


@pytest.fixture
def dot_vote(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in ("Anna", "Bram", "Cas")]
    knelpunten = [add_knelpunt(store, team_id, title) for title in ("Inkoop apart", "Data in kokers")]
    move_team(store, team_id, "dot_vote", staatsprint_template)
    window = open_window(store)
    settle()
    return window, store, team_id, members, knelpunten


def test_three_members_vote_by_turns_and_the_tally_is_right(qtbot, dot_vote):
    window, store, team_id, (anna, bram, cas), (inkoop, data) = dot_vote
    page = window.event_view.step_page.work_area.surface("vote")
    assert page.isVisible() and find(window, QLabel, "dotsLeft").text() == "Anna: 10 of 10 dots left"
    click(qtbot, window, f"dotPlus_{inkoop}", 6)
    click(qtbot, window, f"dotPlus_{data}", 4)
    click(qtbot, window, f"dotPlus_{data}")  # an eleventh dot
    assert find(window, QLabel, "voteError").text().startswith("All 10 dots are placed")
    click(qtbot, window, "nextVoterButton")
    assert find(window, QLabel, "dotsLeft").text() == "Bram: 10 of 10 dots left"
    assert find(window, QLabel, f"dots_{inkoop}").text() == ""  # Anna's dots are hidden from Bram
    click(qtbot, window, f"dotPlus_{data}", 10)
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{inkoop}", 3)
    click(qtbot, window, f"dotMinus_{inkoop}")
    assert find(window, QLabel, f"dots_{inkoop}").text() == "●●"
    assert page.chart is None  # no chart before the reveal
    click(qtbot, window, "revealButton")
    assert find(window, QLabel, f"dots_{data}").text() == "●" * 14
    assert find(window, QLabel, f"dots_{inkoop}").text() == "●" * 8
    assert page.chart.rows == [("Data in kokers", 14), ("Inkoop apart", 8)]
    assert sum(b.dots for b in ballots(store, team_id, "dot_vote")) == 22


def test_the_captain_breaks_a_tie_between_themes(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    set_role(store, team_id, "captain", bram, staatsprint_template)
    one = add_cluster(store, team_id, "themes", "Eén keer vragen", (0, 0, 1, 1))
    two = add_cluster(store, team_id, "themes", "Samen inkopen", (0, 0, 1, 1))
    move_team(store, team_id, "theme_vote", staatsprint_template)
    window = open_window(store)
    settle()
    click(qtbot, window, f"dotPlus_{one}", 2)
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{two}", 2)
    click(qtbot, window, "revealButton")
    assert find(window, QLabel, "tieText").text() == "A tie: the teamcaptain chooses 1."
    click(qtbot, window, f"tie_{two}")
    click(qtbot, window, "confirmTieButton")
    assert find(window, QLabel, f"kept_{two}").text() == "1. Samen inkopen"
