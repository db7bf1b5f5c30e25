"""The conflict dialog by keyboard: Enter presses the choice that has the focus; untouched, Enter is the safe default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.sync.versions import EditConflict
from ui.sync.conflict_dialog import BOTH, MINE, THEIRS, ConflictDialog


def _dialog(qtbot) -> ConflictDialog:
    conflict = EditConflict("note", 1, "text", "mine", "theirs", "before", 2, "note")
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


@pytest.mark.parametrize(("button", "choice"), [("conflictTakeTheirs", THEIRS), ("conflictKeepMine", MINE), ("conflictKeepBoth", BOTH)])
def test_enter_presses_the_focused_choice(qtbot, button, choice):
    dialog = _dialog(qtbot)
    for _ in range(8):
        if QApplication.focusWidget().objectName() == button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.choice == choice


def test_enter_at_once_keeps_both(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.choice == BOTH
