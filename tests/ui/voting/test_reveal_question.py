"""Before the reveal: when members have not placed all their dots, the page asks first (No is the
default), naming them unless the step is anonymous; in the knelpunten vote as in the theme vote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.board.board import add_cluster
from app.day.navigation import move_team
from app.day.privacy import set_anonymous
from app.event.teams import add_member
from app.outcomes.knelpunten import add_knelpunt
from app.voting.vote_step import is_revealed
from app.voting.voting import ballots
from tests.ui.conftest import find, settle
from tests.ui.modal import answer_modal, say_yes


def _vote(open_window, event_with_team, template, step_key, anonymous=False):
    store, event_id, team_id = event_with_team
    for name in ("Anna", "Bram", "Cas"):
        add_member(store, team_id, name)
    if step_key == "theme_vote":
        items = [add_cluster(store, team_id, "themes", name, (0, 0, 1, 1)) for name in ("Eén keer vragen", "Samen inkopen")]
    else:
        items = [add_knelpunt(store, team_id, title) for title in ("Inkoop apart", "Data dubbel")]
    move_team(store, team_id, step_key, template)
    if anonymous:
        set_anonymous(store, template, event_id, team_id, step_key, True)
    window = open_window(store)
    settle()
    return window, store, event_id, team_id, items


def _click(qtbot, window, name):
    qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
    settle()


def _say_no(qtbot, seen):
    answer_modal("revealQuestion", lambda box: qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return), seen)  # No is the default


def test_the_theme_vote_asks_before_revealing_with_members_not_done_and_no_changes_nothing(qtbot, open_window, event_with_team, staatsprint_template):
    window, store, event_id, team_id, (one, _two) = _vote(open_window, event_with_team, staatsprint_template, "theme_vote")
    _click(qtbot, window, f"dotPlus_{one}")  # Anna places one of her dots, Bram and Cas none
    before = ballots(store, team_id, "theme_vote")
    seen: list = []
    _say_no(qtbot, seen)
    _click(qtbot, window, "revealButton")
    assert seen[0].text() == "3 members have not placed all their dots yet: reveal anyway?\nNot done yet: Anna, Bram, Cas."
    assert not is_revealed(store, event_id, team_id, "theme_vote") and ballots(store, team_id, "theme_vote") == before
    assert find(window, QPushButton, "revealButton").isVisible()
    say_yes(qtbot, "revealQuestion")
    _click(qtbot, window, "revealButton")
    assert is_revealed(store, event_id, team_id, "theme_vote")


def test_an_anonymous_vote_asks_without_names(qtbot, open_window, event_with_team, staatsprint_template):
    window, store, event_id, team_id, _items = _vote(open_window, event_with_team, staatsprint_template, "theme_vote", anonymous=True)
    seen: list = []
    _say_no(qtbot, seen)
    _click(qtbot, window, "revealButton")
    assert seen[0].text() == "3 members have not placed all their dots yet: reveal anyway?"
    assert seen[0].defaultButton() is seen[0].button(QMessageBox.StandardButton.No)
    assert not is_revealed(store, event_id, team_id, "theme_vote")


def test_the_knelpunten_vote_asks_too(qtbot, open_window, event_with_team, staatsprint_template):
    window, store, event_id, team_id, _items = _vote(open_window, event_with_team, staatsprint_template, "dot_vote")
    seen: list = []
    _say_no(qtbot, seen)
    _click(qtbot, window, "revealButton")
    assert seen and seen[0].text().startswith("3 members have not placed all their dots yet")
    assert not is_revealed(store, event_id, team_id, "dot_vote")
