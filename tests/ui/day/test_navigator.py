"""Walking the day: the navigator, the stepper, Back/Next, and reopening on the same step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QTreeWidget, QWidget

from app.event.events import create_event
from app.event.teams import add_team, team_views
from tests.conftest import MINI_TEMPLATE
from tests.ui.conftest import find, settle


def _walk_phase(qtbot, window, template, phase_key):
    """Click Next through one phase, checking each step's screen against the template; through
    the phase's gate at its end."""
    phase = template.phase(phase_key)
    for step in phase.steps:
        assert find(window, QLabel, "stepTitle").text() == step.title.nl
        assert find(window, QLabel, "stepMinutes").text() == f"{step.minutes} min"
        assert find(window, QLabel, "stepInstruction").text() == step.instruction.nl
        assert window.event_view.stepper.state(phase_key) == "current"
        qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
        settle()
    if window.event_view.place == ("gate", phase_key) and phase_key != template.phases[-1].key:
        qtbot.mouseClick(find(window, QPushButton, "gateOnButton"), Qt.MouseButton.LeftButton)
        settle()


def test_next_walks_phase_one_and_lands_in_phase_two(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    window = open_window(store)
    assert window.event_view.pages.currentWidget().objectName() == "teamPage"
    qtbot.mouseClick(find(window, QPushButton, "startDayButton"), Qt.MouseButton.LeftButton)
    settle()
    _walk_phase(qtbot, window, staatsprint_template, "probleem")
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("hkw").title.nl
    assert window.event_view.stepper.state("probleem") == "done"
    (team,) = team_views(store, event_id, staatsprint_template)
    assert team.current_step == "hkw"


def test_back_returns_step_by_step(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    window.event_view.next()
    settle()
    window.event_view.next()
    settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("clustering").title.nl
    back = find(window, QPushButton, "backButton")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("braindump").title.nl
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    settle()
    assert window.event_view.pages.currentWidget().objectName() == "teamPage"


def test_keyboard_alt_arrows_move_between_steps(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    window.event_view.next()
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    navigator = find(window, QTreeWidget, "stepNavigator")
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("clustering").title.nl
    qtbot.keyClick(navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("braindump").title.nl


def test_clicking_a_step_shows_it_and_the_team_moves_only_when_asked(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, _team_id = event_with_team
    window = open_window(store)
    window.event_view.next()  # the team is at its first step
    settle()
    navigator = find(window, QTreeWidget, "stepNavigator")
    item = window.event_view.navigator.item_for(("step", "vehicle"))
    qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=navigator.visualItemRect(item).center())
    settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("vehicle").title.nl
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "braindump"  # reading ahead moves nobody
    assert find(window, QFrame, "otherStepBanner").isVisible()
    assert find(window, QPushButton, "nextButton").text() == "Move the team here"
    qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    settle()
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "vehicle"
    assert not any(banner.isVisible() for banner in window.findChildren(QFrame, "otherStepBanner"))
    assert item.text(0).startswith("▶ ")
    assert window.event_view.navigator.item_for(("step", "braindump")).text(0).startswith("✓ ")


def test_back_from_another_step_returns_to_the_teams_step(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, _team_id = event_with_team
    window = open_window(store)
    window.event_view.next()
    settle()
    window.event_view.go_to(("step", "pitch"))
    qtbot.mouseClick(find(window, QPushButton, "backButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("braindump").title.nl
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "braindump"


def test_back_on_the_team_page_moves_nobody(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, _team_id = event_with_team
    window = open_window(store)
    for _ in range(3):
        window.event_view.next()
        settle()
    window.event_view.go_to(("team",))
    window.findChild(QAction, "backAction").trigger()
    settle()
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "knelpunten"
    assert window.event_view.place == ("team",)


def test_the_stepper_shows_a_phase(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, _team_id = event_with_team
    window = open_window(store)
    qtbot.mouseClick(find(window, QPushButton, "phaseChip_ideeen"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("idea_race").title.nl
    assert team_views(store, event_id, staatsprint_template)[0].current_step is None


def test_reopening_the_app_lands_on_the_same_step(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    for _ in range(4):
        window.event_view.next()
        settle()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("dot_vote").title.nl
    window.close()
    again = open_window(store)
    assert find(again, QLabel, "stepTitle").text() == staatsprint_template.step("dot_vote").title.nl


def test_the_second_template_drives_the_navigator(qtbot, open_window, sqlite_store, mini_template):
    event_id = create_event(sqlite_store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    add_team(sqlite_store, event_id, None)
    window = open_window(sqlite_store)
    navigator = find(window, QTreeWidget, "stepNavigator")
    assert navigator.topLevelItemCount() == 3 + len(mini_template.phases)
    window.event_view.next()
    settle()
    for phase in mini_template.phases:
        _walk_phase(qtbot, window, mini_template, phase.key)
    assert window.event_view.place == ("gate", mini_template.phases[-1].key)  # the day's last step ends at its phase's gate
    assert not any(button.isVisible() for button in window.findChildren(QPushButton, "gateOnButton"))  # nothing after it
    qtbot.mouseClick(find(window, QPushButton, "gateBackButton"), Qt.MouseButton.LeftButton)
    settle()
    assert find(window, QLabel, "stepTitle").text() == mini_template.steps()[-1].title.nl


def _chips(window):
    return [label.text() for label in window.findChild(QWidget, "stepRules").findChildren(QLabel)]


def test_rules_are_shown_with_the_templates_numbers(qtbot, open_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    window = open_window(store, "en", translated=True)
    window.event_view.go_to(("step", "dot_vote"))
    assert _chips(window) == ["On your own first", "10 dots each", "Several dots on one item allowed", "Hidden until the reveal"]
    window.event_view.go_to(("step", "theme_vote"))
    assert "A tie: the team captain decides" in _chips(window)


def test_rules_of_the_second_template(qtbot, open_window, sqlite_store):
    event_id = create_event(sqlite_store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    add_team(sqlite_store, event_id, None)
    window = open_window(sqlite_store, "en", translated=True)
    window.event_view.go_to(("step", "pain_vote"))
    assert "5 dots each" in _chips(window) and "At most one dot per item" in _chips(window)
    window.event_view.go_to(("step", "topic_vote"))
    assert "3 dots each" in _chips(window)


def test_the_facilitator_pages_are_listed_under_the_programme_and_highlighted_when_open(qtbot, open_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    window = open_window(store, translated=True)
    navigator = find(window, QTreeWidget, "stepNavigator")
    programme = navigator.item_for(("programme",))
    assert [programme.child(i).text(0) for i in range(programme.childCount())] == ["Alle teams", "Deelnemers en teams", "Evenement bewerken"]
    window.findChild(QAction, "programmeAction").trigger()
    settle()
    assert navigator.currentItem() is programme
    for place, shortcut in ((("participants",), Qt.Key.Key_6), (("dashboard",), Qt.Key.Key_5), (("editor",), Qt.Key.Key_7)):
        qtbot.keyClick(window, shortcut, Qt.KeyboardModifier.ControlModifier)  # Ctrl+6, Ctrl+5, Ctrl+7
        settle()
        assert window.event_view.place == place
        assert navigator.currentItem() is navigator.item_for(place) and navigator.item_for(place).isSelected()
        assert not programme.isSelected()
    item = navigator.item_for(("participants",))
    qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=navigator.visualItemRect(item).center())
    settle()
    assert window.event_view.place == ("participants",)


def test_a_place_without_an_item_highlights_none(qtbot, open_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    navigator = find(window, QTreeWidget, "stepNavigator")
    window.event_view.go_to(("programme",))
    window.event_view.go_to(("gate", "probleem"))  # a phase's gate has no line of its own
    settle()
    assert navigator.selectedItems() == []
