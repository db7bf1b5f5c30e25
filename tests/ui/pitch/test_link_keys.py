"""The pitch page's link buttons answer Enter and Return as they answer Space, and the meter's "and N
more…" menu opens with its first question chosen, so Return goes there at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton

from tests.ui.conftest import find, settle, type_text
from tests.ui.pitch.conftest import click_in, stored

TAKEN = "Overgenomen uit de uiteindelijke selectie"


def test_return_on_a_meter_link_jumps_to_its_field(qtbot, pitch):
    window, _store, _team_id, page = pitch
    risks = page.questions.boxes["risks"]
    link = find(window, QPushButton, "pitchJump_risks")
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Return)
    settle()
    assert QApplication.focusWidget() is risks.edit and not risks.edit.visibleRegion().isEmpty()


def test_enter_on_the_storyboard_link_jumps_to_the_storyboard(qtbot, pitch):
    window, _store, _team_id, page = pitch
    link = find(window, QPushButton, "pitchStoryboardState")
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    settle()
    assert page.tabs.currentIndex() != 0 and QApplication.focusWidget() is not link


def test_the_more_menu_opens_on_its_first_question_and_return_jumps_there(qtbot, pitch):
    window, _store, _team_id, page = pitch
    more = find(window, QPushButton, "pitchJumpMore")
    menu = more.menu()
    first = menu.actions()[0]
    box = next(b for b in page.questions.boxes.values() if b.question.text().startswith(first.text().rstrip("…")))
    seen = []

    def choose() -> None:
        shown = QApplication.activePopupWidget()
        seen.append((shown, shown.activeAction() if isinstance(shown, QMenu) else None))
        qtbot.keyClick(shown, Qt.Key.Key_Return)

    more.setFocus(Qt.FocusReason.TabFocusReason)
    QTimer.singleShot(0, choose)  # the menu runs its own loop: this answers it once it is shown
    qtbot.keyClick(more, Qt.Key.Key_Return)  # Return opens the menu, as Space does
    settle()
    assert seen == [(menu, first)]
    assert window.focusWidget() is box.edit
    window.activateWindow()  # the offscreen platform leaves the closed menu the active window
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is box.edit and not box.edit.visibleRegion().isEmpty()


def test_return_on_take_over_again_takes_over_again(qtbot, pitch):
    window, store, team_id, page = pitch
    box = page.questions.boxes["idea"]
    taken = box.text
    click_in(qtbot, box.edit)
    type_text(qtbot, box.edit, " en meer")
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    settle()
    assert stored(store, team_id)["idea"] == taken + " en meer" and box.take_over.isVisible()
    box.take_over.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(box.take_over, Qt.Key.Key_Return)
    settle()
    assert box.text == taken and box.badge.text() == TAKEN and "idea" not in stored(store, team_id)
    assert QApplication.focusWidget() is box.edit
    assert find(window, QLabel, "pitchMessage").text().startswith("Taken over again.")
