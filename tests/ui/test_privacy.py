"""Hidden really means hidden: on a member's own laptop, before the reveal, the others' notes and
dots are not in what the view is given, and there is no chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from app.board.board import add_note
from app.day.navigation import move_team
from app.event.teams import add_member
from app.outcomes.knelpunten import add_knelpunt
from app.voting.voting import cast
from tests.ui.conftest import find, settle


def test_a_members_laptop_sees_only_their_own_notes_until_the_reveal(qtbot, open_window, event_with_team, staatsprint_template, prefs):
    store, _event_id, team_id = event_with_team
    anna, bram = add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")
    mine = add_note(store, team_id, "braindump", anna, "van Anna", 0, 0)
    theirs = add_note(store, team_id, "braindump", bram, "van Bram", 200, 0)
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    picker = find(window, QComboBox, "identityPicker")
    picker.setCurrentIndex(picker.findData(anna))
    picker.activated.emit(picker.currentIndex())
    settle()
    page = window.event_view.step_page.work_area.board
    assert set(page._notes) == {mine}  # Bram's note is not on this board at all
    assert page.author_id == anna
    qtbot.mouseClick(find(window, QPushButton, "revealNotesButton"), Qt.MouseButton.LeftButton)
    settle()
    assert set(page._notes) == {mine, theirs}
    assert not find(window, QPushButton, "revealNotesButton").isVisible()


def test_the_team_laptop_sees_what_it_types(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    anna, bram = add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")
    add_note(store, team_id, "braindump", anna, "a", 0, 0)
    add_note(store, team_id, "braindump", bram, "b", 0, 0)
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    assert len(window.event_view.step_page.work_area.board._notes) == 2


def test_a_members_laptop_votes_as_that_member_and_sees_no_other_dots(qtbot, open_window, event_with_team, staatsprint_template, prefs):
    store, _event_id, team_id = event_with_team
    anna, bram = add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")
    item = add_knelpunt(store, team_id, "Silo's")
    cast(store, staatsprint_template.step("dot_vote").rules, team_id, "dot_vote", bram, item)
    move_team(store, team_id, "dot_vote", staatsprint_template)
    prefs.set("identity", anna)
    window = open_window(store)
    settle()
    page = window.event_view.step_page.work_area.surface("vote")
    assert page.voter_id == anna and not find(window, QPushButton, "nextVoterButton").isVisible()
    from PySide6.QtWidgets import QLabel

    assert find(window, QLabel, f"dots_{item}").text() == ""  # Bram's dot is not shown
    assert page.chart is None
