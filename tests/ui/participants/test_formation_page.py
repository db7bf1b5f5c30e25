"""The facilitator forms a challenge's teams on the participants page, and what the page asks and says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QSpinBox

from app.participants.placing import form_teams, place_member
from db.models import Member, Team
from tests.ui.conftest import find, settle, type_text
from tests.ui.participants.conftest import CHALLENGE, answer_question, everyone, placed, teams_of


def make_teams(qtbot, window, count: int) -> None:
    qtbot.mouseClick(find(window, QRadioButton, "byCountButton"), Qt.MouseButton.LeftButton)
    spin = find(window, QSpinBox, "teamNumberSpin")
    spin.lineEdit().selectAll()
    type_text(qtbot, spin.lineEdit(), str(count))
    qtbot.mouseClick(find(window, QPushButton, "formTeamsButton"), Qt.MouseButton.LeftButton)
    settle()


def test_the_controls_make_the_teams_and_the_board_shows_them(qtbot, open_page, participants_event):
    store, event_id, ids = participants_event
    window, page = open_page()
    assert [lane.objectName() for lane in page.board.lanes()] == ["unplacedLane"]
    assert len(page.board.lane(None).cards) == len(ids)
    make_teams(qtbot, window, 4)
    teams = teams_of(store, event_id)
    assert len(teams) == 4
    assert all(placed(store, member_id)[0] in {t.id for t in teams} for member_id in ids)
    lanes = page.board.lanes()
    assert [lane.team_id for lane in lanes] == [None, *(t.id for t in teams)]
    assert sum(len(lane.cards) for lane in lanes[1:]) == len(ids) and not lanes[0].cards
    assert "not yet placed" not in find(window, QLabel, "challengeSummary").text()


def test_making_them_again_asks_first_and_no_keeps_every_team(qtbot, open_page, participants_event, staatsprint_template):
    store, event_id, _ids = participants_event
    form_teams(store, event_id, staatsprint_template, CHALLENGE, count=4, seed=3)
    window, _page = open_page()
    before = everyone(store, event_id)
    asked: list = []
    stop = answer_question(qtbot, False, asked)
    qtbot.mouseClick(find(window, QPushButton, "reshuffleButton"), Qt.MouseButton.LeftButton)
    stop()
    settle()
    assert asked and "4" in asked[0][0] and asked[0][1]  # how many teams, and No is the default
    assert everyone(store, event_id) == before
    assert QApplication.focusWidget() is find(window, QPushButton, "reshuffleButton")


def test_shuffling_again_after_yes_deals_anew_and_a_started_team_keeps_its_lock(qtbot, open_page, participants_event, staatsprint_template):
    store, event_id, _ids = participants_event
    first = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=4, seed=3)
    with store.write() as session:  # team 1 opened its first step: it has started
        session.get(Team, first[0]).current_step = "braindump"
    kept = {m: p for m, p in everyone(store, event_id).items() if p[0] == first[0]}
    window, page = open_page()
    assert page.board.lane(first[0]).lock.isVisible() and page.board.lane(first[0]).started_word.isVisible()
    assert not page.board.lane(first[1]).lock.isVisible()
    assert page.board.lane(first[0]).lock.toolTip() == "This team has already started"
    asked: list = []
    stop = answer_question(qtbot, True, asked)
    qtbot.mouseClick(find(window, QPushButton, "reshuffleButton"), Qt.MouseButton.LeftButton)
    stop()
    settle()
    assert asked and "3" in asked[0][0]  # the three teams that had not started
    assert {m: p for m, p in everyone(store, event_id).items() if p[0] == first[0]} == kept
    assert "made" in find(window, QLabel, "formationMessage").text()


def test_a_team_larger_than_everyone_is_refused_with_the_reason_and_nothing_changes(qtbot, open_page, participants_event):
    store, event_id, ids = participants_event
    window, _page = open_page()
    before = everyone(store, event_id)
    spin = find(window, QSpinBox, "teamNumberSpin")
    spin.lineEdit().selectAll()
    type_text(qtbot, spin.lineEdit(), "40")
    qtbot.mouseClick(find(window, QPushButton, "formTeamsButton"), Qt.MouseButton.LeftButton)
    settle()
    message = find(window, QLabel, "formationMessage")
    assert message.isVisible() and "40" in message.text() and str(len(ids)) in message.text()
    assert everyone(store, event_id) == before and teams_of(store, event_id) == []


def test_the_room_is_saved_as_typed(qtbot, open_page, participants_event, staatsprint_template):
    store, event_id, _ids = participants_event
    team_id = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=3, seed=1)[0]
    window, page = open_page()
    room = page.board.lane(team_id).room
    assert room.objectName() == "roomField" and room.placeholderText()
    type_text(qtbot, room, "Zaal Domtoren")
    qtbot.keyClick(room, Qt.Key.Key_Tab)  # leaving the field saves at once
    settle()
    assert teams_of(store, event_id)[0].room == "Zaal Domtoren"
    assert page.board.lane(team_id).room.text() == "Zaal Domtoren"


def test_forgetting_the_email_addresses_asks_with_the_count_then_says_how_many(qtbot, open_page, participants_event):
    store, event_id, ids = participants_event
    window, page = open_page()
    card = page.board.lane(None).cards[0]
    assert "@" in card.toolTip()  # the address only in the tooltip
    assert all("@" not in label.text() for label in card.findChildren(QLabel))
    button = find(window, QPushButton, "forgetEmailsButton")
    asked: list = []
    stop = answer_question(qtbot, False, asked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    stop()
    assert asked and str(len(ids)) in asked[0][0] and asked[0][1]
    assert all(row[3] for row in everyone(store, event_id).values())  # No: every address kept
    stop = answer_question(qtbot, True, asked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    stop()
    settle()
    assert not any(row[3] for row in everyone(store, event_id).values())
    assert str(len(ids)) in find(window, QLabel, "formationMessage").text()
    assert "@" not in page.board.lane(None).cards[0].toolTip()


def test_the_page_follows_a_move_made_elsewhere_and_keeps_the_focus_where_it_is(qtbot, open_page, participants_event, staatsprint_template):
    store, event_id, _ids = participants_event
    teams = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=3, seed=5)
    window, page = open_page()
    first, second = page.board.lane(teams[0]), page.board.lane(teams[1])
    focused = first.cards[0].person.id
    qtbot.mouseClick(first.cards[0], Qt.MouseButton.LeftButton)
    moved = second.cards[0].person.id
    place_member(store, moved, teams[2], 0)  # another laptop
    settle()
    assert page.board.lane(teams[2]).cards[0].person.id == moved
    assert moved not in [card.person.id for card in page.board.lane(teams[1]).cards]
    assert QApplication.focusWidget() is page.board.card(focused)


def test_a_hidden_page_reads_nothing_until_it_shows_again(qtbot, open_page, participants_event, staatsprint_template, monkeypatch):
    store, event_id, ids = participants_event
    window, page = open_page()
    window.event_view.go_to(("programme",))
    settle()
    reads = []
    import ui.participants.participants_page as module

    real = module.formation_boards
    monkeypatch.setattr(module, "formation_boards", lambda *a: reads.append(1) or real(*a))
    form_teams(store, event_id, staatsprint_template, CHALLENGE, count=2, seed=5)
    settle()
    assert reads == []
    window.event_view.go_to(("participants",))
    settle()
    assert reads and len(page.board.lanes()) == 3
    with store.read() as session:
        assert session.get(Member, ids[0]).team_id == page.board.lane_of(ids[0]).team_id


def test_an_empty_team_is_added_and_removed_by_its_buttons(qtbot, open_page, participants_event):
    store, event_id, _ids = participants_event
    window, page = open_page()
    qtbot.mouseClick(find(window, QPushButton, "addEmptyTeamButton"), Qt.MouseButton.LeftButton)
    settle()
    [team] = teams_of(store, event_id)
    lane = page.board.lane(team.id)
    assert lane.empty_hint.isVisible() and lane.remove_button.isVisible()
    qtbot.mouseClick(lane.remove_button, Qt.MouseButton.LeftButton)
    settle()
    assert teams_of(store, event_id) == [] and page.board.lane(team.id) is None
    assert QApplication.focusWidget() is find(window, QPushButton, "addEmptyTeamButton")


def test_people_without_a_preference_have_their_own_tab_where_teams_are_not_formed(qtbot, open_page, participants_event):
    store, event_id, _ids = participants_event
    from tests.ui.participants.people import add_people

    add_people(store, event_id, [("Ellen Smit", "Logius", "Tester", "")], None)
    window, page = open_page()
    assert page.tabs.count() == 4 and page.tabs.tabText(3) == "No preference (1)"
    page.tabs.setCurrentIndex(3)
    settle()
    assert [card.person.name for card in page.board.lane(None).cards] == ["Ellen Smit"]
    assert not find(window, QPushButton, "formTeamsButton").isEnabled()
    assert find(window, QPushButton, "addEmptyTeamButton").isEnabled()
