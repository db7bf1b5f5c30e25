"""The facilitator sets up the jury by keyboard: jurors and the chair, recusals, the rubric, the kits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
)
from sqlmodel import select

from app.jury import rubric
from app.jury.awards import undo_confirmation
from app.jury.kit import write_kit
from app.jury.running_order import draw, running_order, set_absent
from app.jury.setup import add_juror, jurors, recusals, set_recusal
from db.models import JuryLog, JurySetting
from db.types import utcnow
from tests.jury.setup_data import file_arrives, jury_event
from tests.ui.conftest import find, settle, type_text
from tests.ui.modal import answer_modal, say_yes
from tests.ui.visible_text import shown_texts, wrong_language


@pytest.fixture
def setup_tab(qtbot, open_window, sqlite_store, staatsprint_template):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template, teams=3, jurors=2)
    window = open_window(sqlite_store)
    window.event_view.go_to(("jury",))
    tab = window.event_view.pages.currentWidget().show_tab("jurySetupTab")
    settle()
    return window, tab, sqlite_store, event_id, teams, ids


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def logs(store, event_id, kind):
    with store.read() as session:
        return list(session.exec(select(JuryLog).where(JuryLog.event_id == event_id, JuryLog.kind == kind)).all())


def test_add_a_juror_by_keyboard(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, _ids = setup_tab
    name = find(window, QLineEdit, "newJurorName")
    type_text(qtbot, name, "Sanne Bakker")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    organisation = find(window, QLineEdit, "newJurorOrganisation")
    assert organisation.hasFocus()
    type_text(qtbot, organisation, "Provincie Zuid-Holland")
    qtbot.keyClick(organisation, Qt.Key.Key_Return)
    settle()
    assert [(j.name, j.organisation) for j in jurors(store, event_id)][-1] == ("Sanne Bakker", "Provincie Zuid-Holland")
    table = find(window, QTableWidget, "jurorTable")
    assert table.rowCount() == 3 and table.item(2, 0).text() == "Sanne Bakker" and table.item(2, 3).text() == "not exported"
    assert name.hasFocus() and name.text() == "" and organisation.text() == ""


def test_a_duplicate_name_is_refused_and_nothing_changes(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, _ids = setup_tab
    name = find(window, QLineEdit, "newJurorName")
    type_text(qtbot, name, "annelies de vries")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    settle()
    line = find(window, QLabel, "jurorsMessage")
    assert line.isVisible() and "already a juror" in line.text()
    assert len(jurors(store, event_id)) == 2 and name.text() == "annelies de vries" and name.hasFocus()


def test_set_the_chair_by_keyboard(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, _ids = setup_tab
    table = find(window, QTableWidget, "jurorTable")
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    settle()
    assert [j.chair for j in jurors(store, event_id)] == [False, True]
    assert table.hasFocus() and table.currentRow() == 1
    assert table.item(0, 2).checkState() == Qt.CheckState.Unchecked and table.item(1, 2).checkState() == Qt.CheckState.Checked


def test_rename_in_place(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, _ids = setup_tab
    table = find(window, QTableWidget, "jurorTable")
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "Mo El Amrani")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert jurors(store, event_id)[1].name == "Mo El Amrani"


def test_recuse_with_space_in_the_grid(qtbot, setup_tab):
    window, _tab, store, event_id, teams, ids = setup_tab
    grid = find(window, QTableWidget, "recusalGrid")
    assert grid.verticalHeaderItem(1).text() == "2. De Doeners 2"
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    settle()
    assert recusals(store, event_id) == {(ids[1], teams[1]): ""}
    assert grid.hasFocus() and (grid.currentRow(), grid.currentColumn()) == (1, 1)
    assert grid.item(1, 1).checkState() == Qt.CheckState.Checked


def test_removing_a_juror_with_recusals_asks_first(qtbot, setup_tab):
    window, _tab, store, event_id, teams, ids = setup_tab
    set_recusal(store, ids[1], teams[0], True)
    settle()
    table = find(window, QTableWidget, "jurorTable")
    table.setCurrentCell(1, 0)
    asked = []
    answer_modal("removeJurorQuestion", lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), asked)
    qtbot.keyClick(find(window, QPushButton, "removeJurorButton"), Qt.Key.Key_Space)
    settle()
    assert asked and "recuses from 1 team" in asked[0].text() and len(jurors(store, event_id)) == 2  # No is the default
    say_yes(qtbot, "removeJurorQuestion")
    qtbot.keyClick(find(window, QPushButton, "removeJurorButton"), Qt.Key.Key_Space)
    settle()
    assert [j.name for j in jurors(store, event_id)] == ["Annelies de Vries"] and recusals(store, event_id) == {}
    active(qtbot, window)
    assert table.rowCount() == 1 and table.currentRow() == 0 and table.hasFocus()


def test_edit_a_weight_by_keyboard(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, _ids = setup_tab
    criteria = find(window, QTableWidget, "criteriaTable")
    criteria.setFocus()
    qtbot.keyClick(criteria, Qt.Key.Key_Down)
    weight = find(window, QSpinBox, "criterionWeight")
    weight.setFocus()
    qtbot.keyClick(weight, Qt.Key.Key_Up)
    qtbot.keyClick(weight, Qt.Key.Key_Up)
    settle()
    assert [c.weight for c in rubric.criteria(store, event_id)][:2] == [1, 3]
    assert criteria.item(1, 1).text() == "3" and weight.hasFocus()


def test_a_rubric_change_after_a_score_asks_and_raises_the_version(qtbot, setup_tab):
    window, tab, store, event_id, _teams, ids = setup_tab
    file_arrives(store, event_id, ids[0])
    settle()
    weight = find(window, QSpinBox, "criterionWeight")
    unlock = find(window, QPushButton, "unlockRubricButton")
    assert not weight.isEnabled() and unlock.isVisible()
    answer_modal("rubricChangeQuestion", lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), [])
    qtbot.keyClick(unlock, Qt.Key.Key_Space)
    settle()
    active(qtbot, window)  # the window manager gives the window its focus back when the box has gone
    assert not weight.isEnabled() and unlock.hasFocus()
    say_yes(qtbot, "rubricChangeQuestion")
    qtbot.keyClick(unlock, Qt.Key.Key_Space)
    settle()
    active(qtbot, window)
    assert weight.isEnabled() and find(window, QTableWidget, "criteriaTable").hasFocus()
    weight.setFocus()
    qtbot.keyClick(weight, Qt.Key.Key_Up)
    settle()
    with store.read() as session:
        assert session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().rubric_version == 2
    assert [log.detail for log in logs(store, event_id, "rubric_changed")] == [{"version": 2, "change": "weight"}]
    assert not unlock.isVisible() and weight.isEnabled()


def test_the_deciding_ranking_after_a_score_asks_a_reason(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, ids = setup_tab
    file_arrives(store, event_id, ids[0])
    settle()

    def give_reason(dialog):
        type_text(qtbot, dialog.focusWidget(), "afgesproken met de voorzitter")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer_modal("decidingReasonDialog", give_reason, [])
    adjusted = find(window, QRadioButton, "decidingAdjusted")
    adjusted.setFocus()
    qtbot.keyClick(adjusted, Qt.Key.Key_Space)
    settle()
    (log,) = logs(store, event_id, "deciding_changed")
    assert log.reason == "afgesproken met de voorzitter" and log.detail == {"from": "raw", "to": "adjusted"}
    assert adjusted.isChecked()


def test_an_empty_reason_keeps_the_dialog_open_and_says_a_reason_is_required(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, ids = setup_tab
    file_arrives(store, event_id, ids[0])
    settle()
    said = []

    def empty_then_cancel(dialog):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # OK with nothing typed
        said.append((dialog.isVisible(), dialog.labelText(), dialog.focusWidget() is dialog.findChild(QLineEdit)))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    answer_modal("decidingReasonDialog", empty_then_cancel, [])
    adjusted = find(window, QRadioButton, "decidingAdjusted")
    adjusted.setFocus()
    qtbot.keyClick(adjusted, Qt.Key.Key_Space)
    settle()
    (open_after_ok, text, typing) = said[0]
    assert open_after_ok and typing and "A reason is required" in text
    assert logs(store, event_id, "deciding_changed") == []  # cancelled: nothing changed
    with store.read() as session:
        assert session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().deciding == "raw"
    assert find(window, QRadioButton, "decidingRaw").isChecked()


def test_export_every_kit_to_a_folder(qtbot, setup_tab, tmp_path, monkeypatch):
    window, _tab, _store, _event_id, _teams, _ids = setup_tab
    folder = tmp_path / "kits"
    folder.mkdir()
    monkeypatch.setattr("ui.jury.jurors_card.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder))
    button = find(window, QPushButton, "exportKitsButton")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle()
    assert sorted(p.name for p in folder.iterdir()) == ["Jurykit Annelies de Vries.json", "Jurykit Mohammed El Amrani.json"]
    line = find(window, QLabel, "jurorsMessage")
    assert line.text() == f"2 kits were written to {folder}" and line.property("role") == "info"
    table = find(window, QTableWidget, "jurorTable")
    assert table.item(0, 3).text().startswith("exported ") and button.hasFocus()


@pytest.mark.parametrize("lang", ["nl", "en"])


def test_the_tab_speaks_one_language_and_nothing_is_cut_off(qtbot, open_window, sqlite_store, staatsprint_template, lang):
    jury_event(sqlite_store, staatsprint_template, teams=6, jurors=5)
    window = open_window(sqlite_store, lang, translated=True)
    window.event_view.go_to(("jury",))
    window.event_view.pages.currentWidget().show_tab("jurySetupTab")
    settle()
    problems = []
    for shown in shown_texts(window):
        other = wrong_language(shown.text, lang)
        if other is not None:
            problems.append(f"{shown.widget}: {shown.text!r} is the other language's {other!r}")
        if shown.clipped:
            problems.append(f"{shown.widget}: {shown.text!r} is cut off")
    assert not problems, "\n".join(problems)


def test_a_change_elsewhere_shows_and_a_kit_of_an_earlier_rubric_says_so(qtbot, setup_tab, tmp_path):
    window, _tab, store, event_id, _teams, ids = setup_tab
    write_kit(store, event_id, ids[0], window.event_view.workspace.template, "nl", tmp_path)
    add_juror(store, event_id, "Femke van Dijk")  # on another laptop, say
    settle()
    table = find(window, QTableWidget, "jurorTable")
    assert table.rowCount() == 3 and table.item(2, 0).text() == "Femke van Dijk"
    assert table.item(0, 3).text().startswith("exported ") and "earlier rubric" not in table.item(0, 3).text()
    rubric.set_weight(store, rubric.criteria(store, event_id)[0].id, 2)
    settle()
    assert table.item(0, 3).text() == "export again" and "for an earlier rubric" in table.item(0, 3).toolTip()
    assert table.item(1, 3).text() == "not exported"
    warning = find(window, QLabel, "kitWarning")
    assert warning.isVisible() and warning.text() == "The kits of Annelies de Vries are for earlier criteria: export them again."


def test_levels_typed_are_saved_on_leaving_and_overlapping_ones_refused(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, _ids = setup_tab
    levels = find(window, QPlainTextEdit, "criterionLevels")
    before = rubric.criteria(store, event_id)[0].levels
    levels.setFocus()
    levels.selectAll()
    type_text(qtbot, levels, "1-4: laag")
    qtbot.keyClick(levels, Qt.Key.Key_Return)
    type_text(qtbot, levels, "4-10: hoog")
    qtbot.keyClick(levels, Qt.Key.Key_Tab)  # leaving the field saves at once
    settle()
    line = find(window, QLabel, "rubricMessage")
    assert line.isVisible() and line.text() == "The levels 1–4 and 4–10 overlap; nothing was saved."
    assert rubric.criteria(store, event_id)[0].levels == before
    levels.setFocus()
    levels.selectAll()
    type_text(qtbot, levels, "1-5: laag")
    qtbot.keyClick(levels, Qt.Key.Key_Return)
    type_text(qtbot, levels, "6-10: hoog")
    qtbot.keyClick(levels, Qt.Key.Key_Tab)
    settle()
    assert [(lv["min"], lv["max"], lv["nl"]) for lv in rubric.criteria(store, event_id)[0].levels] == [(1, 5, "laag"), (6, 10, "hoog")]
    assert not line.isVisible() and find(window, QTableWidget, "criteriaTable").item(0, 3).text() == "2"


def test_a_recusal_reason_is_optional_and_typed_in_a_dialog(qtbot, setup_tab):
    window, _tab, store, event_id, teams, ids = setup_tab
    grid = find(window, QTableWidget, "recusalGrid")
    grid.setFocus()
    grid.setCurrentCell(2, 0)

    def give(dialog):
        type_text(qtbot, dialog.focusWidget(), "zus werkt in dit team")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer_modal("recusalReasonDialog", give, [])
    qtbot.keyClick(find(window, QPushButton, "recusalReasonButton"), Qt.Key.Key_Space)
    settle()
    assert recusals(store, event_id) == {(ids[0], teams[2]): "zus werkt in dit team"}
    assert grid.item(2, 0).checkState() == Qt.CheckState.Checked and grid.item(2, 0).toolTip() == "zus werkt in dit team"


def test_a_folder_that_is_gone_is_said_and_nothing_is_written(qtbot, setup_tab, tmp_path, monkeypatch):
    window, _tab, store, event_id, _teams, _ids = setup_tab
    gone = tmp_path / "usb-stick" / "kits"
    monkeypatch.setattr("ui.jury.jurors_card.QFileDialog.getExistingDirectory", lambda *a, **k: str(gone))
    table = find(window, QTableWidget, "jurorTable")
    table.setCurrentCell(1, 0)
    qtbot.keyClick(find(window, QPushButton, "exportKitButton"), Qt.Key.Key_Space)
    settle()
    line = find(window, QLabel, "jurorsMessage")
    assert line.property("role") == "error" and f"the folder {gone.parent} does not exist" in line.text()
    assert not (tmp_path / "usb-stick").exists() and table.item(1, 3).text() == "not exported"


def test_the_chair_stays_until_another_is_ticked_and_jurors_move(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, ids = setup_tab
    table = find(window, QTableWidget, "jurorTable")
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # untick the chair
    settle()
    assert "always has a chair" in find(window, QLabel, "jurorsMessage").text()
    assert [j.chair for j in jurors(store, event_id)] == [True, False] and table.item(0, 2).checkState() == Qt.CheckState.Checked
    table.setCurrentCell(1, 0)
    qtbot.keyClick(find(window, QPushButton, "jurorUpButton"), Qt.Key.Key_Space)
    settle()
    assert [j.id for j in jurors(store, event_id)] == [ids[1], ids[0]]
    assert table.hasFocus() and table.currentRow() == 0 and table.item(0, 0).text() == "Mohammed El Amrani"


def test_a_kit_from_an_earlier_order_says_so_and_a_file_without_a_kit_is_received(qtbot, setup_tab, tmp_path):
    window, _tab, store, event_id, _teams, ids = setup_tab
    draw(store, event_id, seed=2)
    write_kit(store, event_id, ids[0], window.event_view.workspace.template, "nl", tmp_path)
    file_arrives(store, event_id, ids[1])  # typed in from paper: no kit was exported
    settle()
    table = find(window, QTableWidget, "jurorTable")
    assert table.item(0, 3).text().startswith("exported ") and table.item(1, 3).text() == "file received"
    set_absent(store, event_id, running_order(store, event_id)[0].team_id, True)  # on the running order tab
    settle()
    assert table.item(0, 3).text() == "export again" and table.item(0, 3).toolTip().endswith("from an earlier running order: export again")
    warning = find(window, QLabel, "kitWarning")
    assert warning.isVisible() and "list an earlier running order: export them again" in warning.text()
    assert table.item(0, 3).foreground().color() == QColor(window.event_view.workspace.theme.danger)


def test_while_the_winners_are_confirmed_the_rubric_is_frozen_and_the_question_says_what_a_change_does(qtbot, setup_tab):
    window, _tab, store, event_id, _teams, ids = setup_tab
    file_arrives(store, event_id, ids[0])
    with store.write() as session:
        session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().confirmed_at = utcnow()
    settle()
    note, unlock = find(window, QLabel, "rubricLockNote"), find(window, QPushButton, "unlockRubricButton")
    weight = find(window, QSpinBox, "criterionWeight")
    assert note.text() == ("The winners are confirmed: the rubric cannot change under them. The chair reopens the winners first "
                           "(Juryberaad, “Reopen the winners”).")
    assert note.isVisible() and not unlock.isVisible() and not weight.isEnabled()
    undo_confirmation(store, event_id, "De jury heropent")
    settle()
    assert unlock.isVisible() and note.text().startswith("Juror files were scored against this rubric. After a change they still count")
    asked: list = []
    answer_modal("rubricChangeQuestion", lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), asked)
    qtbot.keyClick(unlock, Qt.Key.Key_Space)
    settle()
    assert asked[0].text() == ("Juror files were scored against this rubric. After a change they still count, with the new weights, "
                               "until the juror sends a new file (a criterion added makes them count for nothing until then: they "
                               "have no score for it). Files made with the old kit that arrive later are refused, so every juror "
                               "needs a new kit. Change the rubric?")
    assert not weight.isEnabled()
