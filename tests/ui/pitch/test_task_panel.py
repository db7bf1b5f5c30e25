"""The task split's grid: arrows move, Space ticks and the focus stays, Ctrl+Z undoes, the presenter
always presents, other laptops' ticks and a team switch show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from app.event.teams import add_member, add_team, remove_member, team_view
from app.pitch.tasks import assign, set_presenter, task_split
from tests.ui.conftest import find, settle
from ui.pitch.task_panel import TaskPanel

NAMES = ("Anna", "Bram", "Carla", "Dirk", "Eva", "Fleur", "Gijs", "Hanna")


@pytest.fixture
def panel(qtbot, open_window, event_with_team):
    store, event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in NAMES]
    window = open_window(store)
    ws = window.event_view.workspace
    panel = TaskPanel(ws)
    qtbot.addWidget(panel)
    panel.resize(1200, 400)
    panel.show_team(team_view(store, event_id, team_id, ws.template))
    panel.show()
    qtbot.waitExposed(panel)
    return panel, ws, team_id, members


def cell(panel, task, column) -> QCheckBox:
    return find(panel, QCheckBox, f"taskCell_{task}_{column}")


def ticked(ws, team_id, task):
    return next(line.member_ids for line in task_split(ws.store, ws.template, team_id, "en") if line.key == task)


def test_eight_members_fit_side_by_side(panel):
    panel, _, _, _ = panel
    assert panel.findChild(QLabel, "taskMember_8").text() == "Hanna"
    assert panel.minimumSizeHint().width() <= 1366 - 360 - 2 * 32  # beside the step navigator, within the page's margins
    assert panel.summary() == "0 of 5 tasks split"


def test_arrows_move_space_ticks_and_the_focus_stays(qtbot, panel):
    panel, ws, team_id, members = panel
    first = cell(panel, "storyboard", 1)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    qtbot.keyClick(cell(panel, "storyboard", 2), Qt.Key.Key_Down)
    target = cell(panel, "flipover", 2)
    assert target.hasFocus()
    with qtbot.waitSignal(panel.summaryChanged) as told:  # the pitch page's meter hears it
        qtbot.keyClick(target, Qt.Key.Key_Space)
        settle()
    assert told.args == ["1 of 5 tasks split"]
    assert ticked(ws, team_id, "flipover") == (members[1],)
    assert cell(panel, "flipover", 2).isChecked() and cell(panel, "flipover", 2).hasFocus()
    assert panel.summary() == "1 of 5 tasks split"
    qtbot.keyClick(cell(panel, "flipover", 2), Qt.Key.Key_Up)
    qtbot.keyClick(cell(panel, "storyboard", 2), Qt.Key.Key_Up)  # the edge: it stays
    assert cell(panel, "storyboard", 2).hasFocus()


def test_ctrl_z_undoes_a_tick_and_ctrl_shift_z_redoes_it(qtbot, panel):
    panel, ws, team_id, members = panel
    box = cell(panel, "rehearsal", 3)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    settle()
    assert ticked(ws, team_id, "rehearsal") == (members[2],)
    qtbot.keyClick(cell(panel, "rehearsal", 3), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert ticked(ws, team_id, "rehearsal") == ()
    assert not cell(panel, "rehearsal", 3).isChecked() and cell(panel, "rehearsal", 3).hasFocus()
    qtbot.keyClick(cell(panel, "rehearsal", 3), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert ticked(ws, team_id, "rehearsal") == (members[2],)


def test_the_presenter_is_named_ticked_and_cannot_be_unticked(qtbot, panel):
    panel, ws, team_id, members = panel
    set_presenter(ws.store, ws.template, team_id, members[3])  # chosen on the pitch page
    settle()
    assert panel.findChild(QLabel, "taskPresenter").text() == "Presenter: Dirk (always ticked for presenting)"
    box = cell(panel, "presenting", 4)
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    settle()
    error = panel.findChild(QLabel, "taskError")
    assert error.isVisible() and error.text() == "The presenter always presents. To untick them, choose another presenter first."
    assert cell(panel, "presenting", 4).isChecked() and cell(panel, "presenting", 4).hasFocus()
    assert ticked(ws, team_id, "presenting") == (members[3],)
    assert panel.undo_stack.count() == 0  # a refusal never enters the undo history


def test_other_laptops_ticks_and_a_team_switch_show(qtbot, panel):
    panel, ws, team_id, members = panel
    assign(ws.store, ws.template, team_id, "questions", members[7])  # another laptop
    settle()
    assert cell(panel, "questions", 8).isChecked()
    remove_member(ws.store, members[7])  # removed on the team page: the column and its ticks go
    settle()
    assert not any(name.isVisible() for name in panel.findChildren(QLabel, "taskMember_8"))
    assert panel.summary() == "0 of 5 tasks split"
    other = add_team(ws.store, ws.event.id, "gemeentelijke_it")
    add_member(ws.store, other, "Ilse")
    panel.show_team(team_view(ws.store, ws.event.id, other, ws.template))
    settle()
    assert find(panel, QLabel, "taskMember_1").text() == "Ilse"
    assert not cell(panel, "questions", 1).isChecked()
    assert not any(name.isVisible() for name in panel.findChildren(QLabel, "taskMember_2"))
