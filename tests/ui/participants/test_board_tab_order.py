"""The keyboard on the board: Tab walks it as it is seen, and a card moved with "Move to…" is scrolled
into view."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from app.participants.placing import form_teams, place_member
from tests.ui.conftest import settle
from tests.ui.participants.conftest import CHALLENGE, placed
from tests.ui.participants.test_board_moves import choose_in_popup

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def what_has_focus(page) -> object:
    """The focused card's member id, "room" for a lane's room field, else the widget itself."""
    focus = QApplication.focusWidget()
    if focus is not None and focus.objectName() == "roomField":
        return "room"
    return getattr(getattr(focus, "person", None), "id", focus)


def test_tab_walks_the_board_lane_by_lane_not_in_the_order_the_cards_were_made(qtbot, open_page, participants_event, staatsprint_template):
    """The cards are made while everyone is not yet placed (in name order); the teams are formed after."""
    store, event_id, _ids = participants_event
    window, page = open_page()
    teams = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=4, seed=11)
    settle()
    back = [page.board.lane(teams[1]).cards[0].person.id, page.board.lane(teams[0]).cards[-1].person.id]
    for member in back:
        place_member(store, member, None, None)
    settle()
    lanes = page.board.lanes()
    expected = [card.person.id for card in lanes[0].cards]
    for lane in lanes[1:4]:
        expected += ["room", *(card.person.id for card in lane.cards)]
    assert set(back) <= set(expected[:2])
    qtbot.mouseClick(lanes[0].cards[0], Qt.MouseButton.LeftButton)
    walked = [what_has_focus(page)]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(what_has_focus(page))
    assert walked == expected
    assert [placed(store, member)[0] for member in back] == [None, None]  # walking moved nobody


def test_the_board_itself_is_no_tab_stop(open_page):
    _window, page = open_page()
    assert page.board.scroller.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert all(lane.scroller.focusPolicy() == Qt.FocusPolicy.NoFocus for lane in page.board.lanes())


def test_a_person_moved_to_a_team_far_to_the_right_is_scrolled_into_view(qtbot, open_page, participants_event, staatsprint_template):
    store, event_id, ids = participants_event
    teams = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=7, seed=11)
    for member in ids[:12]:  # a long last team: the moved person lands below what its lane shows
        place_member(store, member, teams[-1], None)
    window, page = open_page()
    viewport = page.board.scroller.viewport()
    last = page.board.lane(teams[-1])
    assert not QRect(last.mapTo(viewport, last.rect().topLeft()), last.size()).intersects(viewport.rect())
    card = next(card for card in page.board.lane(teams[0]).cards if card.person.id not in ids[:12])
    member = card.person.id
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    choose_in_popup(qtbot, "Team 7", [])
    qtbot.keyClick(card, Qt.Key.Key_M, CTRL_SHIFT)
    settle()
    assert placed(store, member)[0] == teams[-1]
    moved = page.board.card(member)
    assert window.focusWidget() is moved
    shown = QRect(moved.mapTo(viewport, moved.rect().topLeft()), moved.size())
    assert viewport.rect().contains(shown)
    lane_view = page.board.lane(teams[-1]).scroller.viewport()
    assert lane_view.rect().contains(QRect(moved.mapTo(lane_view, moved.rect().topLeft()), moved.size()))
