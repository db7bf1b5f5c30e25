"""What facilitators found trying the board: Enter in the number makes the teams, the page opens on a useful tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from app.event.teams import add_team
from app.participants.placing import form_teams, set_team_room
from tests.ui.conftest import find, settle, type_text
from tests.ui.participants.conftest import CHALLENGE, answer_question, teams_of
from tests.ui.participants.people import add_people

OTHER = "markt_overheid"


def test_enter_in_the_number_makes_the_teams_and_asks_first_when_there_are_teams(qtbot, open_page, participants_event):
    store, event_id, _ids = participants_event
    window, page = open_page()
    spin = find(window, QSpinBox, "teamNumberSpin")
    spin.setFocus()
    spin.lineEdit().selectAll()
    type_text(qtbot, spin.lineEdit(), "7")
    assert QApplication.focusWidget() is spin
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # where the key goes: the spin box has the focus
    settle()
    assert len(teams_of(store, event_id)) == 3  # at most 7 per team: 20 people in 3 teams
    asked: list = []
    stop = answer_question(qtbot, False, asked)
    qtbot.keyClick(spin, Qt.Key.Key_Enter)
    stop()
    settle()
    assert asked and asked[0][1] and len(teams_of(store, event_id)) == 3


def test_the_page_opens_on_the_first_challenge_with_people_to_place_and_keeps_the_chosen_tab(qtbot, open_page, participants_event):
    store, event_id, _ids = participants_event
    add_people(store, event_id, [("Ellen Smit", "Logius", "Tester", "")], None)
    window, page = open_page()
    assert page.challenge_key() == CHALLENGE  # not "No preference", which is the last tab
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Right)
    chosen = page.challenge_key()
    window.event_view.go_to(("dashboard",))
    settle()
    window.event_view.go_to(("participants",))
    settle()
    assert page.challenge_key() == chosen != CHALLENGE


def test_the_page_opens_on_the_challenge_of_the_team_chosen_in_the_header(qtbot, open_window, participants_event):
    store, event_id, _ids = participants_event
    team_id = add_team(store, event_id, OTHER)
    window = open_window(store)
    settle()
    assert window.event_view.current_team().id == team_id
    window.event_view.go_to(("participants",))
    settle()
    assert window.event_view.pages.currentWidget().challenge_key() == OTHER


def test_a_long_room_name_shows_its_beginning_when_not_typed_in(qtbot, open_page, participants_event, staatsprint_template):
    store, event_id, _ids = participants_event
    (team_id, *_rest) = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=4, seed=1)
    set_team_room(store, team_id, "Zaal 4.12 naast de koffiecorner, tweede deur links")
    window, page = open_page()
    assert page.board.lane(team_id).room.cursorPosition() == 0
    room = page.board.lane(team_id).room
    room.setFocus()
    qtbot.keyClick(room, Qt.Key.Key_End)
    type_text(qtbot, room, " (achterin)")
    qtbot.keyClick(room, Qt.Key.Key_Tab)  # leaving the field saves it
    settle()
    assert teams_of(store, event_id)[0].room.endswith("(achterin)")
    assert page.board.lane(team_id).room.cursorPosition() == 0


def test_a_person_moved_by_the_keyboard_to_a_lane_out_of_view_is_scrolled_into_view(qtbot, open_page, participants_event, staatsprint_template):
    store, event_id, _ids = participants_event
    teams = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=9, seed=4)
    window, page = open_page()
    card = page.board.lane(teams[0]).cards[0]
    member = card.person.id
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    for _team in teams[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        settle()
    focus = QApplication.focusWidget()
    assert page.board.lane_of(member).team_id == teams[-1] and focus.person.id == member
    viewport = page.board.scroller.viewport()
    shown = QRect(focus.mapTo(viewport, QPoint(0, 0)), focus.size())
    assert page.board.scroller.horizontalScrollBar().value() > 0 and viewport.rect().contains(shown)
