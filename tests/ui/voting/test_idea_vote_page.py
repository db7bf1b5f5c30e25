"""The idea vote on one laptop: votes by turns, the reveal, a tie at the cut resolved by choosing or
by a re-vote among the tied only, and keeping fewer than 3 — by mouse and keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.board.board import add_note
from app.day.navigation import move_team
from app.event.teams import add_member
from app.voting.vote_step import kept
from app.voting.voting import ballots
from tests.ui.conftest import find, settle
from tests.ui.modal import say_yes


def click(qtbot, window, name, times=1):
    for _ in range(times):
        qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
        settle()


def press(qtbot, window, name, key=Qt.Key.Key_Space):
    """A key press on a button with the focus, as a keyboard user does."""
    button = find(window, QPushButton, name)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, key)
    settle()


def text(window, name) -> str:
    return find(window, QLabel, name).text()


@pytest.fixture
def idea_vote(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in ("Anna", "Bram", "Cas")]
    ideas = [add_note(store, team_id, "idea_race", members[0], title, 0, 0, part_key=part) for title, part in (
        ("Eén loket", "round1"), ("Open data", "round1"), ("Pilot in de wijk", "round2"),
        ("Chatbot", "round2:typed"), ("Huisbezoek", ""))]
    move_team(store, team_id, "idea_vote", staatsprint_template)
    window = open_window(store)
    settle()
    return window, store, team_id, members, ideas


def _turns(qtbot, window, plan):
    """Each member in turn places their dots; then the next person."""
    for targets in plan:
        for target in targets:
            click(qtbot, window, f"dotPlus_{target}")
        click(qtbot, window, "nextVoterButton")


def test_votes_by_turns_bad_votes_refused_and_the_top_three_kept(qtbot, idea_vote):
    window, store, team_id, (anna, bram, cas), (loket, data, pilot, chatbot, huis) = idea_vote
    assert text(window, "dotsLeft") == "Anna: 3 of 3 dots left"
    assert find(window, QPushButton, f"dotPlus_{huis}").isVisible()  # written outside a round: still an idea to vote on
    for target in (loket, data, pilot):
        click(qtbot, window, f"dotPlus_{target}")
    before = ballots(store, team_id, "idea_vote")
    click(qtbot, window, f"dotPlus_{chatbot}")  # a fourth vote
    assert text(window, "voteError") == "All 3 dots are placed. Take one back to move it."
    assert ballots(store, team_id, "idea_vote") == before
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{loket}")
    click(qtbot, window, f"dotPlus_{loket}")  # a second vote on one idea
    assert text(window, "voteError") == "One dot per item: this one has yours already."
    assert sum(b.dots for b in ballots(store, team_id, "idea_vote") if b.voter_id == bram) == 1
    assert text(window, "dotsLeft") == "Bram: 2 of 3 dots left"
    _turns(qtbot, window, [(data, chatbot), (loket, data, pilot)])
    click(qtbot, window, "revealButton")
    assert kept(store, team_id, "idea_vote") == [loket, data, pilot]
    assert [text(window, f"kept_{t}") for t in (loket, data, pilot)] == ["1. Eén loket", "2. Open data", "3. Pilot in de wijk"]
    assert text(window, "keptHint") == "The 3 with the most dots are proposed. You may keep fewer: at most 3."


def _tie_at_the_cut(qtbot, window, ideas):
    """Loket and Data certain; Pilot, Chatbot and Huisbezoek tied for the last place."""
    loket, data, pilot, chatbot, huis = ideas
    _turns(qtbot, window, [(loket, data, pilot), (loket, data, chatbot), (huis,)])
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    click(qtbot, window, "revealButton")


def test_a_tie_at_the_cut_is_chosen_by_keyboard_and_a_fourth_is_refused(qtbot, idea_vote):
    window, store, team_id, _members, ideas = idea_vote
    loket, data, pilot, chatbot, huis = ideas
    _tie_at_the_cut(qtbot, window, ideas)
    assert text(window, "tieText") == "A tie at the cut: choose at most 1 together (fewer is fine), or re-vote among the tied."
    assert kept(store, team_id, "idea_vote") == []  # nothing kept until the team resolves it
    press(qtbot, window, f"tie_{chatbot}")
    press(qtbot, window, "confirmTieButton")
    assert kept(store, team_id, "idea_vote") == [loket, data, chatbot]
    assert text(window, f"kept_{chatbot}") == "3. Chatbot — tie broken by the team"
    press(qtbot, window, f"keep_{pilot}")  # a fourth idea
    assert text(window, "voteError") == "At most 3 are kept. Un-keep one first to keep another."
    assert kept(store, team_id, "idea_vote") == [loket, data, chatbot]


def test_a_tie_at_the_cut_resolved_by_a_re_vote_among_the_tied_only(qtbot, idea_vote):
    window, store, team_id, (anna, bram, cas), ideas = idea_vote
    loket, data, pilot, chatbot, huis = ideas
    _tie_at_the_cut(qtbot, window, ideas)
    click(qtbot, window, "revoteButton")
    assert text(window, "revoteText").startswith("Re-vote 1 among the tied: 1 dot(s) each")
    assert text(window, "dotsLeft") == "Anna: 1 of 1 dots left"
    assert not [b for b in window.findChildren(QPushButton, f"dotPlus_{loket}") if b.isVisible()]  # only the tied are in the re-vote
    click(qtbot, window, f"dotPlus_{pilot}")
    click(qtbot, window, "nextVoterButton")
    assert text(window, f"dots_{pilot}") == ""  # hidden until the re-vote's reveal
    click(qtbot, window, f"dotPlus_{chatbot}")
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{huis}")
    click(qtbot, window, "revealButton")  # 1-1-1: still tied
    assert text(window, "tieText").startswith("Still tied after re-vote 1.")
    assert kept(store, team_id, "idea_vote") == []
    click(qtbot, window, "revoteButton")
    _turns(qtbot, window, [(pilot,), (pilot,), (huis,)])
    click(qtbot, window, "revealButton")
    assert kept(store, team_id, "idea_vote") == [loket, data, pilot]
    assert text(window, f"kept_{pilot}") == "3. Pilot in de wijk — tie broken by a re-vote"
    assert text(window, "revoteTally_2").startswith("Re-vote 2: Pilot in de wijk: 2 ●")


def test_the_team_keeps_two_of_three(qtbot, idea_vote):
    window, store, team_id, _members, ideas = idea_vote
    loket, data, pilot, chatbot, huis = ideas
    _turns(qtbot, window, [(loket, data, pilot), (loket, data, pilot), (loket, data, chatbot)])
    click(qtbot, window, "revealButton")
    click(qtbot, window, f"unkeep_{data}")
    assert kept(store, team_id, "idea_vote") == [loket, pilot]
    assert text(window, f"kept_{pilot}") == "2. Pilot in de wijk"
    assert text(window, f"notKept_{data}") == "Not kept: Open data"
    press(qtbot, window, f"unkeep_{pilot}", Qt.Key.Key_Space)
    press(qtbot, window, f"unkeep_{loket}", Qt.Key.Key_Space)  # the last one
    assert text(window, "voteError") == "Keep at least one: the next step works it out."
    assert kept(store, team_id, "idea_vote") == [loket]
    click(qtbot, window, f"keep_{data}")
    assert kept(store, team_id, "idea_vote") == [loket, data]
    assert QApplication.focusWidget() is not None


def test_the_team_categorises_the_ideas_on_the_board_and_votes_on_ideas_by_category(qtbot, idea_vote):
    from app.board.board import clusters

    window, store, team_id, (anna, *_), ideas = idea_vote
    loket, data, pilot, chatbot, huis = ideas
    press(qtbot, window, "categoriseButton")
    page = window.event_view.step_page.work_area.surface("vote")
    board = page.categorise.board
    assert board.isVisible() and not page.scroll.isVisible()
    assert set(board._notes) == set(ideas)  # every idea of the race, on the existing board
    assert find(window, QPushButton, "categoriseButton").text() == "← Back to the vote"
    assert not board.knelpunt_from_selection.isVisible()  # ideas are not made into pain points here
    board.scene.clearSelection()
    for idea in (loket, chatbot):
        board.note_item(idea).setSelected(True)
    board.cluster_selection("Digitaal")
    settle()
    assert [(c.name, c.step_key) for c in clusters(store, team_id, "idea_vote")] == [("Digitaal", "idea_vote")]
    click(qtbot, window, "categoriseButton")
    assert page.scroll.isVisible() and not board.isVisible()
    grid = page.items_grid
    listed = [grid.itemAtPosition(row, 0).widget().text() for row in range(grid.rowCount()) if grid.itemAtPosition(row, 0)]
    assert listed == ["Digitaal", "Eén loket", "Chatbot", "Not in a category", "Open data", "Pilot in de wijk", "Huisbezoek"]
    click(qtbot, window, f"dotPlus_{chatbot}")  # the vote stays on ideas
    assert [(b.voter_id, b.target_id) for b in ballots(store, team_id, "idea_vote")] == [(anna, chatbot)]
