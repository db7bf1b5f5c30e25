"""The pitch page's parts in the real window: Ctrl+Z and Ctrl+Shift+Z in each tab, the meter's links to
the storyboard and the task split, and where the focus goes as the tabs are switched (by key and by
click) and as another team is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QScrollBar, QTabBar

from app.day.navigation import move_team
from app.pitch import storyboard as sb
from app.pitch.answers import save_pitch_answer
from app.pitch.tasks import split_count, task_split
from tests.ui.conftest import find, settle, type_text
from tests.ui.pitch.conftest import press, stored
from ui.common.messages import say
from ui.window.shortcuts_dialog import shortcut_rows

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as a person presses it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    settle()


def panels(store, team_id: int) -> list[str]:
    return [p.caption for p in sb.panels(store, team_id, "pitch")]


def tasks_split(window, team_id: int) -> tuple[int, int]:
    ws = window.event_view.workspace
    return split_count(task_split(ws.store, ws.template, team_id, ws.lang))


def ticked(window, team_id: int) -> dict[str, tuple[int, ...]]:
    """Who is on each task, as the database holds it."""
    ws = window.event_view.workspace
    return {line.key: line.member_ids for line in task_split(ws.store, ws.template, team_id, ws.lang)}


def in_part(page, key: str) -> bool:
    focus = QApplication.focusWidget()
    return page.current_part() == key and focus is not None and page.part(key).isAncestorOf(focus)


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_taking_an_answer_over_again(qtbot, pitch):
    window, store, team_id, page = pitch
    save_pitch_answer(store, team_id, "pitch", "idea", "Ons eigen idee")
    settle()
    box = page.questions.boxes["idea"]
    press(qtbot, box.take_over)
    assert "idea" not in stored(store, team_id) and QApplication.focusWidget() is box.edit
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the field has nothing typed to undo: the page's undo
    assert stored(store, team_id)["idea"] == "Ons eigen idee" and box.text == "Ons eigen idee"
    assert QApplication.focusWidget() is box.edit
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert "idea" not in stored(store, team_id) and box.text != "Ons eigen idee"
    assert QApplication.focusWidget() is box.edit
    type_text(qtbot, box.edit, " en meer")  # typing of its own: Ctrl+Z is the field's own again
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert not box.text.endswith(" en meer") and "idea" not in stored(store, team_id)
    assert page.undo_stack.count() == 0  # typing after "Take over again" dropped its history


def test_ctrl_z_and_ctrl_shift_z_in_the_storyboard_tab(qtbot, pitch):
    window, store, team_id, page = pitch
    before = panels(store, team_id)
    page.jump_to("storyboard")
    board = page.part("storyboard").part
    press(qtbot, board.add_button)
    assert len(panels(store, team_id)) == len(before) + 1
    assert QApplication.focusWidget() is board.cards[board.order[-1]].caption
    key(qtbot, Qt.Key.Key_Z, CTRL)  # in the new panel's empty caption
    assert panels(store, team_id) == before and in_part(page, "storyboard")
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert len(panels(store, team_id)) == len(before) + 1 and in_part(page, "storyboard")


def test_ctrl_z_and_ctrl_shift_z_in_the_task_split_tab(qtbot, pitch):
    window, store, team_id, page = pitch
    page.jump_to("tasks")
    first = QApplication.focusWidget()
    assert isinstance(first, QCheckBox) and first.objectName().startswith("taskCell_")
    was, before = first.isChecked(), ticked(window, team_id)
    key(qtbot, Qt.Key.Key_Space)
    after = ticked(window, team_id)
    assert first.isChecked() != was and after != before
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert first.isChecked() == was and ticked(window, team_id) == before and QApplication.focusWidget() is first
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert first.isChecked() != was and ticked(window, team_id) == after and QApplication.focusWidget() is first


def test_the_meter_tells_the_task_split_and_links_to_it(qtbot, pitch):
    window, store, team_id, page = pitch
    link = find(window, QPushButton, "pitchTasksState")
    done, total = tasks_split(window, team_id)
    assert link.isVisible() and link.text() == f"{done} of {total} tasks split" == link.accessibleName()
    window.resize(1366, 768)
    settle()
    for state in (page.meter.storyboard, link, page.meter.presenter, page.meter.count_label):  # none cut off at 1366 × 768
        assert state.width() >= state.sizeHint().width(), state.objectName()
    press(qtbot, link)
    assert in_part(page, "tasks") and isinstance(QApplication.focusWidget(), QCheckBox)
    nobody = next(task for task, members in ticked(window, team_id).items() if not members)
    find(page, QCheckBox, f"taskCell_{nobody}_1").setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    assert link.text() == f"{done + 1} of {total} tasks split"  # at once, from the split itself


def test_the_meters_storyboard_link_opens_it_on_its_first_panel_or_add_panel(qtbot, pitch):
    window, store, team_id, page = pitch
    board = page.part("storyboard").part
    assert page.meter.storyboard.text() == "Storyboard: 2 of at least 3 panels"
    press(qtbot, page.meter.storyboard)
    assert in_part(page, "storyboard") and QApplication.focusWidget() is board.cards[board.order[0]].caption
    view = window.event_view
    other = next(t for t in view._teams if not sb.panels(store, t.id, "pitch"))  # a team without panels
    move_team(store, other.id, "pitch", view.workspace.template)
    view.choose_team(other.id)
    settle()
    press(qtbot, page.meter.storyboard)
    assert QApplication.focusWidget() is board.add_button


def test_tabs_switched_by_click_arrows_tab_and_ctrl_page_keys_put_the_focus_in_the_part(qtbot, pitch):
    window, store, team_id, page = pitch
    tabs = find(window, QTabBar, "pitchParts")
    risks = page.questions.boxes["risks"].edit
    press(qtbot, find(window, QPushButton, "pitchJump_risks"))
    assert QApplication.focusWidget() is risks
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(2).center())  # a click: into the part
    settle()
    assert in_part(page, "tasks") and isinstance(QApplication.focusWidget(), QCheckBox)
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    board = page.part("storyboard").part
    assert in_part(page, "storyboard") and QApplication.focusWidget() is board.cards[board.order[0]].caption
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert page.current_part() == "questions" and QApplication.focusWidget() is risks  # where the hand was
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # the first part: it stays
    assert page.current_part() == "questions" and QApplication.focusWidget() is risks
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Right)  # the arrows choose, the focus stays on the tabs to choose on
    assert page.current_part() == "storyboard" and QApplication.focusWidget() is tabs
    key(qtbot, Qt.Key.Key_Right)
    assert page.current_part() == "tasks" and QApplication.focusWidget() is tabs
    key(qtbot, Qt.Key.Key_Tab)  # and Tab leads into the part
    assert in_part(page, "tasks") and QApplication.focusWidget() is page.part("tasks").focus_first()
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert in_part(page, "share") and QApplication.focusWidget() is find(window, QPushButton, "exportDossierButton")
    key(qtbot, Qt.Key.Key_PageDown, CTRL)  # the last part: it stays
    assert in_part(page, "share")


def test_another_team_keeps_the_tab_and_the_focus_in_it(qtbot, pitch):
    window, store, team_id, page = pitch
    view = window.event_view
    other = next(t for t in view._teams if t.id != team_id)
    move_team(store, other.id, "pitch", view.workspace.template)
    press(qtbot, page.meter.storyboard)
    assert in_part(page, "storyboard")
    view.choose_team(other.id)
    settle()
    assert page._team.id == other.id and in_part(page, "storyboard")
    page.jump_to("tasks")
    view.choose_team(team_id)
    settle()
    assert page._team.id == team_id and in_part(page, "tasks")
    view.team_picker.setFocus(Qt.FocusReason.MouseFocusReason)  # from the header's picker: into the tab shown
    view.team_picker.setCurrentIndex(view.team_picker.findData(other.id))
    view.team_picker.activated.emit(view.team_picker.currentIndex())
    settle()
    assert page._team.id == other.id and in_part(page, "tasks")


def test_no_key_is_bound_twice_on_a_part_and_its_page_and_the_help_lists_each_parts_keys(qtbot, pitch):
    window, store, team_id, page = pitch
    shortcuts = page.findChildren(QShortcut)
    for one in shortcuts:  # a widget and its ancestor both binding a key: Qt fires neither
        for other in shortcuts:
            if one is not other and one.key() == other.key():
                assert not (one.parent() is other.parent() or one.parent().isAncestorOf(other.parent())), one.key().toString()
    rows = dict(shortcut_rows(window))
    for what in ("Pitch questions: undo “Take over again”", "Storyboard: undo", "Task split: undo"):
        assert rows[what] == "Ctrl+Z"
    for what in ("Pitch questions: redo “Take over again”", "Storyboard: redo", "Task split: redo"):
        assert rows[what] == "Ctrl+Shift+Z"
    assert rows["Pitch: the next part (questions, storyboard, task split)"] == "Ctrl+PgDown"
    assert rows["Pitch: the previous part"] == "Ctrl+PgUp"


def test_delete_panel_leaves_the_focus_on_a_neighbour_and_undo_works_from_there_and_from_the_buttons(qtbot, pitch):
    window, store, team_id, page = pitch
    page.jump_to("storyboard")
    board = page.part("storyboard").part
    before = panels(store, team_id)
    first, second = board.order[:2]
    press(qtbot, board.cards[first].delete)
    assert panels(store, team_id) == before[1:]
    assert QApplication.focusWidget() is board.cards[second].grip and board.cards[second].grip.isVisible()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert panels(store, team_id) == before and in_part(page, "storyboard")
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert panels(store, team_id) == before[1:] and in_part(page, "storyboard")
    board.undo_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Z, CTRL)  # with the focus on ↶
    assert panels(store, team_id) == before and in_part(page, "storyboard")
    press(qtbot, board.redo_button)
    assert panels(store, team_id) == before[1:] and in_part(page, "storyboard")
    press(qtbot, board.undo_button)
    assert panels(store, team_id) == before and QApplication.focusWidget() is board.redo_button  # ↶ has no more to undo


def _in_view(widget) -> bool:
    """Shown inside the window and not scrolled out of its scroll areas."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def test_the_storyboards_buttons_stay_in_view_over_one_scrollbar_and_a_message_moves_no_panel(qtbot, pitch):
    window, store, team_id, page = pitch
    window.resize(1366, 768)
    for caption in ("C", "D", "E", "F"):
        sb.add_panel(store, team_id, "pitch", window.event_view.workspace.template.step("pitch").storyboard, caption)
    page.jump_to("storyboard")
    settle()
    board = page.part("storyboard").part
    last = board.cards[board.order[-1]]
    last.text.setFocus(Qt.FocusReason.TabFocusReason)
    board.cards_scroll.ensureWidgetVisible(last.text)
    type_text(qtbot, last.text, "x")
    settle()
    assert QApplication.focusWidget() is last.text and _in_view(last.text)
    for button in (board.undo_button, board.redo_button, board.add_button):
        assert _in_view(button), button.objectName()
    bars = [bar for bar in page.findChildren(QScrollBar) if bar.orientation() == Qt.Orientation.Vertical and bar.isVisible()]
    assert len(bars) == 1
    at = board.grid_holder.mapTo(window, board.grid_holder.rect().topLeft())
    say(board.error, "Deze foto is 23,8 MB; hoogstens 20 MB wordt aangenomen. Er is niets gewijzigd. Maak de foto met een lagere resolutie, of verklein hem eerst.")
    settle()
    assert board.grid_holder.mapTo(window, board.grid_holder.rect().topLeft()) == at
