"""The board asks before a merge drops a name or a delete drops dots, and says why it refuses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.board.board import add_note, clusters
from app.board.clustering import make_cluster
from app.event.teams import add_member
from app.voting.vote_step import place_dot, reveal
from app.voting.voting import ballots
from tests.ui.conftest import settle
from tests.ui.modal import answer_modal


@pytest.fixture
def themes_board(qtbot, open_window, event_with_team):
    """The theme clustering of a team with two themes, and dots of the theme vote on the second."""
    store, event_id, team_id = event_with_team
    anna, bram = add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")
    a = [add_note(store, team_id, "hkw", anna, f"HKW {i}", i * 200.0, 0) for i in range(2)]
    b = [add_note(store, team_id, "hkw", bram, f"HKW {i}", i * 200.0, 500) for i in range(2, 4)]
    keep = make_cluster(store, team_id, "themes", "hkw", "Data delen", a).cluster_id
    other = make_cluster(store, team_id, "themes", "hkw", "Samen inkopen", b).cluster_id
    window = open_window(store)
    template = window.event_view.workspace.template
    for voter in (anna, bram, bram):
        place_dot(store, template, event_id, team_id, template.step("theme_vote"), voter, other)
    window.event_view.go_to(("step", "themes"))
    settle()
    page = window.event_view.step_page.work_area.board
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    return window, store, event_id, team_id, page, keep, other


def select(page, *cluster_ids):
    page.scene.clearSelection()
    for cluster_id in cluster_ids:
        page.cluster_item(cluster_id).setSelected(True)


def snapshot(store, team_id):
    return clusters(store, team_id, "themes"), sorted((b.voter_id, b.target_id, b.dots) for b in ballots(store, team_id, "theme_vote"))


def test_a_merge_asks_which_name_and_tells_the_dots_move(qtbot, themes_board):
    _window, store, _event_id, team_id, page, keep, other = themes_board
    select(page, keep, other)
    asked = []

    def choose_both(dialog):
        for _ in range(2):  # the options: either name, then both combined
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer_modal("mergeNameDialog", choose_both, asked)
    qtbot.keyClick(page.merge_button, Qt.Key.Key_Space)
    settle()
    told = asked[0].labelText()  # the vote is not revealed: that dots move, not how many
    assert "Dots placed on “Samen inkopen” move with it" in told and "how many stays hidden until the reveal" in told
    assert "3" not in told
    (merged,) = clusters(store, team_id, "themes")
    assert merged.name == "Data delen / Samen inkopen"
    assert {b.target_id for b in ballots(store, team_id, "theme_vote")} == {keep}
    assert sum(b.dots for b in ballots(store, team_id, "theme_vote")) == 3  # none lost


def test_a_merge_cancelled_changes_nothing(qtbot, themes_board):
    _window, store, _event_id, team_id, page, keep, other = themes_board
    before = snapshot(store, team_id)
    select(page, keep, other)
    answer_modal("mergeNameDialog", lambda dialog: qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape), [])
    qtbot.keyClick(page.merge_button, Qt.Key.Key_Space)
    settle()
    assert snapshot(store, team_id) == before and page.undo_stack.count() == 0


def test_deleting_a_voted_theme_asks_first_and_undo_brings_the_dots_back(qtbot, themes_board):
    _window, store, _event_id, team_id, page, _keep, other = themes_board
    before = snapshot(store, team_id)
    select(page, other)
    asked = []
    answer_modal("dropDotsQuestion", lambda box: qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return), asked)  # No is the default
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Delete)
    settle()
    assert asked and asked[0].text().startswith("Dots were placed on this in a vote not yet revealed")
    assert "3" not in asked[0].text()  # how many would leak the hidden tally
    assert snapshot(store, team_id) == before and page.undo_stack.count() == 0
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    select(page, other)
    answer_modal("dropDotsQuestion", lambda box: qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space), asked)
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Delete)
    settle()
    assert len(asked) == 2
    assert len(clusters(store, team_id, "themes")) == 1 and snapshot(store, team_id)[1] == []
    page.undo_stack.undo()
    settle()
    assert snapshot(store, team_id) == before


def test_after_the_reveal_a_voted_theme_is_not_merged_or_deleted(qtbot, themes_board):
    window, store, event_id, team_id, page, keep, other = themes_board
    reveal(store, event_id, team_id, window.event_view.workspace.template.step("theme_vote"), datetime(2026, 3, 11, 12, tzinfo=UTC))
    before = snapshot(store, team_id)
    select(page, keep, other)
    qtbot.keyClick(page.merge_button, Qt.Key.Key_Space)
    settle()
    assert page.error_label.text() == "3 dots were placed on this. After the reveal it can no longer be merged."
    select(page, other)
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Delete)
    settle()
    assert page.error_label.text() == "3 dots were placed on this. After the reveal it can no longer be deleted."
    assert snapshot(store, team_id) == before and page.undo_stack.count() == 0
