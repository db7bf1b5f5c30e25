"""What a new juror ran into on the scoring screen: typing kept at once, arrows that never score by
themselves, Enter on a button, one refusal message, everything in view at 1366×768, plural words,
undo landing on what it changed, the revision being edited, "not seen" by Ctrl+N without a jump."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QScrollArea

from app.jury.juror_desk import open_kit
from tests.jury.kits import TEAMS, kit_body, write_kit
from tests.ui.conftest import find, settle, type_text
from tests.ui.jury.test_juror_window import KEYS, focused, press, shown
from ui.common.i18n import install_language, remove_language

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_IDEA = ("Vaste kennistafels waar inkopers, leveranciers en een jurist vóór elke grote IT-uitvraag samen verkennen wat "
             "de markt al kan, met een openbaar verslag. Het contract dat volgt krijgt een leerclausule: elk jaar een "
             "bijsturmoment waarop overheid en leverancier samen wijzigingen afspreken, zonder discussie over meerwerk.")


@pytest.fixture
def dutch():
    app = QApplication.instance()
    install_language(app, "nl")
    yield
    remove_language(app)


@pytest.fixture
def window(qtbot, tmp_path):
    return shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))


def on_disk(desk) -> dict:
    """The desk's state file as a freshly started app would read it after a kill."""
    return json.loads(desk.state_path.read_text(encoding="utf-8"))["teams"]


def test_a_comment_is_on_disk_after_one_turn_of_the_event_loop_and_one_burst_is_one_undo(qtbot, window):
    type_text(qtbot, window.panel.note_field, "Sterk")
    QApplication.processEvents()  # one turn: no pause in typing is needed
    assert on_disk(window.desk)["11"]["note"] == "Sterk"
    type_text(qtbot, window.panel.note_field, " verhaal")
    QApplication.processEvents()
    assert on_disk(window.desk)["11"]["note"] == "Sterk verhaal"
    assert window.undo_stack.count() == 1  # the keystrokes of one burst are one change
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.desk.note(11) == "" and focused().objectName() == "noteField"


def test_down_and_up_go_between_criteria_and_never_score(qtbot, window):
    press(qtbot, Qt.Key.Key_Down)
    assert focused().objectName() == "score_idea" and window.desk.value(11, "problem") is None
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)  # the first criterion stays
    assert focused().objectName() == "score_problem"
    press(qtbot, Qt.Key.Key_Left)  # on an unscored criterion Left gives nothing
    assert window.desk.value(11, "problem") is None and window.undo_stack.count() == 0
    press(qtbot, Qt.Key.Key_Right)  # Right starts at the bottom of the scale
    press(qtbot, Qt.Key.Key_Right)
    assert window.desk.value(11, "problem") == 2 and focused().objectName() == "score_problem"
    for _ in KEYS[1:]:
        press(qtbot, Qt.Key.Key_Down)
    assert focused().objectName() == "score_pitch"
    press(qtbot, Qt.Key.Key_Down)  # past the last criterion: on as Tab goes
    assert focused().objectName() == "notSeenToggle"
    assert all(window.desk.value(11, key) is None for key in KEYS[1:])


def test_enter_presses_the_focused_button(qtbot, window):
    find(window, QPushButton, "nextTeamButton").setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.panel.team.id == 12
    for team in window.desk.scorable:
        for key in KEYS:
            window.desk.set_value(team.id, key, 6)
    window.open_ranking()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "finaliseButton"
    press(qtbot, Qt.Key.Key_Enter)
    dialog = window.findChild(QFileDialog, "jurorFileDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_a_team_without_a_name_of_its_own_is_named_once_when_finalising_is_refused(qtbot, tmp_path, dutch):
    teams = [(11, 1, "De Datadokters", "it", ""), (12, 2, "Team 2", "it", "")]
    window = shown(qtbot, open_kit(write_kit(tmp_path, kit_body(teams=teams)), tmp_path / "data"))
    for key in KEYS[:5]:
        window.desk.set_value(11, key, 7)
    window.open_ranking()
    window.ranking.finalise.click()
    said = find(window, QLabel, "rankingOpen")
    assert "Team 2 (6 van 6 criteria open)" in said.text() and "Team 1 De Datadokters (1 van 6 criteria open)" in said.text()
    assert "Team 2 Team 2" not in said.text() and not find(window, QLabel, "finaliseError").isVisible()
    assert window.findChild(QFileDialog, "jurorFileDialog") is None


def test_with_a_long_idea_all_six_criteria_and_their_levels_are_in_view_and_rows_do_not_jump(qtbot, tmp_path):
    teams = [(11, 1, "Kennistafel", "Slimme IT-samenwerking markt en overheid", LONG_IDEA), *TEAMS[1:]]
    window = shown(qtbot, open_kit(write_kit(tmp_path, kit_body(teams=teams)), tmp_path / "data"))
    settle()
    idea = find(window, QLabel, "teamIdea")
    assert idea.text().endswith("…") and idea.toolTip() == LONG_IDEA
    area = window.panel.findChild(QScrollArea, "criteriaScroll")
    tops = {key: window.panel.fields[key].mapTo(window, QPoint(0, 0)).y() for key in KEYS}
    for key in KEYS:
        press(qtbot, "7")
        press(qtbot, Qt.Key.Key_Down)
    settle()
    assert {key: window.panel.fields[key].mapTo(window, QPoint(0, 0)).y() for key in KEYS} == tops  # no row moved
    assert area.verticalScrollBar().maximum() == 0  # nothing scrolled away
    viewport = area.viewport()
    for key in KEYS:
        level = find(window, QLabel, f"level_{key}")
        bottom = level.mapTo(viewport, QPoint(0, level.height())).y()
        assert level.text() == "Concreet" and level.isVisible() and bottom <= viewport.height()


def test_a_long_name_shortens_the_header_by_whole_parts_and_the_list_has_no_sideways_scrollbar(qtbot, tmp_path, dutch):
    body = kit_body(recused=(13,), name="Mr. drs. Ellen Wilhelmina de Jong-van der Smit-Hoogenboezem")
    body["juror"]["organisation"] = "Waterschap Rivierenland en Hoogheemraadschap van Delfland"
    body["event"]["name"] = "Staatsprint digitale overheid voor betere dienstverlening"
    body["teams"][2]["name"] = "Van Bestek naar Bondgenoot in de Keten"
    window = shown(qtbot, open_kit(write_kit(tmp_path, body), tmp_path / "data"))
    window.resize(1024, 768)  # the narrowest the window goes
    settle()
    event = window.header.event
    assert event.shown() != event.texts[0] and event.toolTip() == event.texts[0]
    assert event.shown() in event.texts or "·" not in event.shown()  # the day goes whole before the name is cut
    assert window.header.juror.shown().startswith("Jurylid: Mr. drs. Ellen")
    assert not window.overview.list.horizontalScrollBar().isVisible()
    assert "Je beoordeelt dit team niet (verschoning)" in window.overview.list.item(2).text()


def test_the_overview_says_one_criterion_in_the_singular(qtbot, window, dutch):
    for key in KEYS[:5]:
        window.desk.set_value(11, key, 7)
    window.overview.refresh(11)
    assert "nog 1 criterium open" in window.overview.list.item(0).text()
    window.desk.clear_value(11, KEYS[0])
    window.overview.refresh(11)
    assert "nog 2 criteria open" in window.overview.list.item(0).text()


def test_undo_on_another_team_lands_on_the_criterion_it_changed(qtbot, window):
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, "8")
    assert window.desk.value(11, "impact") == 8
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.panel.team.id == 11 and window.desk.value(11, "impact") is None
    assert focused().objectName() == "score_impact"
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.desk.value(11, "impact") == 8 and focused().objectName() == "score_impact"


def test_a_new_revision_says_which_revision_is_being_edited(qtbot, window, tmp_path, dutch):
    revision = find(window, QLabel, "jurorRevision")
    assert not revision.isVisible()
    for team in window.desk.scorable:
        for key in KEYS:
            window.desk.set_value(team.id, key, 6)
    window.write_file(tmp_path / "Juryscores Anna de Vries r1.json")
    assert not revision.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "newRevisionButton"
    press(qtbot, Qt.Key.Key_Return)
    assert revision.isVisible() and revision.text() == "Versie 2 — nog niet afgerond"
    assert focused().objectName() == "score_problem"


def test_ctrl_n_marks_not_seen_without_moving_the_mark_and_again_unmarks_it(qtbot, window):
    toggle = window.panel.not_seen
    top = toggle.mapTo(window, QPoint(0, 0)).y()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.desk.not_seen(11) and focused() is toggle
    settle()
    assert toggle.mapTo(window, QPoint(0, 0)).y() == top  # the two-line note above it took no new room
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert not window.desk.not_seen(11) and focused().objectName() == "score_problem"
    assert "Ctrl+N" in find(window, QLabel, "keysHint").text()
