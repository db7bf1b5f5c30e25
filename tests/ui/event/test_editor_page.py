"""The event editor, used as a facilitator uses it: by keyboard, each change saved at once, a refusal
said under the field with the stored value back, and the rest of the window following the edit."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from app.day.template_file import load_template
from app.event.events import create_event, event_template, get_event, list_events, programme
from app.event.teams import add_member
from app.voting.voting import cast
from app.paths import template_path
from app.day.programme import shift_rest_of_day
from tests.day.test_programme import utc
from tests.event.editing import held
from tests.ui.conftest import find, settle, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(open_window, event_with_team, qtbot):
    """(window, page, store, event id, team id) with the editor open (Ctrl+7)."""
    store, event_id, team_id = event_with_team
    window = open_window(store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_7, CTRL)
    settle()
    page = window.event_view.pages.currentWidget()
    assert page.objectName() == "editorPage"
    return window, page, store, event_id, team_id


def _template(store, event_id):
    return event_template(get_event(store, event_id))


def _retype(qtbot, field: QWidget, text: str, key=Qt.Key.Key_Return) -> None:
    """Select what the field holds, type over it, and confirm (Enter) or leave (Tab)."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    type_text(qtbot, field, text)
    qtbot.keyClick(field, key)
    settle()


def _steps(qtbot, page) -> None:
    page.enter_tab(3)
    settle()


def test_ctrl_pgdown_and_pgup_switch_tabs_and_the_focus_lands_on_the_first_field(qtbot, editor):
    window, page, *_ = editor
    assert QApplication.focusWidget() is find(window, QLineEdit, "editorEventName")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert page.tabs.currentIndex() == 1 and QApplication.focusWidget().objectName() == "programmeTable"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert page.tabs.currentIndex() == 2 and QApplication.focusWidget().objectName() == "editorChallengeList"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert page.tabs.currentIndex() == 3 and QApplication.focusWidget().objectName() == "minutes_braindump"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert page.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)  # round the end
    assert page.tabs.currentIndex() == 0 and QApplication.focusWidget().objectName() == "editorEventName"


def test_minutes_changed_by_keyboard_are_saved_and_the_navigator_shows_them(qtbot, editor):
    window, page, store, event_id, _team = editor
    _steps(qtbot, page)
    _retype(qtbot, find(window, QSpinBox, "minutes_braindump"), "4")
    assert _template(store, event_id).step("braindump").minutes == 4
    assert window.event_view.navigator.item_for(("step", "braindump")).text(1) == "4 min"
    assert window.event_view.workspace.template.step("braindump").minutes == 4
    assert find(window, QLabel, "editorWindow_probleem").text() == (
        "The phase has 70 min (10:30–11:40 in this event's programme); its steps take 69 min, 1 min free.")
    assert QApplication.focusWidget() is find(window, QSpinBox, "minutes_braindump")


def test_the_phase_times_on_the_steps_tab_are_the_shifted_programmes(qtbot, editor):
    window, page, store, event_id, _team = editor
    shift_rest_of_day(store, event_id, 5, utc("09:00"))  # the morning 5 minutes later, up to lunch
    _steps(qtbot, page)
    settle()
    assert find(window, QLabel, "editorWindow_probleem").text() == (
        "The phase has 70 min (10:35–11:45 in this event's programme); its steps take 70 min, 0 min free.")


def test_minutes_past_the_phase_window_name_the_phase_and_its_minutes_and_the_stored_value_returns(qtbot, editor):
    window, page, store, event_id, _team = editor
    _steps(qtbot, page)
    before = held(store, event_id)
    spin = find(window, QSpinBox, "minutes_braindump")
    _retype(qtbot, spin, "9")
    error = find(window, QLabel, "editorStepError_braindump")
    assert error.isVisible()
    assert error.text() == ("Phase 1 “What is the problem?” would then last 70 minutes (10:30–11:40), but its steps take 74 together. "
                            "Make a step shorter (Steps tab) or give the phase more time (Programme tab); nothing was changed.")
    assert spin.value() == 5
    assert held(store, event_id) == before
    assert window.event_view.navigator.item_for(("step", "braindump")).text(1) == "5 min"


def _votes(store, event_id, team_id, dots: int) -> None:
    voter = add_member(store, team_id, "Anna")
    rules = _template(store, event_id).step("dot_vote").rules
    for target in range(dots):
        cast(store, rules, team_id, "dot_vote", voter, target + 1)


def test_after_votes_the_budget_rises_but_never_below_what_was_placed(qtbot, editor):
    window, page, store, event_id, team_id = editor
    _votes(store, event_id, team_id, 7)
    _steps(qtbot, page)
    settle()
    assert "down to 7" in find(window, QLabel, "editorVoted_dot_vote").text()
    budget = find(window, QSpinBox, "rule_dot_vote_budget_per_member")
    _retype(qtbot, budget, "12")
    assert _template(store, event_id).step("dot_vote").rules.budget_per_member == 12
    before = held(store, event_id)
    _retype(qtbot, budget, "5")
    error = find(window, QLabel, "editorStepError_dot_vote")
    assert error.isVisible() and "placed 7 dots" in error.text() and "below 7" in error.text()
    assert budget.value() == 12
    assert held(store, event_id) == before


def test_after_votes_another_rule_is_refused_and_unticked_again(qtbot, editor):
    window, page, store, event_id, team_id = editor
    _votes(store, event_id, team_id, 2)
    _steps(qtbot, page)
    before = held(store, event_id)
    tick = find(window, QWidget, "rule_dot_vote_several_per_item")
    tick.setFocus()
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    settle()
    assert "its rules stay as they are" in find(window, QLabel, "editorStepError_dot_vote").text()
    assert tick.isChecked()
    assert held(store, event_id) == before


def test_a_challenge_text_typed_is_saved_when_the_field_is_left(qtbot, editor):
    window, page, store, event_id, _team = editor
    page.enter_tab(2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the second challenge
    settle()
    field = find(window, QLineEdit, "challengeText_title_en")
    _retype(qtbot, field, "Smart IT  together", key=Qt.Key.Key_Tab)
    assert _template(store, event_id).challenge("markt_overheid").title.en == "Smart IT together"
    assert field.text() == "Smart IT together"
    body = find(window, QPlainTextEdit, "challengeText_sections_0_body_nl")
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, CTRL)
    type_text(qtbot, body, " Één zin erbij.")
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    settle()
    assert _template(store, event_id).challenge("markt_overheid").sections[0].body.nl.endswith("Één zin erbij.")


def test_a_challenge_text_is_saved_after_a_pause_in_typing(qtbot, editor):
    window, page, store, event_id, _team = editor
    page.enter_tab(2)
    field = find(window, QPlainTextEdit, "challengeText_question_nl")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, CTRL)
    type_text(qtbot, field, " En hoe?")
    qtbot.waitUntil(lambda: _template(store, event_id).challenge("gemeentelijke_it").question.nl.endswith("En hoe?"))
    assert field.hasFocus()


def test_an_emptied_title_is_refused_and_comes_back_when_left(qtbot, editor):
    window, page, store, event_id, _team = editor
    page.enter_tab(2)
    before = held(store, event_id)
    field = find(window, QLineEdit, "challengeText_title_nl")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    settle()
    error = find(window, QLabel, "editorTextError_title")
    assert error.isVisible() and "title.nl: must not be empty or only spaces" in error.text()
    assert field.text() == "Moderniseren van de gemeentelijke IT"
    assert held(store, event_id) == before


def test_a_question_is_added_and_typed_over(qtbot, editor):
    window, page, store, event_id, _team = editor
    page.enter_tab(2)
    qtbot.mouseClick(find(window, QPushButton, "addQuestionButton"), Qt.MouseButton.LeftButton)
    settle()
    field = QApplication.focusWidget()
    assert field.objectName() == "challengeText_consider_7_nl"
    type_text(qtbot, field, "Wie is eigenaar?")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    settle()
    assert _template(store, event_id).challenge("gemeentelijke_it").consider[7].nl == "Wie is eigenaar?"


def test_enter_on_the_focused_add_challenge_button_adds_one(qtbot, editor):
    window, page, store, event_id, _team = editor
    page.enter_tab(2)
    count = len(_template(store, event_id).challenges)
    button = find(window, QPushButton, "addChallengeButton")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    settle()
    assert len(_template(store, event_id).challenges) == count + 1
    assert QApplication.focusWidget().objectName() == "challengeText_title_nl"  # the new challenge's title
    for name in ("removeChallengeButton", "addQuestionButton", "removeQuestion_0"):
        assert find(window, QPushButton, name).autoDefault(), name  # Enter presses each, as Space does


def test_on_a_low_window_tab_reaches_the_remove_button_and_shows_it_whole(qtbot, editor):
    window, page, *_ = editor
    window.resize(1366, 640)  # the smallest the window gets
    page.enter_tab(2)
    page.challenges.list_error.setText("Teams work on this challenge (Team 1): give them another challenge first. Nothing was removed.")
    page.challenges.list_error.show()  # a refusal under the buttons takes room too
    settle()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    settle()
    remove = find(window, QPushButton, "removeChallengeButton")
    assert QApplication.focusWidget() is remove
    assert remove.visibleRegion().boundingRect().size() == remove.size()  # not cut off by the window's edge
    assert window.height() == 640  # the window did not grow past the screen to make room


def test_a_challenge_a_team_works_on_is_not_removed(qtbot, editor, monkeypatch):
    window, page, store, event_id, _team = editor
    monkeypatch.setattr("ui.event.editor_challenges.confirm", lambda *_: True)
    page.enter_tab(2)
    before = held(store, event_id)
    qtbot.mouseClick(find(window, QPushButton, "removeChallengeButton"), Qt.MouseButton.LeftButton)
    settle()
    assert "Teams work on this challenge (1)" in find(window, QLabel, "editorChallengeListError").text()
    assert held(store, event_id) == before


def test_the_name_and_place_are_saved_and_the_header_follows(qtbot, editor):
    window, page, store, event_id, _team = editor
    _retype(qtbot, find(window, QLineEdit, "editorEventName"), "Staatsprint 2027", key=Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(window, QDateEdit, "editorEventDay")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _retype(qtbot, QApplication.focusWidget(), "Utrecht", key=Qt.Key.Key_Tab)
    event = get_event(store, event_id)
    assert (event.name, event.location) == ("Staatsprint 2027", "Utrecht")
    assert find(window, QLabel, "eventTitle").text() == "Staatsprint 2027 · 11-03-2026 · Utrecht"


def test_a_renamed_event_is_named_so_in_the_event_picker_and_the_window_title(qtbot, open_window, event_with_team):
    store, _event_id, _team = event_with_team
    create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2027, 3, 10))  # two events: a picker
    window = open_window(store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    opened = window.event_view.workspace.event
    window.event_view.go_to(("editor",))
    settle()
    _retype(qtbot, find(window, QLineEdit, "editorEventName"), "Staatsprint 2027", key=Qt.Key.Key_Tab)
    picker = find(window, QComboBox, "eventPicker")
    assert picker.currentText() == f"Staatsprint 2027 ({opened.day:%d-%m-%Y})" and picker.currentData() == opened.id
    other = next(summary for summary in list_events(store) if summary.id != opened.id)
    assert picker.itemText(picker.findData(other.id)) == f"{other.name} ({other.day:%d-%m-%Y})"  # the other event as it was
    assert window.windowTitle() == "Staatsprint — Staatsprint 2027"


def test_an_empty_name_is_refused_and_the_stored_name_returns(qtbot, editor):
    window, page, store, event_id, _team = editor
    before = held(store, event_id)
    name = find(window, QLineEdit, "editorEventName")
    _retype(qtbot, name, " ", key=Qt.Key.Key_Tab)
    assert find(window, QLabel, "editorNameError").text() == "Give the event a name."
    assert name.text() == get_event(store, event_id).name
    assert held(store, event_id) == before


def test_save_as_template_writes_a_file_that_loads(qtbot, editor, tmp_path):
    window, page, store, event_id, _team = editor
    _steps(qtbot, page)
    _retype(qtbot, find(window, QSpinBox, "minutes_braindump"), "4")
    path = page.save_template(tmp_path / "volgend-jaar.toml")
    assert load_template(path) == _template(store, event_id)
    assert load_template(path).step("braindump").minutes == 4
    assert find(window, QLabel, "editorStatus").text() == f"Saved as template: {path}"


def test_save_as_template_to_a_folder_that_is_not_there_says_why(qtbot, editor, tmp_path):
    window, page, *_ = editor
    assert page.save_template(tmp_path / "nowhere" / "t.toml") is None
    assert "No such file or directory" in find(window, QLabel, "editorStatus").text()
    assert not (tmp_path / "nowhere").exists()


def test_the_programme_is_the_second_tab(editor):
    _window, page, *_ = editor
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["General", "Programme", "Challenges", "Steps"]
    assert page.tabs.widget(1).objectName() == "programmeEditor"


def test_a_new_date_typed_moves_the_day_and_the_header_says_it(qtbot, editor):
    window, _page, store, event_id, _team = editor
    day = find(window, QDateEdit, "editorEventDay")
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Home)  # on the day's digits
    qtbot.keyClick(day, Qt.Key.Key_Up)  # a day later
    settle()
    starts = [item.starts_at.astimezone(ZoneInfo("Europe/Amsterdam")) for item in programme(store, event_id)]
    assert get_event(store, event_id).day.isoformat() == "2026-03-12"
    assert (starts[0].date().isoformat(), starts[0].strftime("%H:%M")) == ("2026-03-12", "09:30")
    assert "12-03-2026" in find(window, QLabel, "eventTitle").text()


def test_an_edit_from_elsewhere_shows_in_the_open_editor(qtbot, editor):
    window, page, store, event_id, _team = editor
    from app.event.step_edits import set_step_minutes

    _steps(qtbot, page)
    set_step_minutes(store, event_id, "vehicle", 30)  # another laptop
    settle()
    assert find(window, QSpinBox, "minutes_vehicle").value() == 30
    assert "5 min free" in find(window, QLabel, "editorWindow_probleem").text()


def test_the_challenge_page_shows_an_edited_title(qtbot, editor):
    window, page, store, event_id, _team = editor
    page.enter_tab(2)
    _retype(qtbot, find(window, QLineEdit, "challengeText_title_en"), "Municipal IT, faster", key=Qt.Key.Key_Tab)
    _retype(qtbot, find(window, QLineEdit, "challengeText_title_nl"), "Gemeentelijke IT, sneller", key=Qt.Key.Key_Tab)
    window.event_view.go_to(("challenge",))
    settle()
    shown = [label.text() for label in window.event_view.challenge_page.findChildren(QLabel) if label.isVisible()]
    assert any("Gemeentelijke IT, sneller" in text for text in shown)


def test_a_focused_field_not_typed_in_keeps_a_change_from_elsewhere(qtbot, editor):
    window, page, store, event_id, _team = editor
    from app.event.challenge_edits import set_challenge_text

    page.enter_tab(2)
    field = find(window, QLineEdit, "challengeText_title_en")
    field.setFocus()
    set_challenge_text(store, event_id, "gemeentelijke_it", ("title",), "en", "Renamed elsewhere")  # another laptop
    settle()
    assert field.text() == "Renamed elsewhere"
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    settle()
    assert _template(store, event_id).challenge("gemeentelijke_it").title.en == "Renamed elsewhere"
