"""Phase 2 walked by one team, by keyboard: HKW questions, bundled into a theme with its best
question, (the vote is written as the vote step writes it), the problem statement typed with its
live preview, and the phase gate with the statement beside its knelpunten."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app.board.best_note import best_of
from app.board.board import clusters, notes
from app.day.navigation import move_team
from app.event.teams import add_member
from app.outcomes.knelpunten import add_knelpunt
from app.outcomes.problem_statement import answers
from app.voting.vote_step import reveal
from app.voting.voting import cast
from db.models import Selection
from tests.ui.conftest import find, settle, type_text

FIELDS = {"what": "versnipperde gemeentelijke IT", "owner": "de VNG", "activity": "bouwstenen één keer laten bouwen", "result": "gemeenten sneller kunnen leveren"}


def _phase_one_done(store, event_id, team_id, template, voter):
    top = add_knelpunt(store, team_id, "Elke gemeente bouwt zelf")
    vote = template.step("dot_vote")
    cast(store, vote.rules, team_id, vote.key, voter, top)
    reveal(store, event_id, team_id, vote, datetime.now(UTC))


def test_hkw_to_themes_to_problem_statement_to_the_gate(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    anna = add_member(store, team_id, "Anna de Vries")
    _phase_one_done(store, event_id, team_id, staatsprint_template, anna)
    move_team(store, team_id, "hkw", staatsprint_template)
    window = open_window(store)
    settle()
    field = find(window, QLineEdit, "noteInput")
    for typed in ("bouwstenen delen?", "samen inkopen?"):
        type_text(qtbot, field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)  # on to the themes
    settle()
    assert window.event_view.place == ("step", "themes")
    page = window.event_view.step_page.work_area.board
    for item in page._notes.values():
        item.setSelected(True)
    page.cluster_selection("Samen bouwen")
    settle()
    theme = clusters(store, team_id, "themes")[0].id
    shared = next(n.id for n in notes(store, team_id, ["hkw"]) if "delen" in n.text)
    page.scene.clearSelection()
    page.note_item(shared).setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert best_of(store, [theme]) == {theme: shared}
    with store.write() as session:  # the theme vote's outcome, as the vote step keeps it after a tie
        session.add(Selection(team_id=team_id, step_key="theme_vote", target_id=theme, rank=0, tie_break=True, decided_by_id=anna, decided_by_name="Anna de Vries"))
    for _step in ("theme_vote", "problem_statement"):
        qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
        settle()
    assert window.event_view.place == ("step", "problem_statement")
    assert find(window, QLabel, "winningThemeName").text() == "Samen bouwen"
    assert find(window, QLabel, "winningHkw").text() == "Hoe kunnen we bouwstenen delen?"
    assert find(window, QLabel, "themeTieBreak").text() == "chosen by team captain Anna de Vries on a tie"
    preview = find(window, QLabel, "statementSentence")
    assert preview.text() == "… is eigenaar van …; zij moeten …; zodat …"
    for key, text in FIELDS.items():
        edit = find(window, QPlainTextEdit, f"statement_{key}")
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it
    settle()
    assert answers(store, team_id, "problem_statement") == FIELDS
    sentence = "De VNG is eigenaar van versnipperde gemeentelijke IT; zij moeten bouwstenen één keer laten bouwen; zodat gemeenten sneller kunnen leveren."
    assert preview.text() == sentence
    assert find(window, QLabel, "statementMissing").text().startswith("Complete")
    qtbot.mouseClick(find(window, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)  # the end of phase 2: its gate
    settle()
    assert window.event_view.place == ("gate", "definieren")
    statement = " ".join(label.text() for label in window.findChild(QLabel, "gateTitle").parent().findChildren(QLabel) if label.isVisible())
    assert sentence in statement and "Elke gemeente bouwt zelf" in statement and "Theme: Samen bouwen" in statement


def test_the_preview_says_what_is_missing_and_a_too_long_answer_is_refused(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "problem_statement", staatsprint_template)
    window = open_window(store)
    settle()
    assert find(window, QLabel, "winningThemeName").text() == "No theme chosen yet: the theme vote decides it."
    owner = find(window, QPlainTextEdit, "statement_owner")
    type_text(qtbot, owner, "de gemeente")
    settle()
    missing = find(window, QLabel, "statementMissing").text()
    assert "Wie is eigenaar" not in missing and "Waar bestaat het vraagstuk precies uit?" in missing
    owner.setPlainText("x" * 5001)
    owner.clearFocus()
    window.event_view.step_page.work_area.flush_edits()
    settle()
    assert find(window, QLabel, "statementError").text().startswith("An answer can have at most 5000 characters")
    assert answers(store, team_id, "problem_statement") == {}


def test_tab_from_the_last_field_goes_on_to_back_and_next_not_to_the_header(qtbot, open_window, event_with_team, staatsprint_template):
    """The tester's walk: Tab from the last field went to "+ Team" in the window's header."""
    from PySide6.QtWidgets import QApplication

    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "problem_statement", staatsprint_template)
    window = open_window(store)
    settle()
    fields = [find(window, QPlainTextEdit, f"statement_{key}") for key in FIELDS]
    fields[0].setFocus()
    settle()
    visited = []
    for _ in range(len(fields) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        settle()
        visited.append(QApplication.focusWidget())
    assert visited[: len(fields) - 1] == fields[1:]
    assert [w.objectName() for w in visited[len(fields) - 1:]] == ["backButton", "nextButton"]
