"""The phase-4 gate: Next on the day's last step shows the pitch beside the problem statement, what is
still empty, the storyboard and the presenter — and follows changes from other laptops."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton

from app.day.navigation import move_team
from app.event.teams import add_member, set_role
from app.pitch.answers import save_pitch_answer
from tests.ui.conftest import find, settle


def visible_text(widget) -> str:
    """The visible labels' plain text (a paragraph's tags stripped), in order."""
    return " | ".join(re.sub(r"<[^>]+>", "", label.text()) for label in widget.findChildren(QLabel) if label.isVisible())


def test_the_gate_of_the_pitch(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    anna = add_member(store, team_id, "Anna")
    save_pitch_answer(store, team_id, "pitch", "idea", "Eén loket voor alle gemeenten")
    move_team(store, team_id, "pitch", staatsprint_template)
    window = open_window(store)
    settle()
    next_button = find(window, QPushButton, "nextButton")
    assert next_button.isEnabled() and next_button.text() == "End of phase 4: the outcome →"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    settle()
    assert window.event_view.place == ("gate", "pitch")
    pitch = visible_text(find(window, QFrame, "gatePitch"))
    assert "Wat is jullie idee? | Eén loket voor alle gemeenten" in pitch
    assert "Wat is het probleem dat je oplost? | Not filled in yet." in pitch
    assert find(window, QFrame, "gateStatement").isVisible()  # the problem statement it must answer, beside it
    state = visible_text(find(window, QFrame, "gatePitchState"))
    asked = len(staatsprint_template.step("pitch").fields) + len(staatsprint_template.challenge("gemeentelijke_it").consider)
    assert f"Still empty ({asked - 1}):" in state and "Wat gaat het kosten?" in state
    assert find(window, QLabel, "gatePitchStoryboard").text() == "Storyboard: 0 of at least 3 panels."
    assert find(window, QLabel, "gatePitchPresenter").text() == "No presenter chosen yet."
    assert not any(b.isVisible() for b in window.findChildren(QPushButton, "gateOnButton"))  # the day's last phase
    assert not any(f.isVisible() for f in window.findChildren(QFrame, "gateOutcome"))  # no empty outcome card
    set_role(store, team_id, "presenter", anna, staatsprint_template)  # chosen on another laptop
    settle()
    assert find(window, QLabel, "gatePitchPresenter").text() == "Presenter: Anna"
    qtbot.mouseClick(find(window, QPushButton, "gateBackButton"), Qt.MouseButton.LeftButton)
    settle()
    assert window.event_view.place == ("step", "pitch")
    page = window.event_view.step_page.work_area.surface("pitch")
    focus = QApplication.focusWidget()
    assert focus is next(iter(page.questions.fields())) and focus.isVisible()  # the first question, in view, has the focus
