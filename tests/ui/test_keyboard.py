"""Keyboard only, as a keyboard user works: where the focus is after each action on each page, and
that a key then does what the screen says — Space presses only a control the user chose, Ctrl+Space
is the timer's key everywhere, and no key switches the event or the team by accident."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton

from app.clock.clock import FakeClock
from app.day.navigation import move_team
from app.event.events import create_event, get_event, list_events
from app.event.teams import add_member, add_team, remove_member, team_view
from app.outcomes.knelpunten import add_knelpunt
from app.paths import template_path
from tests.ui.conftest import find, settle
from tests.ui.modal import say_yes
from ui.event.new_event_dialog import NewEventDialog
from ui.common.keymap import KEYMAP
from ui.window.shortcuts_dialog import shortcut_rows

T0 = datetime(2026, 3, 11, 9, 30, tzinfo=timezone.utc)
CTRL = Qt.KeyboardModifier.ControlModifier
PICKERS = {"eventPicker", "teamPicker", "identityPicker"}


def focus() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to whatever has the focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    settle()


def press_button(qtbot, window, name) -> None:
    """Tabbed to (the user's choice), then Space."""
    find(window, QPushButton, name).setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)


def step_of(window) -> str | None:
    view = window.event_view
    return team_view(view.workspace.store, view.workspace.event.id, view.current_team().id, view.workspace.template).current_step


def running(window) -> set:
    """The team's timers that were ever started."""
    view = window.event_view
    states = window.timers.states(view.workspace.event.id, view.current_team().id)
    return {key for key, state in states.items() if state.started_at is not None}


@pytest.fixture
def keyboard_window(qtbot, clocked_window, event_with_team, staatsprint_template):
    """(window, store, team_id) on a fake clock, active, the team at ``step`` (None: the team page)."""

    def make(step: str | None):
        store, _event_id, team_id = event_with_team
        add_member(store, team_id, "Anna")
        if step is not None:
            move_team(store, team_id, step, staatsprint_template)
        window, _player = clocked_window(store, FakeClock(T0))
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle()
        return window, store, team_id

    return make


def assert_space_and_enter_change_nothing(qtbot, window, step: str) -> None:
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
        press(qtbot, key)
    assert step_of(window) == step and running(window) == set()
    assert not window.event_view.team_picker.view().isVisible()


def test_after_move_the_team_here_the_focus_is_on_the_board_and_only_ctrl_space_starts_the_timer(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("braindump")
    window.event_view.go_to(("step", "clustering"))  # reading ahead
    assert find(window, QPushButton, "nextButton").text() == "Move the team here"
    press_button(qtbot, window, "nextButton")
    assert step_of(window) == "clustering"
    assert focus() == "boardPage"  # not the button, now labelled "Next: …"
    assert_space_and_enter_change_nothing(qtbot, window, "clustering")
    press(qtbot, Qt.Key.Key_Space, CTRL)
    assert running(window) == {("clustering", "")}


def test_after_take_your_team_along_space_opens_no_picker(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window(None)
    press_button(qtbot, window, "startDayButton")
    assert step_of(window) == "braindump" and focus() == "boardPage"
    assert_space_and_enter_change_nothing(qtbot, window, "braindump")


def test_after_next_and_back_the_focus_is_on_the_page_shown(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("knelpunten")
    press_button(qtbot, window, "nextButton")
    assert step_of(window) == "dot_vote" and focus() == "votePage"
    assert_space_and_enter_change_nothing(qtbot, window, "dot_vote")
    press_button(qtbot, window, "backButton")
    assert step_of(window) == "knelpunten" and focus() == "knelpuntenPage"
    assert_space_and_enter_change_nothing(qtbot, window, "knelpunten")


def test_the_phase_gate_and_on_to_the_next_phase(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("vehicle")
    press_button(qtbot, window, "nextButton")
    assert window.event_view.place == ("gate", "probleem") and focus() == "gatePage"
    assert_space_and_enter_change_nothing(qtbot, window, "vehicle")
    press_button(qtbot, window, "gateOnButton")
    assert step_of(window) == "hkw" and focus() == "boardPage"  # the HKW board: the questions are written there
    assert_space_and_enter_change_nothing(qtbot, window, "hkw")


def test_instructions_and_back_to_the_board(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("braindump")
    press_button(qtbot, window, "showInstructionsButton")
    assert focus() == "stepScroll"
    press_button(qtbot, window, "showBoardButton")
    assert focus() == "boardPage"
    assert_space_and_enter_change_nothing(qtbot, window, "braindump")


@pytest.fixture
def two_events(keyboard_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    other = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 4, 1), name="Tweede dag")
    add_team(store, other, "gemeentelijke_it")
    return keyboard_window("braindump")


def test_tab_never_lands_on_a_header_picker(qtbot, two_events):
    window, _store, _team_id = two_events
    seen = set()
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        window.event_view.land_focus()
        for _ in range(60):
            press(qtbot, key)
            seen.add(focus())
    assert seen and not seen & PICKERS


def test_an_arrow_or_the_wheel_on_a_picker_switches_nothing(qtbot, two_events):
    window, _store, _team_id = two_events
    event_id = window.event_view.workspace.event.id
    picker = window.event_view.event_picker
    picker.setFocus(Qt.FocusReason.MouseFocusReason)  # clicked once, then the list closed again
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_T):
        press(qtbot, key)
    centre = QPointF(picker.rect().center())
    wheel = QWheelEvent(centre, QPointF(picker.mapToGlobal(picker.rect().center())), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(picker, wheel)
    settle()
    assert window.event_view.workspace.event.id == event_id and not picker.view().isVisible()
    assert window.findChild(QLabel, "eventTitle").text().startswith(get_event(window.store, event_id).name)


def test_another_event_can_be_chosen_only_when_there_is_one(qtbot, keyboard_window, two_events):
    window, _store, _team_id = two_events
    assert window.findChild(QAction, "chooseEventAction").isEnabled()
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert window.event_view.event_picker.view().isVisible()


def test_the_go_menu_shortcut_opens_the_team_list_and_a_choice_in_it_switches(qtbot, two_events, staatsprint_template):
    window, store, team_id = two_events
    event_id = window.event_view.workspace.event.id
    second = add_team(store, event_id, "gemeentelijke_it")
    settle()
    press(qtbot, Qt.Key.Key_T, CTRL)
    picker = window.event_view.team_picker
    assert picker.view().isVisible()  # the list is open, to choose from
    picker.view().setCurrentIndex(picker.model().index(picker.findData(second), 0))
    qtbot.keyClick(picker.view(), Qt.Key.Key_Return)
    settle()
    assert window.event_view.current_team().id == second
    assert focus() == "teamPage"  # a new team has no step yet: its team page, and the focus on it


def test_every_shortcut_is_in_the_help_and_the_timer_key_is_said_everywhere(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("braindump")
    assert not window.findChild(QAction, "chooseEventAction").isEnabled()  # the only event
    rows = dict(shortcut_rows(window))
    assert rows["Start / pause"] == "Ctrl+Space"
    assert rows["Choose another event"] == "Ctrl+E" and rows["Choose another team"] == "Ctrl+T"
    assert find(window, QLabel, "timerStatus").text().endswith("Ctrl+Space starts the timer.")  # the slim strip leaves out the minutes it shows


def test_enter_adds_a_member_and_the_next_name_can_be_typed_at_once(qtbot, keyboard_window, staatsprint_template):
    window, store, team_id = keyboard_window(None)
    new = find(window, QLineEdit, "newMemberEdit")
    new.setFocus(Qt.FocusReason.TabFocusReason)
    for name in ("Bram", "Cas", "Dewi"):
        qtbot.keyClicks(QApplication.focusWidget(), name)
        press(qtbot, Qt.Key.Key_Return)
        assert focus() == "newMemberEdit" and new.text() == ""
    members = team_view(store, window.event_view.workspace.event.id, team_id, staatsprint_template).members
    assert [m.name for m in members] == ["Anna", "Bram", "Cas", "Dewi"]
    assert all(not any(m.kennismaking.values()) for m in members)  # no name became an introduction


@pytest.fixture
def new_event_dialog(qtbot, sqlite_store):
    dialog = NewEventDialog(sqlite_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Staatsprint Zwolle")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() == "eventDateEdit"
    return dialog, sqlite_store


def _finish_and_create(qtbot, dialog, store):
    """From the place: Tab through the template and the file button to "Create event", then Space."""
    qtbot.keyClicks(QApplication.focusWidget(), "Provinciehuis")
    for name in ("templatePicker", "browseTemplateButton", "createEventOk"):
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() == name
    press(qtbot, Qt.Key.Key_Space)
    (event,) = list_events(store)
    assert dialog.event_id == event.id
    made = get_event(store, event.id)
    return made.name, made.day, made.location


def test_tab_passes_the_day_at_once_and_the_place_typed_next_is_kept(qtbot, new_event_dialog):
    dialog, store = new_event_dialog
    today = dialog.date_edit.date().toPython()
    press(qtbot, Qt.Key.Key_Tab)  # the day is fine as it is
    assert focus() == "eventLocationEdit"  # not the day's month part
    assert _finish_and_create(qtbot, dialog, store) == ("Staatsprint Zwolle", today, "Provinciehuis")


def test_a_day_typed_in_digits_and_then_the_place(qtbot, new_event_dialog):
    dialog, store = new_event_dialog
    qtbot.keyClicks(QApplication.focusWidget(), "11032027")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() == "eventLocationEdit"
    assert _finish_and_create(qtbot, dialog, store) == ("Staatsprint Zwolle", date(2027, 3, 11), "Provinciehuis")


def test_a_button_that_goes_away_under_the_focus_leaves_it_on_the_page(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("braindump")
    press_button(qtbot, window, "revealNotesButton")  # hidden once the notes are revealed
    assert not find(window, QPushButton, "revealNotesButton").isVisible()
    assert focus() == "boardPage"
    assert_space_and_enter_change_nothing(qtbot, window, "braindump")


def test_when_the_team_moves_on_elsewhere_a_focused_button_does_not_keep_the_focus(qtbot, keyboard_window, staatsprint_template):
    window, store, team_id = keyboard_window("braindump")
    find(window, QPushButton, "nextButton").setFocus(Qt.FocusReason.TabFocusReason)
    move_team(store, team_id, "clustering", staatsprint_template)  # on another laptop
    settle()
    assert window.event_view.place == ("step", "clustering") and focus() == "boardPage"
    assert_space_and_enter_change_nothing(qtbot, window, "clustering")


def test_a_page_chosen_from_the_go_menu_gets_the_focus_not_its_first_field(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("braindump")
    find(window, QPushButton, "nextButton").setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.event_view.place == ("team",) and focus() == "teamPage"


def test_the_boards_keys_come_from_the_keymap_and_are_listed_in_the_help(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("braindump")
    rows = dict(shortcut_rows(window))
    assert rows["Board: cluster the selected notes"] == "Ctrl+G"
    assert rows["Board: who writes (the 1st … 9th member)"] == "Alt+1 … Alt+9"
    assert rows["Next step"] == "Alt+Right" and rows["Keyboard shortcuts"] == "Shift+F1"


def test_on_the_vote_page_next_person_keeps_the_focus_and_the_reveal_leaves_it_on_the_page(qtbot, keyboard_window, staatsprint_template):
    window, store, team_id = keyboard_window("knelpunten")
    add_knelpunt(store, team_id, "Inkoop apart")
    add_member(store, team_id, "Bram")
    press_button(qtbot, window, "nextButton")
    assert focus() == "votePage"
    press_button(qtbot, window, "nextVoterButton")
    assert focus() == "nextVoterButton" and find(window, QLabel, "dotsLeft").text().startswith("Bram")
    press(qtbot, Qt.Key.Key_Space)  # the button says "Next person": Space on it again does just that
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    press_button(qtbot, window, "revealButton")
    window.activateWindow()  # the question has closed: the window system gives the window back its focus
    qtbot.waitUntil(window.isActiveWindow)
    assert focus() == "votePage"
    assert_space_and_enter_change_nothing(qtbot, window, "dot_vote")


def test_back_from_the_gate_lands_on_the_step(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("vehicle")
    press_button(qtbot, window, "nextButton")
    press_button(qtbot, window, "gateBackButton")
    assert window.event_view.place == ("step", "vehicle") and focus() == "vehiclePage"
    assert_space_and_enter_change_nothing(qtbot, window, "vehicle")


def test_knelpunten_typed_one_after_another_keep_the_field(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("knelpunten")
    find(window, QLineEdit, "newKnelpuntEdit").setFocus(Qt.FocusReason.TabFocusReason)
    for title in ("Inkoop apart", "Data in kokers"):
        qtbot.keyClicks(QApplication.focusWidget(), title)
        press(qtbot, Qt.Key.Key_Return)
        assert focus() == "newKnelpuntEdit"
    assert window.findChild(QListWidget, "knelpuntenList").count() == 2


def test_the_programme_page_from_the_go_menu_and_a_shift_by_keyboard(qtbot, keyboard_window):
    window, _store, _team_id = keyboard_window("braindump")
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.event_view.place == ("programme",) and focus() == "programmePage"
    press_button(qtbot, window, "shiftPlus5")
    assert focus() == "shiftPlus5"  # the button is still there and still means "+5 min"


def test_a_member_removed_elsewhere_while_their_card_has_the_focus(qtbot, keyboard_window, staatsprint_template):
    window, store, team_id = keyboard_window(None)
    (anna,) = team_view(store, window.event_view.workspace.event.id, team_id, staatsprint_template).members
    find(window, QPushButton, "removeMemberButton").setFocus(Qt.FocusReason.TabFocusReason)
    remove_member(store, anna.id)  # on another laptop
    settle()
    assert focus() == "teamPage"  # not "Take your team to the first phase", one Space away
    assert_space_and_enter_change_nothing(qtbot, window, None)


def test_single_character_keys_can_be_switched_off(qtbot, keyboard_window, prefs):
    window, _store, _team_id = keyboard_window("braindump")
    window.findChild(QAction, "characterKeysAction").trigger()  # View → Single-key shortcuts, off
    press(qtbot, Qt.Key.Key_Plus)
    press(qtbot, Qt.Key.Key_Minus)
    assert running(window) == set() and window.findChild(QAction, "timerPlusAction").shortcuts() == []
    assert "+1 minute" not in dict(shortcut_rows(window)) and prefs.get("character_keys") == "0"
    press(qtbot, Qt.Key.Key_Space, CTRL)  # a key with Ctrl stays
    assert running(window) == {("braindump", "")}
    window.findChild(QAction, "characterKeysAction").trigger()
    assert [k.toString() for k in window.findChild(QAction, "timerPlusAction").shortcuts()] == ["+", "="]


def test_plus_typed_with_shift_extends_the_timer_on_the_vote_step_with_every_page_opened(qtbot, keyboard_window, qtlog):
    """"+" on the vote step is the timer's +1 minute, also after the facilitator's pages (built once,
    alive while hidden) were opened."""
    window, _store, _team_id = keyboard_window("dot_vote")
    view = window.event_view
    for place in (("programme",), ("jury",), ("dashboard",), ("participants",), ("editor",), ("step", "dot_vote")):
        view.go_to(place)
        settle()
    assert focus() == "votePage"
    press(qtbot, Qt.Key.Key_Plus)
    press(qtbot, Qt.Key.Key_Plus)
    timer = window.timers.states(view.workspace.event.id, view.current_team().id)[("dot_vote", "")]
    assert timer.extended_s == 120 and focus() == "votePage"  # each "+" one minute more
    assert not [record for record in qtlog.records if "Ambiguous" in record.message]


def test_no_binding_lists_a_typed_character_twice():
    """A key typed with Shift is matched by its character: on X11 "Shift+=" and "+" both match the
    "+" a keyboard sends, and Qt then calls the shortcut ambiguous and does nothing (found by hand
    on Xvfb with xdotool; the offscreen platform does not map keys). So no Shift with a non-letter."""
    shifted = [(name, key) for name, binding in KEYMAP.items() for key in binding.keys
               if isinstance(key, str) and "Shift+" in key and not key.rsplit("+", 1)[-1].isalpha() and not key.endswith(("Left", "Right", "Up", "Down", "Tab", "+F1"))]
    assert shifted == []
