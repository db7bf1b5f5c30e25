"""The keyboard-only day, part 4: phase 3 — the Idea Race (start, ideas by Enter, the writer by Alt+2,
the half-time review, part 2), the idea vote, the Crystal Ball (Insert, typed answers, the final
choice) — keys only, to whatever has the focus; each result checked in the database."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.board.board import notes
from app.canvases.milestones import milestones
from app.clock.clock import FakeClock
from app.day.navigation import move_team
from app.event.teams import add_member
from app.outcomes.final_choice import final_choice
from app.voting.vote_step import kept
from db.models import Answer
from tests.ui.keyboard_day.keys import ALT, activate, focus, press, tab_to, type_keys, window_back

T0 = datetime(2026, 3, 11, 13, 30, tzinfo=UTC)
STATEMENT = {"what": "versnipperde IT", "owner": "de VNG", "activity": "bouwstenen delen", "result": "sneller leveren"}


def _tick(window, clock, seconds: int) -> None:
    """Time passes: the clock moves on and the window's ticker fires, as it does every second."""
    clock.advance(seconds)
    window.event_view.step_page.work_area.surface("race")._ws.ticker.timeout.emit()


def test_idea_race_idea_vote_and_crystal_ball(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    with store.write() as session:  # phase 2's outcome (the walk of test_kb_define)
        session.add_all(Answer(team_id=team_id, step_key="problem_statement", field_key=k, text=v) for k, v in STATEMENT.items())
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    activate(qtbot, "raceStartButton")
    assert focus() == "raceIdeaInput"  # the start puts the hand where the ideas are typed
    for idea in ("Een loket", "Open data"):
        type_keys(qtbot, idea)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2, ALT)  # Bram takes the marker
    assert focus() == "raceIdeaInput"
    type_keys(qtbot, "Chatbot")
    press(qtbot, Qt.Key.Key_Return)
    _tick(window, clock, 5 * 60 + 1)
    activate(qtbot, "timerNextPart")  # the half-time review
    clock.advance(10 * 60)
    activate(qtbot, "timerNextPart")  # part 2
    tab_to(qtbot, "raceIdeaInput", back=True)
    type_keys(qtbot, "Pilot")
    press(qtbot, Qt.Key.Key_Return)
    _tick(window, clock, 5 * 60 + 1)
    written = {n.text: (n.author_id, n.part_key) for n in notes(store, team_id, ["idea_race"])}
    assert written == {"Een loket": (anna, "round1"), "Open data": (anna, "round1"), "Chatbot": (bram, "round1"), "Pilot": (bram, "round2")}
    ideas = {n.text: n.id for n in notes(store, team_id, ["idea_race"])}
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.event_view.place == ("step", "idea_vote") and focus() == "votePage"
    for voter_ideas in (("Een loket", "Chatbot", "Pilot"), ("Een loket", "Chatbot", "Open data")):
        for idea in voter_ideas:
            activate(qtbot, f"dotPlus_{ideas[idea]}")
        activate(qtbot, "nextVoterButton")
    activate(qtbot, "revealButton")
    window_back(qtbot, window)
    assert kept(store, team_id, "idea_vote") == []  # Pilot and Open data tie for the third place
    activate(qtbot, f"tie_{ideas['Pilot']}")
    activate(qtbot, "confirmTieButton")
    assert kept(store, team_id, "idea_vote") == [ideas["Een loket"], ideas["Chatbot"], ideas["Pilot"]]
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.event_view.place == ("step", "crystal_ball")
    tab_to(qtbot, "crystalView")
    press(qtbot, Qt.Key.Key_Insert)  # a milestone: the first free whole year
    assert focus() == "milestoneTitle"
    type_keys(qtbot, "Pilot in drie gemeenten")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() == "milestoneField_roles"
    type_keys(qtbot, "Utrecht trekt")
    press(qtbot, Qt.Key.Key_Tab)
    stored = milestones(store, team_id, "crystal_ball", ideas["Een loket"])
    assert [(m.title, m.answers.get("roles")) for m in stored] == [("Pilot in drie gemeenten", "Utrecht trekt")]
    tab_to(qtbot, f"finalChoiceIdea_{ideas['Een loket']}")
    press(qtbot, Qt.Key.Key_Space)
    activate(qtbot, "finalChoiceButton")
    assert final_choice(store, team_id, "crystal_ball").idea_ids == (ideas["Een loket"],)
