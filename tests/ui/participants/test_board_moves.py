"""Adjusting the teams on the board: a mouse drag between lanes, the card's keys, a refused move, the
warnings after a move, absent today."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

import ui.participants.person_card as person_card
from app.participants.placing import form_teams, place_member
from tests.ui.conftest import find, settle
from tests.ui.participants.conftest import CHALLENGE, drop_on, everyone, placed
from tests.ui.participants.people import add_people

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def formed(open_page, participants_event, staatsprint_template):
    """(window, page, store, event id, team ids): four teams formed, the page open on them."""
    store, event_id, _ids = participants_event
    teams = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=4, seed=11)
    window, page = open_page()
    return window, page, store, event_id, teams


def card_ids(page, team_id):
    return [card.person.id for card in page.board.lane(team_id).cards]


def test_a_mouse_drag_moves_a_person_into_another_team_where_it_is_let_go(qtbot, formed, monkeypatch):
    """The press and the move over the card are real mouse events; the window system's drag loop is
    replaced by delivering its events to the lane under the pointer (QDrag.exec cannot run offscreen)."""
    _window, page, store, _event_id, teams = formed
    source, target = page.board.lane(teams[0]), page.board.lane(teams[2])
    card = source.cards[1]
    member = card.person.id
    second_there = target.cards[1]
    let_go_at = second_there.mapTo(target, QPoint(second_there.width() // 2, 3))  # on the top edge of its second card
    drags = []

    class Drag(person_card.QDrag):
        def exec(self, *_actions):
            drags.append(self.mimeData().text())
            drop_on(target, self.mimeData(), let_go_at)
            return Qt.DropAction.MoveAction

    monkeypatch.setattr(person_card, "QDrag", Drag)
    qtbot.mousePress(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    qtbot.mouseMove(card, QPoint(60, 40))
    qtbot.mouseRelease(card, Qt.MouseButton.LeftButton, pos=QPoint(60, 40))
    settle()
    assert drags == [card.person.name]
    assert placed(store, member) == (teams[2], 1)
    assert card_ids(page, teams[2])[1] == member and member not in card_ids(page, teams[0])
    assert not target.drop_line.isVisible()


def test_a_drop_on_the_not_yet_placed_takes_the_person_out_of_their_team(qtbot, formed):
    _window, page, store, _event_id, teams = formed
    card = page.board.lane(teams[1]).cards[0]
    member = card.person.id
    unplaced = page.board.lane(None)
    drop_on(unplaced, card.mime_data(), QPoint(40, 120))
    settle()
    assert placed(store, member)[0] is None
    assert card_ids(page, None) == [member]


def test_alt_right_moves_the_focused_person_to_the_next_team_and_the_focus_stays_on_them(qtbot, formed):
    window, page, store, _event_id, teams = formed
    card = page.board.lane(teams[0]).cards[2]
    member = card.person.id
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    step_before = window.event_view.place
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    settle()
    assert placed(store, member) == (teams[1], 2)
    focus = QApplication.focusWidget()
    assert isinstance(focus, person_card.PersonCard) and focus.person.id == member
    assert page.board.lane_of(member).team_id == teams[1]
    assert window.event_view.place == step_before  # Alt+Right on a card is not the window's "next"
    qtbot.keyClick(focus, Qt.Key.Key_Left, ALT)
    settle()
    assert placed(store, member)[0] == teams[0]
    assert QApplication.focusWidget().person.id == member


def test_alt_up_and_down_reorder_within_the_team(qtbot, formed):
    _window, page, store, _event_id, teams = formed
    order = card_ids(page, teams[0])
    qtbot.mouseClick(page.board.card(order[0]), Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT)
    settle()
    assert card_ids(page, teams[0])[:2] == [order[1], order[0]]
    assert placed(store, order[0]) == (teams[0], 1)
    assert QApplication.focusWidget().person.id == order[0]


def test_arrows_walk_the_focus_over_the_cards_and_move_nobody(qtbot, formed, participants_event):
    _window, page, store, event_id, teams = formed
    before = everyone(store, event_id)
    first = page.board.lane(teams[0]).cards[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.board.lane(teams[0]).cards[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is page.board.lane(teams[1]).cards[1]
    assert everyone(store, event_id) == before


def test_a_refused_move_says_why_and_nothing_moves(qtbot, formed):
    window, page, store, event_id, teams = formed
    namesake = page.board.lane(teams[1]).cards[0].person.name
    [double] = add_people(store, event_id, [(namesake, "DUO", "Adviseur", "")], CHALLENGE)
    place_member(store, double, teams[0], 0)
    settle()
    before = everyone(store, event_id)
    qtbot.mouseClick(page.board.card(double), Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    settle()
    message = find(window, QLabel, "formationMessage")
    assert message.isVisible() and namesake in message.text() and "already in this team" in message.text()
    assert everyone(store, event_id) == before
    assert QApplication.focusWidget() is page.board.card(double)


def test_the_warnings_follow_a_move(qtbot, formed):
    window, page, store, _event_id, teams = formed
    lanes = [page.board.lane(team_id) for team_id in teams]
    assert not any(lane.badges.isVisible() for lane in lanes)  # the rule mixed them

    def utrecht(lane):
        return [card for card in lane.cards if card.person.organisation == "Gemeente Utrecht"]

    crowded = max(lanes, key=lambda lane: len(utrecht(lane)))
    mover = next(card for lane in lanes if lane is not crowded for card in utrecht(lane))
    drop_on(crowded, mover.mime_data(), QPoint(40, crowded.height() - 10))
    settle()
    badges = [badge.text() for badge in crowded.findChildren(QLabel, "warningBadge") if not badge.isHidden()]
    assert f"{len(utrecht(crowded))}× Gemeente Utrecht (max {len(utrecht(crowded)) - 1})" in badges
    assert "warning" in find(window, QLabel, "challengeSummary").text()


def test_absent_today_by_its_key_marks_the_card_and_keeps_the_focus(qtbot, formed):
    _window, page, store, event_id, teams = formed
    card = page.board.lane(teams[2]).cards[0]
    member = card.person.id
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.keyClick(card, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert everyone(store, event_id)[member][2] is True
    marked = page.board.card(member)
    assert not marked.absent_mark.isHidden() and "Absent today" in marked.toolTip()
    assert QApplication.focusWidget() is marked


def choose_in_popup(qtbot, text: str, seen: list) -> None:
    """Once a menu pops up, note its entries and choose ``text`` with the arrow keys and Enter."""
    from PySide6.QtCore import QTimer

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, poll)
            return
        entries = [action.text() for action in menu.actions()]
        seen.append(entries)
        target = next(action for action in menu.actions() if action.text().startswith(text))
        while menu.activeAction() is not target:
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, poll)


def test_move_to_by_its_key_lists_the_teams_and_moves_the_person_there(qtbot, formed):
    window, page, store, _event_id, teams = formed
    card = page.board.lane(teams[0]).cards[0]
    member = card.person.id
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    seen: list = []
    choose_in_popup(qtbot, "Team 4", seen)
    qtbot.keyClick(card, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert seen and seen[0][0] == "Not yet placed" and [entry[:6] for entry in seen[0][1:]] == ["Team 1", "Team 2", "Team 3", "Team 4"]
    assert placed(store, member)[0] == teams[3]
    assert window.focusWidget() is page.board.card(member)
    window.activateWindow()  # the offscreen platform leaves the closed menu the active window
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is page.board.card(member)


def test_moving_someone_out_of_a_started_team_asks_first_and_no_moves_nobody(qtbot, formed):
    from db.models import Team
    from tests.ui.participants.conftest import answer_question

    _window, page, store, event_id, teams = formed
    with store.write() as session:
        session.get(Team, teams[0]).current_step = "braindump"
    settle()
    card = page.board.lane(teams[0]).cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    before = everyone(store, event_id)
    asked: list = []
    stop = answer_question(qtbot, False, asked)
    qtbot.keyClick(card, Qt.Key.Key_Right, ALT)
    stop()
    settle()
    assert asked and card.person.name in asked[0][0] and asked[0][1]  # who, and No is the default
    assert everyone(store, event_id) == before
