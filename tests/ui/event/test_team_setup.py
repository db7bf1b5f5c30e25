"""Team set-up as a captain does it: typing names (with Dutch letters), kennismaking, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from app.event.teams import add_member, team_view
from tests.ui.conftest import find, settle, type_text


@pytest.fixture
def team_page(qtbot, open_window, event_with_team):
    store, event_id, team_id = event_with_team
    window = open_window(store)
    assert window.event_view.pages.currentWidget().objectName() == "teamPage"
    return window, store, event_id, team_id


def members(store, event_id, team_id, template):
    return team_view(store, event_id, team_id, template).members


def test_add_members_by_keyboard_with_dutch_letters(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    new = find(window, QLineEdit, "newMemberEdit")
    for name in ("Noëlle Hendriks", "Zoë van Dijk", "René Maréchal"):
        type_text(qtbot, new, name)
        qtbot.keyClick(new, Qt.Key.Key_Return)
        settle()
    assert [m.name for m in members(store, event_id, team_id, staatsprint_template)] == ["Noëlle Hendriks", "Zoë van Dijk", "René Maréchal"]
    assert find(window, QListWidget, "memberList").count() == 3
    assert new.text() == ""


def test_kennismaking_is_saved_while_typing_and_on_tab(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    new = find(window, QLineEdit, "newMemberEdit")
    type_text(qtbot, new, "Anaïs Kartosen")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    settle()
    who = find(window, QPlainTextEdit, "kennismaking_who")
    assert new.hasFocus() and who.isEnabled()  # the new member's card shows; the cursor waits for the next name
    type_text(qtbot, who, "Beleidsadviseur, één van de twee")  # clicked into the first question
    qtbot.keyClick(who, Qt.Key.Key_Tab)  # leaving the field saves at once
    organisation = find(window, QPlainTextEdit, "kennismaking_organisation")
    assert organisation.hasFocus()
    type_text(qtbot, organisation, "Provincie Zuid-Holland")
    qtbot.waitUntil(lambda: members(store, event_id, team_id, staatsprint_template)[0].kennismaking.get("organisation") == "Provincie Zuid-Holland")
    (member,) = members(store, event_id, team_id, staatsprint_template)
    assert member.kennismaking["who"] == "Beleidsadviseur, één van de twee"


def test_an_empty_or_duplicate_name_shows_why_and_adds_nothing(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    new = find(window, QLineEdit, "newMemberEdit")
    qtbot.mouseClick(find(window, QPushButton, "addMemberButton"), Qt.MouseButton.LeftButton)
    settle()
    error = find(window, QLabel, "newMemberError")
    assert error.isVisible() and error.text() == "Give the member a name."
    type_text(qtbot, new, "Sem")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    settle()
    assert not error.isVisible()
    type_text(qtbot, new, "sem")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    settle()
    assert error.isVisible() and "already in this team" in error.text()
    assert new.text() == "sem"  # the typed name stays, to be corrected
    assert len(members(store, event_id, team_id, staatsprint_template)) == 1


def test_renaming_to_empty_is_refused_in_the_form(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    add_member(store, team_id, "Bram")
    settle()
    name = find(window, QLineEdit, "memberNameEdit")
    assert name.text() == "Bram"
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    settle()
    assert find(window, QLabel, "formError").text() == "Give the member a name."
    assert members(store, event_id, team_id, staatsprint_template)[0].name == "Bram"


def _choose_by_mouse(qtbot, combo, member_id):
    combo.showPopup()
    view = combo.view()
    index = view.model().index(combo.findData(member_id), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    settle()


def test_roles_by_mouse_one_person_two_roles(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    fatima = add_member(store, team_id, "Fatima El Amrani")
    add_member(store, team_id, "Joost de Wit")
    settle()
    for role in ("captain", "timekeeper"):
        _choose_by_mouse(qtbot, find(window, QComboBox, f"roleCombo_{role}"), fatima)
    view = team_view(store, event_id, team_id, staatsprint_template)
    assert view.roles == {"captain": fatima, "timekeeper": fatima}
    list_text = find(window, QListWidget, "memberList").item(0).text()
    assert "Teamcaptain" in list_text and "Time keeper" in list_text
    assert find(window, QComboBox, "roleCombo_presenter").currentText() == "— still open —"


def test_roles_by_keyboard(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    add_member(store, team_id, "Anna")
    bram = add_member(store, team_id, "Bram")
    settle()
    combo = find(window, QComboBox, "roleCombo_presenter")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    settle()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    settle()
    assert team_view(store, event_id, team_id, staatsprint_template).roles == {"presenter": bram}


def test_remove_a_member_after_confirming(qtbot, team_page, staatsprint_template, monkeypatch):
    window, store, event_id, team_id = team_page
    add_member(store, team_id, "Anna")
    settle()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.No)
    remove = find(window, QPushButton, "removeMemberButton")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle()
    assert "Anna" in asked[0] and len(members(store, event_id, team_id, staatsprint_template)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle()
    assert members(store, event_id, team_id, staatsprint_template) == ()
    assert find(window, QListWidget, "memberList").count() == 0


def test_team_name_is_saved_on_enter(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    name = find(window, QLineEdit, "teamNameEdit")
    type_text(qtbot, name, "Café Digitaal")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    settle()
    assert team_view(store, event_id, team_id, staatsprint_template).name == "Café Digitaal"
    assert find(window, QLabel, "teamTitle").text() == "Café Digitaal"


def test_a_change_made_elsewhere_appears_without_touching_the_screen(qtbot, team_page):
    window, store, _event_id, team_id = team_page
    add_member(store, team_id, "Kees")  # made outside this page: later also on another laptop
    settle()
    assert find(window, QListWidget, "memberList").count() == 1
    assert find(window, QLineEdit, "memberNameEdit").text() == "Kees"


def test_a_new_team_from_the_header(qtbot, open_window, sqlite_store, staatsprint_template):
    from datetime import date

    from app.event.events import create_event
    from app.event.teams import team_views
    from app.paths import template_path

    event_id = create_event(sqlite_store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    window = open_window(sqlite_store)
    assert window.event_view.team_picker.count() == 0
    qtbot.mouseClick(find(window, QPushButton, "addTeamButton"), Qt.MouseButton.LeftButton)
    settle()
    qtbot.mouseClick(find(window, QPushButton, "addTeamButton"), Qt.MouseButton.LeftButton)
    settle()
    teams = team_views(sqlite_store, event_id, staatsprint_template)
    assert [t.number for t in teams] == [1, 2]
    assert window.event_view.team_picker.count() == 2
    assert window.event_view.current_team().id == teams[1].id
    assert window.event_view.place == ("team",) and find(window, QLabel, "teamTitle").text() == "Team 2"


def test_closing_the_window_saves_what_was_just_typed(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    add_member(store, team_id, "Anna")
    settle()
    who = find(window, QPlainTextEdit, "kennismaking_who")
    type_text(qtbot, who, "Net getypt")
    window.close()  # within the 600 ms before the idle save
    assert members(store, event_id, team_id, staatsprint_template)[0].kennismaking == {"who": "Net getypt"}


def test_switching_member_keeps_list_and_form_together(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    add_member(store, team_id, "Anna")
    add_member(store, team_id, "Bram")
    settle()
    members_list = find(window, QListWidget, "memberList")
    members_list.setCurrentRow(0)
    type_text(qtbot, find(window, QPlainTextEdit, "kennismaking_who"), "Anna's verhaal")
    members_list.setCurrentRow(1)  # switch before the idle save
    settle()
    assert find(window, QLineEdit, "memberNameEdit").text() == "Bram"
    assert members_list.currentItem().text().startswith("Bram")
    assert members(store, event_id, team_id, staatsprint_template)[0].kennismaking == {"who": "Anna's verhaal"}


def test_an_invalid_name_does_not_cost_the_answers(qtbot, team_page, staatsprint_template):
    window, store, event_id, team_id = team_page
    add_member(store, team_id, "Anna")
    add_member(store, team_id, "Bram")
    settle()
    find(window, QListWidget, "memberList").setCurrentRow(1)
    name = find(window, QLineEdit, "memberNameEdit")
    name.setText("anna")
    type_text(qtbot, find(window, QPlainTextEdit, "kennismaking_motivation"), "Samen sneller")
    window.event_view.team_page.form.commit()
    assert "already in this team" in find(window, QLabel, "formError").text()
    bram = members(store, event_id, team_id, staatsprint_template)[1]
    assert bram.name == "Bram" and bram.kennismaking == {"motivation": "Samen sneller"}
