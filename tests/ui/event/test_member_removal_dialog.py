"""The remove-member question says what happens to their notes and dots, in the user's language."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton

from app.board.board import add_note
from app.event.teams import add_member, team_view
from app.outcomes.knelpunten import add_knelpunt
from app.voting.vote_step import result, reveal
from app.voting.voting import cast
from tests.ui.conftest import find, settle


def _anna_voted_and_wrote(store, team_id, template, revealed_for=None):
    anna = add_member(store, team_id, "Anna de Wit")
    add_member(store, team_id, "Bram")
    step = template.step("dot_vote")
    item = add_knelpunt(store, team_id, "Inkoop")
    for _ in range(3):
        cast(store, step.rules, team_id, step.key, anna, item)
    add_note(store, team_id, "braindump", anna, "Formulieren zijn te lang", 0, 0)
    if revealed_for is not None:
        reveal(store, revealed_for, team_id, step, datetime(2026, 3, 11, 11, 0, tzinfo=timezone.utc))
    return anna, step


def _ask_to_remove(qtbot, window, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or answer)
    find(window, QListWidget, "memberList").setCurrentRow(0)
    settle()
    qtbot.mouseClick(find(window, QPushButton, "removeMemberButton"), Qt.MouseButton.LeftButton)
    settle()
    return asked[0]


def test_after_the_reveal_the_question_says_notes_and_dots_stay(qtbot, open_window, event_with_team, staatsprint_template, monkeypatch):
    store, event_id, team_id = event_with_team
    _anna, step = _anna_voted_and_wrote(store, team_id, staatsprint_template, revealed_for=event_id)
    window = open_window(store, "en", translated=True)
    question = _ask_to_remove(qtbot, window, monkeypatch, QMessageBox.StandardButton.Yes)
    assert "Remove Anna de Wit from the team?" in question
    assert "Their 1 note stays on the board, with their name." in question
    assert "Their 3 dots in votes already revealed stay counted" in question
    assert [m.name for m in team_view(store, event_id, team_id, staatsprint_template).members] == ["Bram"]
    assert result(store, staatsprint_template, team_id, step).ranking[0][1] == 3
    window.event_view.go_to(("step", "dot_vote"))
    settle()
    item = result(store, staatsprint_template, team_id, step).ranking[0][0]
    assert find(window, QLabel, f"dots_{item}").text().count("●") == 3  # the vote page still shows her dots
    window.event_view.go_to(("step", "braindump"))
    settle()
    notes = window.event_view.step_page.work_area.board._notes.values()
    assert [n.author_name for n in notes] == ["Anna de Wit"]  # the board still signs her note "AW"


def test_before_the_reveal_the_question_says_the_dots_are_taken_back_in_dutch(qtbot, open_window, event_with_team, staatsprint_template, monkeypatch):
    store, event_id, team_id = event_with_team
    _anna_voted_and_wrote(store, team_id, staatsprint_template)
    window = open_window(store, "nl", translated=True)
    question = _ask_to_remove(qtbot, window, monkeypatch, QMessageBox.StandardButton.No)
    assert "Hun 3 stippen in nog niet onthulde stemmingen worden teruggenomen." in question
    assert "Hun 1 sticky note blijft op het bord staan, met hun naam." in question
    assert len(team_view(store, event_id, team_id, staatsprint_template).members) == 2  # No: nothing changed


def test_notes_in_an_anonymous_step_are_not_counted_by_her_name(qtbot, open_window, event_with_team, staatsprint_template, monkeypatch):
    """Leak: "Their 7 notes stay" told whose 7 ideas an anonymous race holds."""
    from app.day.privacy import set_anonymous

    store, event_id, team_id = event_with_team
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    anna, _step = _anna_voted_and_wrote(store, team_id, staatsprint_template)
    for text in ("Een loket", "Eén dossier"):
        add_note(store, team_id, "idea_race", anna, text, 0, 0)
    window = open_window(store, "en", translated=True)
    question = _ask_to_remove(qtbot, window, monkeypatch, QMessageBox.StandardButton.No)
    assert "Their 1 note stays on the board, with their name." in question  # the brain dump's
    assert "Notes of theirs in an anonymous step, or in one not yet revealed, stay too (how many is not said here)." in question
    assert "2 notes" not in question and "3 notes" not in question
    assert len(team_view(store, event_id, team_id, staatsprint_template).members) == 2  # No: nothing changed
