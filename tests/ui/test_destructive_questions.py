"""A destructive question defaults to No, and after a removal the focus is on the list, not on the button
that removes: Enter, or Space twice, never takes away more than the person chose."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QPushButton

from app.day.navigation import move_team
from app.event.teams import add_member, set_role, team_view
from app.outcomes.knelpunten import add_knelpunt, knelpunten
from tests.ui.conftest import find, settle


def answer_question(act, seen: list):
    """Once a question box is open, record it and let ``act(box)`` press its keys. Returns a function
    that stops waiting (a watcher left behind would answer another test's boxes)."""
    stopped = []

    def poll() -> None:
        if stopped:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        act(box)

    QTimer.singleShot(0, poll)
    return lambda: stopped.append(True)


def press_default(qtbot):
    """Enter in the box: the default button answers."""
    return lambda box: qtbot.keyClick(box, Qt.Key.Key_Return)


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click_row(qtbot, listing: QListWidget, row: int) -> None:
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(listing.item(row)).center())
    settle()


def test_removing_a_member_defaults_to_no_and_leaves_the_focus_on_the_list(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    add_member(store, team_id, "Anna de Wit")
    captain = add_member(store, team_id, "Bram Kok")
    set_role(store, team_id, "captain", captain, staatsprint_template)
    window = active(qtbot, open_window(store))
    listing = find(window, QListWidget, "memberList")
    click_row(qtbot, listing, 0)
    remove = find(window, QPushButton, "removeMemberButton")
    asked = []
    answer_question(press_default(qtbot), asked)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle()
    assert asked and asked[0][1], "No is the default"
    assert [m.name for m in team_view(store, event_id, team_id, staatsprint_template).members] == ["Anna de Wit", "Bram Kok"]

    answer_question(lambda box: qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space), asked)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle()
    assert [m.name for m in team_view(store, event_id, team_id, staatsprint_template).members] == ["Bram Kok"]
    active(qtbot, window)  # the window manager gives the window its focus back when the box has gone
    assert QApplication.focusWidget() is listing and listing.currentItem().text().startswith("Bram Kok")
    stop = answer_question(press_default(qtbot), asked)  # were a question asked now, the default answers it
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Space, Qt.Key.Key_Return):
        qtbot.keyClick(QApplication.focusWidget(), key)
        settle()
    stop()
    assert len(asked) == 2  # nothing asked: the keys went to the list
    assert [m.name for m in team_view(store, event_id, team_id, staatsprint_template).members] == ["Bram Kok"]


def test_deleting_a_pain_point_defaults_to_no_and_leaves_the_focus_on_the_list(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    add_knelpunt(store, team_id, "Weg")
    add_knelpunt(store, team_id, "Blijft")
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = active(qtbot, open_window(store))
    settle()
    asked = []
    answer_question(press_default(qtbot), asked)
    qtbot.mouseClick(find(window, QPushButton, "deleteKnelpuntButton"), Qt.MouseButton.LeftButton)
    settle()
    assert asked and asked[0][1], "No is the default"
    assert [k.title for k in knelpunten(store, team_id)] == ["Weg", "Blijft"]
    answer_question(lambda box: qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space), asked)
    qtbot.mouseClick(find(window, QPushButton, "deleteKnelpuntButton"), Qt.MouseButton.LeftButton)
    settle()
    assert [k.title for k in knelpunten(store, team_id)] == ["Blijft"]
    active(qtbot, window)
    assert QApplication.focusWidget() is find(window, QListWidget, "knelpuntenList")
