"""The phase gate: Next at the end of a phase shows what the phase gave, with a way back and on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.board.board import add_note
from app.day.navigation import move_team
from app.event.teams import add_member, team_views
from app.outcomes.knelpunten import add_knelpunt
from app.voting.vote_step import reveal
from app.voting.voting import cast
from tests.ui.conftest import find, settle


def test_the_gate_of_phase_one(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    anna = add_member(store, team_id, "Anna")
    top = add_knelpunt(store, team_id, "Prijs wint van passend")
    add_knelpunt(store, team_id, "Geen dialoog vooraf")
    vote = staatsprint_template.step("dot_vote")
    for _ in range(3):
        cast(store, vote.rules, team_id, vote.key, anna, top)
    from datetime import datetime, timezone

    reveal(store, event_id, team_id, vote, datetime.now(timezone.utc))
    add_note(store, team_id, "vehicle", anna, "De CIO", 0, 0, zone_key="driver")
    move_team(store, team_id, "vehicle", staatsprint_template)
    window = open_window(store)
    settle()
    assert find(window, QPushButton, "nextButton").text() == "End of phase 1: the outcome →"  # where Next goes
    qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    settle()
    assert window.event_view.place == ("gate", "probleem")
    assert window.findChild(QLabel, "gateTitle").text() == "What did “Wat is het probleem?” give you?"
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "vehicle"  # it informs, never moves
    outcome = " ".join(label.text() for label in window.findChild(QLabel, "gateTitle").parent().findChildren(QLabel) if label.isVisible())
    assert "Prijs wint van passend — 3 ●" in outcome and "De CIO" in outcome
    qtbot.mouseClick(find(window, QPushButton, "gateBackButton"), Qt.MouseButton.LeftButton)
    settle()
    assert window.event_view.place == ("step", "vehicle")
    window.event_view.next()
    settle()
    qtbot.mouseClick(find(window, QPushButton, "gateOnButton"), Qt.MouseButton.LeftButton)
    settle()
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "hkw"
    assert window.event_view.place == ("step", "hkw")


def test_next_at_a_gate_goes_on_to_the_next_phase_like_its_button(qtbot, open_window, event_with_team, staatsprint_template):
    """Alt+Right (Next) on the gate passes it, as "On to phase 2 →" does; it never goes back to the step."""
    store, event_id, team_id = event_with_team
    move_team(store, team_id, "vehicle", staatsprint_template)
    window = open_window(store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle()
    assert window.event_view.place == ("gate", "probleem")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle()
    assert window.event_view.place == ("step", "hkw")
    assert team_views(store, event_id, staatsprint_template)[0].current_step == "hkw"
