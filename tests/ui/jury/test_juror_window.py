"""The juror's window, by keyboard alone: score four teams, mark one not seen, see the ranking, finalise."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from app.jury.juror_desk import open_kit
from app.jury.keys import JUROR_FILE, juror_key
from app.signed.sealed import open_sealed
from tests.jury.kits import SECRET, write_kit
from tests.ui.conftest import find, type_text
from ui.jury import ranking_page
from ui.jury.juror_window import JurorWindow
from ui.jury.scoring_panel import score_text

KEYS = ["problem", "idea", "plan", "impact", "unique", "pitch"]


def shown(qtbot, desk) -> JurorWindow:
    """The window as the juror gets it (closed, and the kit freed, by qtbot at the end)."""
    window = JurorWindow(desk, "nl")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None)
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    return shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))


def focused() -> QWidget:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def score_by_keys(qtbot, digits: str) -> None:
    """Type one digit per criterion, Tab between them, starting where the focus landed."""
    for index, digit in enumerate(digits):
        assert focused().objectName() == f"score_{KEYS[index]}"
        press(qtbot, digit)
        if index < len(digits) - 1:
            press(qtbot, Qt.Key.Key_Tab)


def test_a_juror_scores_four_teams_by_keyboard_marks_one_not_seen_sees_the_ranking_and_finalises(qtbot, window, tmp_path, monkeypatch):
    desk = window.desk
    assert window.panel.team.id == 11 and focused().objectName() == "score_problem"
    score_by_keys(qtbot, "786978")
    assert [desk.value(11, k) for k in KEYS] == [7, 8, 6, 9, 7, 8]
    assert find(window, QLabel, "weightedScore").text() == score_text(Fraction(45, 6))

    press(qtbot, Qt.Key.Key_PageDown)
    assert window.panel.team.id == 12 and focused().objectName() == "score_problem"
    for _ in KEYS:
        press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "notSeenToggle"
    press(qtbot, Qt.Key.Key_Space)
    assert desk.not_seen(12) and not window.panel.fields["problem"].isEnabled()

    press(qtbot, Qt.Key.Key_PageDown)  # team 13 is recused: skipped
    assert window.panel.team.id == 14 and focused().objectName() == "score_problem"
    score_by_keys(qtbot, "000900")  # 0 is 10
    assert [desk.value(14, k) for k in KEYS] == [10, 10, 10, 9, 10, 10]

    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Alt+Right goes on too
    assert window.panel.team.id == 15 and focused().objectName() == "score_problem"
    score_by_keys(qtbot, "555555")
    press(qtbot, Qt.Key.Key_Right)  # Right steps the value up
    assert desk.value(15, "pitch") == 6

    press(qtbot, Qt.Key.Key_PageDown)  # past the last team: the juror's own ranking
    assert window.pages.currentWidget().objectName() == "rankingPage" and focused().objectName() == "rankingList"
    ranking = window.ranking.table
    assert [ranking.topLevelItem(i).text(1) for i in range(ranking.topLevelItemCount())] == [
        "Team Transparant", "De Datadokters", "Vlotte Vergunning"]

    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "backToScoringButton"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "finaliseButton"
    press(qtbot, Qt.Key.Key_Space)
    dialog = window.findChild(QFileDialog, "jurorFileDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("Juryscores Anna de Vries r1.json")
    out = tmp_path / "stick"
    out.mkdir()
    dialog.fileSelected.emit(str(out / "Juryscores Anna de Vries r1.json"))
    dialog.close()

    written = out / "Juryscores Anna de Vries r1.json"
    body = open_sealed(written.read_bytes(), JUROR_FILE, lambda b: juror_key(SECRET, b["juror"]))
    assert [(t["id"], t["not_seen"]) for t in body["teams"]] == [(11, False), (12, True), (14, False), (15, False)]
    assert window.pages.currentWidget().objectName() == "finalisedPage"
    assert find(window, QLabel, "finalisedPath").text() == str(written)
    assert focused().objectName() == "showFolderButton"
    assert not window.undo_stack.canUndo()
    opened = []
    monkeypatch.setattr(ranking_page.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    press(qtbot, Qt.Key.Key_Space)
    assert opened == [str(out)]

    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "newRevisionButton"
    press(qtbot, Qt.Key.Key_Space)  # a new revision: scoring again, on the team in view
    assert window.pages.currentIndex() == 0 and focused().objectName() == "score_problem" and not desk.finalised


def test_undo_restores_a_value_and_redo_gives_it_again(qtbot, window):
    press(qtbot, "4")
    press(qtbot, "6")
    assert window.desk.value(11, "problem") == 6
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.desk.value(11, "problem") == 4 and window.panel.fields["problem"].value == 4
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.desk.value(11, "problem") == 6


def test_undo_after_moving_on_goes_back_to_the_team_it_changed(qtbot, window):
    press(qtbot, "3")
    press(qtbot, Qt.Key.Key_PageDown)
    assert window.panel.team.id == 12
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.team.id == 11 and window.desk.value(11, "problem") is None


def test_comments_are_kept_and_undone_per_field(qtbot, window):
    type_text(qtbot, window.panel.note_field, "Sterk verhaal")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field keeps it
    assert window.desk.note(11) == "Sterk verhaal"
    type_text(qtbot, window.panel.feedback_field, "Maak het plan concreet")
    press(qtbot, Qt.Key.Key_PageDown)
    assert window.desk.feedback(11) == "Maak het plan concreet"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.team.id == 11 and window.desk.feedback(11) == ""
    assert window.panel.feedback_field.toPlainText() == ""


def test_a_digit_off_the_scale_is_refused_with_the_reason_and_changes_nothing(qtbot, tmp_path):
    from tests.jury.kits import kit_body

    body = kit_body()
    for criterion in body["criteria"]:
        criterion.update(min=1, max=5, levels=[])
    from app.signed.sealed import digest

    body["rubric"]["fingerprint"] = digest(body["criteria"])
    desk = open_kit(write_kit(tmp_path, body), tmp_path / "data")
    window = shown(qtbot, desk)
    press(qtbot, "4")
    press(qtbot, "8")
    error = find(window, QLabel, "jurorError")
    assert error.isVisible() and "1" in error.text() and "5" in error.text()
    assert desk.value(11, "problem") == 4 and window.undo_stack.count() == 1


def test_finalising_with_a_team_still_open_names_it_and_writes_nothing(qtbot, window, tmp_path):
    score_by_keys(qtbot, "777777")
    window.open_ranking()
    assert find(window, QLabel, "rankingOpen").isVisible()
    window.ranking.finalise.click()
    said = find(window, QLabel, "rankingOpen")  # said once, in place of the list of teams still open
    assert said.isVisible() and said.text().count("Samen Sterk") == 1 and not find(window, QLabel, "finaliseError").isVisible()
    assert window.findChild(QFileDialog, "jurorFileDialog") is None and not window.desk.finalised


def test_choosing_a_team_in_the_ranking_goes_back_to_correct_it(qtbot, window):
    score_by_keys(qtbot, "777777")
    window.open_ranking()
    press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == 0 and window.panel.team.id == 11 and focused().objectName() == "score_problem"


def test_reopened_the_window_resumes_on_the_team_in_view(qtbot, window, tmp_path):
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, "8")
    kit_path: Path = window.desk.kit_path
    window.close()
    again = shown(qtbot, open_kit(kit_path, tmp_path / "data"))
    assert again.panel.team.id == 12 and again.desk.value(12, "problem") == 8
    assert focused().objectName() == "score_problem"


def test_a_finalised_kit_opened_again_shows_where_its_file_is(qtbot, window, tmp_path):
    for team in window.desk.scorable:
        for key in KEYS:
            window.desk.set_value(team.id, key, 6)
    window.write_file(tmp_path / "Juryscores Anna de Vries r1.json")
    kit_path = window.desk.kit_path
    window.close()
    again = shown(qtbot, open_kit(kit_path, tmp_path / "data"))
    assert again.pages.currentWidget().objectName() == "finalisedPage" and focused().objectName() == "showFolderButton"
    assert find(again, QLabel, "finalisedPath").text() == str(tmp_path / "Juryscores Anna de Vries r1.json")
    press(qtbot, Qt.Key.Key_PageDown)  # nothing to score until a new revision
    assert again.pages.currentWidget().objectName() == "finalisedPage"
