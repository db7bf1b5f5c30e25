"""The juror's ranking page: Esc (as PageUp and "Back to scoring") goes back to scoring, the hand where the
juror left it; on the finalised page Esc does nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.jury.juror_desk import open_kit
from tests.jury.kits import write_kit
from tests.ui.jury.test_juror_window import focused, press, score_by_keys, shown


def tab_to(qtbot, name: str) -> None:
    for _ in range(20):
        if focused().objectName() == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def to_the_last_team(qtbot, window) -> None:
    for _ in range(3):  # 11 → 12 → 14 → 15 (13 is recused)
        press(qtbot, Qt.Key.Key_PageDown)
    assert window.panel.team.id == 15


def test_escape_on_the_ranking_goes_back_to_the_criterion_the_juror_left(qtbot, tmp_path):
    window = shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))
    to_the_last_team(qtbot, window)
    score_by_keys(qtbot, "555555")
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Backtab)
    assert focused().objectName() == "score_plan"
    press(qtbot, Qt.Key.Key_PageDown)  # past the last team: the ranking
    assert window.pages.currentWidget().objectName() == "rankingPage" and focused().objectName() == "rankingList"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget().objectName() == "scoringPage"
    assert window.panel.team.id == 15 and focused().objectName() == "score_plan"


def test_escape_from_the_back_button_and_from_the_ranking_button(qtbot, tmp_path):
    window = shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))
    tab_to(qtbot, "rankingButton")
    press(qtbot, Qt.Key.Key_Space)  # "My ranking and finalise…"
    assert window.pages.currentWidget().objectName() == "rankingPage"
    tab_to(qtbot, "backToScoringButton")
    press(qtbot, Qt.Key.Key_Escape)  # Esc wherever the hand is on the ranking page
    assert window.pages.currentIndex() == 0 and window.panel.team.id == 11
    assert focused().objectName() == "rankingButton"  # where the juror left: the button that opened it


def test_a_note_being_typed_is_kept_and_the_hand_returns_to_it(qtbot, tmp_path):
    window = shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))
    tab_to(qtbot, "noteField")
    qtbot.keyClicks(focused(), "sterk plan")
    window.to_ranking.click()  # the mouse, while the hand stays in the note
    assert window.pages.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 0 and focused().objectName() == "noteField"
    assert focused().toPlainText() == "sterk plan" and window.desk.note(11) == "sterk plan"


def test_page_up_and_the_button_also_return_where_the_juror_left(qtbot, tmp_path):
    window = shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))
    to_the_last_team(qtbot, window)
    tab_to(qtbot, "score_idea")
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageUp)
    assert window.pages.currentIndex() == 0 and focused().objectName() == "score_idea"
    tab_to(qtbot, "score_impact")
    press(qtbot, Qt.Key.Key_PageDown)
    tab_to(qtbot, "backToScoringButton")
    press(qtbot, Qt.Key.Key_Space)
    assert window.pages.currentIndex() == 0 and focused().objectName() == "score_impact"


def test_escape_on_the_finalised_page_changes_nothing(qtbot, tmp_path):
    window = shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))
    for team in window.desk.scorable:
        for key in ("problem", "idea", "plan", "impact", "unique", "pitch"):
            window.desk.set_value(team.id, key, 6)
    window.write_file(tmp_path / "Juryscores Anna de Vries r1.json")
    assert window.pages.currentWidget().objectName() == "finalisedPage"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget().objectName() == "finalisedPage" and window.desk.finalised
