"""The vote page's messages: a refusal moves no control (the next click lands where it was aimed),
goes once what it spoke of changed (the next voter, a valid tick), and the last voter's "Next
person" points to the reveal. A tie among more items than places: the idea vote keeps at most
its places (fewer is fine), a tick too many is refused at once. The chart's axis says its unit in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton

from app.board.board import add_cluster, add_note
from app.day.navigation import move_team
from app.event.teams import add_member, add_team, set_role
from app.voting.vote_step import kept
from tests.ui.conftest import find, settle
from tests.ui.modal import say_yes


def click(qtbot, window, name, times=1):
    for _ in range(times):
        qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
        settle()


def where(window, name) -> QPoint:
    return find(window, QPushButton, name).mapTo(window, QPoint(0, 0))


def line(window) -> QLabel:
    return find(window, QLabel, "voteError")


@pytest.fixture
def theme_tie(qtbot, open_window, event_with_team, staatsprint_template):
    """Two themes, Anna and Bram (the captain) put their 2 dots on one each: a tie."""
    store, event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    set_role(store, team_id, "captain", bram, staatsprint_template)
    themes = [add_cluster(store, team_id, "themes", name, (0, 0, 1, 1)) for name in ("Eén keer vragen", "Samen inkopen")]
    move_team(store, team_id, "theme_vote", staatsprint_template)
    window = open_window(store)
    settle()
    return window, store, team_id, themes


def test_a_refused_dot_moves_no_plus_and_the_next_voter_does_not_see_it(qtbot, theme_tie):
    window, _store, _team_id, (one, two) = theme_tie
    click(qtbot, window, f"dotPlus_{one}", 2)
    before = [where(window, f"dotPlus_{t}") for t in (one, two)]
    click(qtbot, window, f"dotPlus_{two}")  # a third dot of two
    assert line(window).isVisible() and line(window).text() == "All 2 dots are placed. Take one back to move it."
    assert [where(window, f"dotPlus_{t}") for t in (one, two)] == before  # the next click lands on the same +
    click(qtbot, window, "nextVoterButton")
    assert not line(window).isVisible()  # Bram's turn: Anna's message is not his
    assert [where(window, f"dotPlus_{t}") for t in (one, two)] == before


def test_after_the_last_voter_next_person_points_to_the_reveal(qtbot, theme_tie):
    window, _store, _team_id, (one, two) = theme_tie
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click(qtbot, window, f"dotPlus_{one}", 2)
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{two}", 2)
    click(qtbot, window, "nextVoterButton")  # Bram was the last
    assert line(window).isVisible() and line(window).property("role") == "info"
    assert line(window).text() == "That was the last person: everyone has had a turn. Reveal the dots when the team is ready."
    assert QApplication.focusWidget() is find(window, QPushButton, "revealButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the reveal, from where the focus went
    settle()
    assert not line(window).isVisible() and find(window, QLabel, "tieText").isVisible()


def test_the_captains_confirm_without_a_choice_moves_nothing_and_a_tick_clears_it(qtbot, theme_tie):
    window, store, team_id, (one, two) = theme_tie
    click(qtbot, window, f"dotPlus_{one}", 2)
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{two}", 2)
    click(qtbot, window, "revealButton")
    names = ["confirmTieButton", f"tie_{one}", f"tie_{two}"]
    before = [where(window, n) for n in names]
    click(qtbot, window, "confirmTieButton")  # nothing chosen
    assert line(window).isVisible() and line(window).text() == "Choose 1 of the tied items."
    assert [where(window, n) for n in names] == before and kept(store, team_id, "theme_vote") == []
    click(qtbot, window, f"tie_{two}")
    assert not line(window).isVisible()  # a valid choice: the message is answered
    ticked = [where(window, n) for n in names]  # ("✓ Samen inkopen" is wider)
    click(qtbot, window, f"tie_{one}")  # a second of one place: refused at once
    assert not find(window, QPushButton, f"tie_{one}").isChecked()
    assert line(window).text() == "At most 1 can be chosen: untick one first to choose another."
    assert [where(window, n) for n in names] == ticked
    click(qtbot, window, "confirmTieButton")
    assert kept(store, team_id, "theme_vote") == [two]


def test_the_tally_chart_names_its_unit_in_words(qtbot, theme_tie):
    window, _store, _team_id, (one, two) = theme_tie
    click(qtbot, window, f"dotPlus_{one}", 2)
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    click(qtbot, window, "revealButton")
    chart = window.event_view.step_page.work_area.surface("vote").chart
    assert chart.getPlotItem().getAxis("bottom").labelText == "dots"  # not a stray "●" under the axis


@pytest.fixture
def all_tied(qtbot, open_window, event_with_team, staatsprint_template):
    """Four ideas, one dot each from four members: four tied for the idea vote's 3 places."""
    store, _event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in ("Anna", "Bram", "Cas", "Dirk")]
    ideas = [add_note(store, team_id, "idea_race", members[0], title, 0, 0, part_key="round1")
             for title in ("Eén loket", "Open data", "Pilot in de wijk", "Chatbot")]
    move_team(store, team_id, "idea_vote", staatsprint_template)
    window = open_window(store)
    settle()
    for idea in ideas:
        click(qtbot, window, f"dotPlus_{idea}")
        click(qtbot, window, "nextVoterButton")
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    click(qtbot, window, "revealButton")
    return window, store, team_id, ideas


def test_an_idea_tie_keeps_at_most_its_places_fewer_is_fine(qtbot, all_tied):
    window, store, team_id, ideas = all_tied
    assert find(window, QLabel, "tieText").text() == "A tie at the cut: choose at most 3 together (fewer is fine), or re-vote among the tied."
    names = ["confirmTieButton", *(f"tie_{i}" for i in ideas)]
    before = [where(window, n) for n in names]
    click(qtbot, window, "confirmTieButton")  # none of four: nothing would be kept
    assert line(window).text() == "Choose at least one of the tied items: the next step works it out."
    assert [where(window, n) for n in names] == before and kept(store, team_id, "idea_vote") == []
    for idea in ideas[:3]:
        click(qtbot, window, f"tie_{idea}")
    assert not line(window).isVisible()
    click(qtbot, window, f"tie_{ideas[3]}")  # a fourth of three places
    assert not find(window, QPushButton, f"tie_{ideas[3]}").isChecked()
    assert line(window).text() == "At most 3 can be chosen: untick one first to choose another."
    click(qtbot, window, f"tie_{ideas[1]}")
    click(qtbot, window, f"tie_{ideas[2]}")  # only one of three places kept
    click(qtbot, window, "confirmTieButton")
    assert kept(store, team_id, "idea_vote") == [ideas[0]] and not line(window).isVisible()


def test_another_teams_page_does_not_show_the_last_teams_message(qtbot, open_window, event_with_team, staatsprint_template):
    """A message belongs to the team and the step it was said on: team 2's fresh vote has none of team 1's."""
    store, event_id, team_id = event_with_team
    other = add_team(store, event_id, "gemeentelijke_it")
    themes = []
    for team in (team_id, other):
        add_member(store, team, "Anna")
        themes.append(add_cluster(store, team, "themes", "Eén keer vragen", (0, 0, 1, 1)))
        move_team(store, team, "theme_vote", staatsprint_template)
    window = open_window(store)
    settle()
    theme, other_theme = themes
    click(qtbot, window, f"dotPlus_{theme}", 3)  # a third dot of two is refused
    assert line(window).isVisible()
    picker = find(window, QComboBox, "teamPicker")
    picker.setCurrentIndex(picker.findData(other))
    picker.activated.emit(picker.currentIndex())  # chosen in the header's team list
    settle()
    assert picker.currentData() == other and find(window, QPushButton, f"dotPlus_{other_theme}").isVisible()
    assert not line(window).isVisible()
