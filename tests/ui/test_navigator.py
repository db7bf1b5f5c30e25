"""Walking the day: the navigator, the stepper, Back/Next, and reopening on the same step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget

from app.events import create_event
from app.teams import add_team, team_views
from tests.conftest import MINI_TEMPLATE
from tests.ui.conftest import find


def _walk_phase(qtbot, window, template, phase_key):
    """Click Next through one phase, checking each step's screen against the template."""
    phase = template.phase(phase_key)
    for step in phase.steps:
        assert find(window, QLabel, "stepTitle").text() == step.title.nl
        assert find(window, QLabel, "stepMinutes").text() == f"{step.minutes} min"
        assert find(window, QLabel, "stepInstruction").text() == step.instruction.nl
        assert window.event_view.stepper.state(phase_key) == "current"
        qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)


def test_next_walks_phase_one_and_lands_in_phase_two(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    window = open_window(store)
    assert window.event_view.pages.currentWidget().objectName() == "teamPage"
    qtbot.mouseClick(find(window, QPushButton, "startDayButton"), Qt.MouseButton.LeftButton)
    _walk_phase(qtbot, window, staatsprint_template, "probleem")
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("hkw").title.nl
    assert window.event_view.stepper.state("probleem") == "done"
    (team,) = team_views(store, event_id, staatsprint_template)
    assert team.current_step == "hkw"


def test_back_returns_step_by_step(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    window.event_view.next()
    window.event_view.next()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("clustering").title.nl
    back = find(window, QPushButton, "backButton")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("braindump").title.nl
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.event_view.pages.currentWidget().objectName() == "teamPage"


def test_keyboard_alt_arrows_move_between_steps(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    window.event_view.next()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    navigator = find(window, QTreeWidget, "stepNavigator")
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("clustering").title.nl
    qtbot.keyClick(navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("braindump").title.nl


def test_clicking_a_step_in_the_navigator_moves_the_team_there(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, _team_id = event_with_team
    window = open_window(store)
    navigator = find(window, QTreeWidget, "stepNavigator")
    item = window.event_view.navigator.item_for(("step", "vehicle"))
    rect = navigator.visualItemRect(item)
    qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("vehicle").title.nl
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "vehicle"
    assert item.text(0).startswith("▶ ")
    assert window.event_view.navigator.item_for(("step", "braindump")).text(0).startswith("✓ ")


def test_the_stepper_jumps_to_a_phase(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    qtbot.mouseClick(find(window, QPushButton, "phaseChip_ideeen"), Qt.MouseButton.LeftButton)
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("idea_race").title.nl
    assert window.event_view.stepper.state("ideeen") == "current"


def test_reopening_the_app_lands_on_the_same_step(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    for _ in range(4):
        window.event_view.next()
    assert find(window, QLabel, "stepTitle").text() == staatsprint_template.step("dot_vote").title.nl
    window.close()
    again = open_window(store)
    assert find(again, QLabel, "stepTitle").text() == staatsprint_template.step("dot_vote").title.nl


def test_the_second_template_drives_the_navigator(qtbot, open_window, sqlite_store, mini_template):
    event_id = create_event(sqlite_store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    add_team(sqlite_store, event_id, None)
    window = open_window(sqlite_store)
    navigator = find(window, QTreeWidget, "stepNavigator")
    assert navigator.topLevelItemCount() == 2 + len(mini_template.phases)
    window.event_view.next()
    for phase in mini_template.phases:
        _walk_phase(qtbot, window, mini_template, phase.key)
    assert find(window, QLabel, "stepTitle").text() == mini_template.steps()[-1].title.nl
    assert not find(window, QPushButton, "nextButton").isEnabled()


def test_rules_are_shown_with_the_templates_numbers(qtbot, open_window, event_with_team, mini_template):
    store, _event_id, _team_id = event_with_team
    window = open_window(store)
    window.event_view._go(("step", "dot_vote"))
    chips = [label.text() for label in find(window, QLabel, "stepTitle").window().findChildren(QLabel) if label.property("role") == "chip"]
    assert "10 dot(s) each" in chips or "10 dots each" in chips
    assert "Hidden until the reveal" in chips
