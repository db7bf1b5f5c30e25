"""The keyboard-only day, part 3: phase 2 — HKW questions typed, bundled into themes on the board by
arrows and Space, the best question marked (Ctrl+B), the two-dot theme vote with a tie broken by the
team, the problem statement typed — keys only, to whatever has the focus."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.board.best_note import best_of
from app.board.board import clusters, notes
from app.clock.clock import FakeClock
from app.day.navigation import move_team
from app.event.teams import add_member
from app.outcomes.problem_statement import answers
from app.voting.vote_step import kept
from tests.ui.keyboard_day.keys import ALT, CTRL, activate, answer_by_keys, arrow_to, focus, press, tab_to, type_keys, window_back

T0 = datetime(2026, 3, 11, 11, 30, tzinfo=UTC)
FIELDS = {"what": "versnipperde IT", "owner": "de VNG", "activity": "bouwstenen delen", "result": "sneller leveren"}


def _theme(qtbot, window, board, texts: list[str], name: str) -> None:
    """Select the notes ``texts`` with the arrows and Space, then Ctrl+G and the theme's name."""
    tab_to(qtbot, "boardView")
    press(qtbot, Qt.Key.Key_Escape)
    for text in texts:
        arrow_to(qtbot, board, text)
        press(qtbot, Qt.Key.Key_Space)
    assert sorted(i.note.text for i in board.selected_notes()) == sorted(texts)
    answer_by_keys(qtbot, "clusterNameDialog", name, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_G, CTRL)
    window_back(qtbot, window)


def test_hkw_themes_theme_vote_with_a_tie_and_the_problem_statement(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    add_member(store, team_id, "Anna")
    move_team(store, team_id, "hkw", staatsprint_template)
    window, _player = clocked_window(store, FakeClock(T0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert focus() == "boardPage"
    tab_to(qtbot, "noteInput")
    questions = ("bouwstenen delen?", "samen inkopen?", "data open maken?")
    for typed in questions:
        type_keys(qtbot, typed)
        press(qtbot, Qt.Key.Key_Return)
    assert len(notes(store, team_id, ["hkw"])) == 3
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.event_view.place == ("step", "themes") and focus() == "boardPage"
    board = window.event_view.step_page.work_area.board
    texts = {n.text: n.id for n in notes(store, team_id, ["hkw"])}
    delen = next(t for t in texts if "delen" in t)
    inkopen = next(t for t in texts if "inkopen" in t)
    _theme(qtbot, window, board, [delen, inkopen], "Samen bouwen")
    _theme(qtbot, window, board, [next(t for t in texts if "data" in t)], "Open data")
    assert sorted(c.name for c in clusters(store, team_id, "themes")) == ["Open data", "Samen bouwen"]
    # the best question of "Samen bouwen": the arrows to it, Space, Ctrl+B
    press(qtbot, Qt.Key.Key_Escape)
    arrow_to(qtbot, board, delen)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_B, CTRL)
    samen = next(c.id for c in clusters(store, team_id, "themes") if c.name == "Samen bouwen")
    assert best_of(store, [samen]) == {samen: texts[delen]}
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.event_view.place == ("step", "theme_vote") and focus() == "votePage"
    open_data = next(c.id for c in clusters(store, team_id, "themes") if c.name == "Open data")
    activate(qtbot, f"dotPlus_{samen}")
    activate(qtbot, f"dotPlus_{open_data}")  # one dot each: a tie at the cut
    activate(qtbot, "revealButton")
    window_back(qtbot, window)
    assert kept(store, team_id, "theme_vote") == []
    activate(qtbot, f"tie_{samen}")
    activate(qtbot, "confirmTieButton")
    assert kept(store, team_id, "theme_vote") == [samen]
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.event_view.place == ("step", "problem_statement")
    tab_to(qtbot, "statement_what")
    for key, text in FIELDS.items():
        assert focus() == f"statement_{key}"
        type_keys(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it; Tab goes on to the next
    assert answers(store, team_id, "problem_statement") == FIELDS
    assert focus() == "backButton"
