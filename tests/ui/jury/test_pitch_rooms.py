"""The pitches with several rooms: the "On the beamer" card is about the chosen room before the pitches
and about the room on the beamer once they run (naming it), the beamer names the room, showing another
room while a timer runs asks first and keeps that timer, and the timer key works on the beamer itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.clock.timers import Status
from app.jury.running_order import draw, running_order
from tests.ui.conftest import settle
from tests.ui.jury import test_order_tab
from tests.ui.modal import answer_modal

four_teams, order_tab = test_order_tab.four_teams, test_order_tab.order_tab  # the running order tab's fixtures


def two_rooms(tab, store, event_id, teams) -> dict[str, list[int]]:
    draw(store, event_id, {"Room 1": teams[:2], "Room 2": teams[2:]}, seed=1)
    settle()
    rooms: dict[str, list[int]] = {}
    for slot in running_order(store, event_id):
        rooms.setdefault(slot.room, []).append(slot.team_id)
    return rooms


def pick(tab, room: str) -> None:
    index = tab.room_picker.findData(room)
    tab.room_picker.setCurrentIndex(index)
    tab.room_picker.activated.emit(index)


def test_the_card_follows_the_chosen_room_then_the_room_on_the_beamer(qtbot, order_tab):
    tab, clock, store, event_id, teams = order_tab
    rooms = two_rooms(tab, store, event_id, teams)
    pick(tab, "Room 2")
    assert tab.panel.next_label.text() == f"First in Room 2: {tab._name(rooms['Room 2'][0])}"
    assert tab.panel.start_button.text() == "Show Room 2 on the beamer"
    tab.panel.start_button.setFocus()
    qtbot.keyClick(tab.panel.start_button, Qt.Key.Key_Space)
    settle()
    source = tab.run.source
    assert source.team_id == rooms["Room 2"][0] and tab.panel.title.text() == "On the beamer: Room 2"
    assert source.frame(clock.now()).pitch_room == "Room 2"
    source.view.grab()
    assert "Room 2" in source.view.pitch_lines and tab.focusWidget() is tab.table
    pick(tab, "Room 1")  # looking at the other room's order: the card still says which room is on
    assert tab.panel.title.text() == "On the beamer: Room 2"
    assert tab.panel.now_label.text() == f"Now: {tab._name(rooms['Room 2'][0])}"
    assert tab.panel.next_label.text() == f"Next: {tab._name(rooms['Room 2'][1])}"
    assert tab.panel.start_button.text() == "Show Room 1 on the beamer"


def test_one_room_the_beamer_names_no_room(qtbot, order_tab):
    tab, clock, store, event_id, _teams = order_tab
    draw(store, event_id, seed=1)
    settle()
    tab.start_on_beamer()
    assert tab.run.source.frame(clock.now()).pitch_room == "" and tab.panel.title.text() == "On the beamer"


def test_showing_another_room_while_a_timer_runs_asks_and_keeps_that_timer(qtbot, order_tab):
    tab, clock, store, event_id, teams = order_tab
    rooms = two_rooms(tab, store, event_id, teams)
    pick(tab, "Room 2")
    tab.start_on_beamer()
    tab.run.advance()  # the pitch runs
    settle()
    clock.advance(200)  # and then the questions
    on = rooms["Room 2"][0]
    pick(tab, "Room 1")
    asked: list[str] = []
    answer_modal("", lambda box: asked.append(box.text()) or qtbot.keyClick(box.button(QMessageBox.StandardButton.No), Qt.Key.Key_Space), [])
    tab.panel.start_button.setFocus()
    qtbot.keyClick(tab.panel.start_button, Qt.Key.Key_Space)
    settle()
    assert asked and "Room 2" in asked[0] and tab.run.source.team_id == on and tab.run.room == "Room 2"
    answer_modal("", lambda box: qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space), [])
    qtbot.keyClick(tab.panel.start_button, Qt.Key.Key_Space)
    settle()
    assert tab.run.source.team_id == rooms["Room 1"][0] and tab.run.room == "Room 1" and tab.focusWidget() is tab.table
    now = clock.now()
    assert tab.run.clock(on, now).status(now) is Status.RUNNING  # Room 2's questions run on, and the card says so
    tab.panel.show_state()
    assert tab.panel.elsewhere_label.text() == f"Still running in Room 2: {tab._name(on)}, questions 1:40"
    pick(tab, "Room 2")
    tab.start_on_beamer()  # no timer runs in Room 1: nothing to ask
    settle()
    assert tab.run.source.team_id == on and tab.run.source.frame(clock.now()).pitch_timer[0] == "Questions"


def test_the_timer_key_works_on_the_beamer_itself(qtbot, order_tab):
    tab, clock, store, event_id, _teams = order_tab
    draw(store, event_id, seed=4)
    settle()
    tab.start_on_beamer()
    settle()
    source = tab.run.source
    qtbot.keyClick(source.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    clock.advance(10)
    assert source.frame(clock.now()).pitch_timer[:2] == ("Pitch", "2:50")
    qtbot.keyClick(source.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    settle()
    assert source.frame(clock.now()).pitch_timer[0] == "Questions"
