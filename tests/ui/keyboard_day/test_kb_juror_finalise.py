"""The keyboard-only day, part 6b: the juror finalises by keys — to "My ranking and finalise…", the Finalise
button, Enter in the save dialog (the name it offers, beside the kit) — and the juror file is on disk."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.jury.juror_desk import open_kit
from tests.jury.kits import write_kit
from tests.ui.jury.test_juror_window import KEYS, shown
from tests.ui.keyboard_day.keys import activate, answer_file_dialog, focus, press, tab_to


def test_the_juror_finalises_and_saves_the_file_by_keys(qtbot, tmp_path):
    window = shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))
    for team in window.desk.scorable:  # scored by keys in test_kb_juror.py
        for key in KEYS:
            window.desk.set_value(team.id, key, 7)
    activate(qtbot, "rankingButton")
    assert window.pages.currentIndex() == 1
    tab_to(qtbot, "finaliseButton")
    seen = answer_file_dialog(qtbot)  # the name it offers, in the kit's folder: Enter
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen) and window.desk.finalised)
    assert not [item for item in seen if isinstance(item, Exception)], seen
    written = [path for path in tmp_path.glob("*.json") if json.loads(path.read_text(encoding="utf-8")).get("body", {}).get("revision") == 1]
    assert len(written) == 1, list(tmp_path.iterdir())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.pages.currentIndex() == 2 and window.isAncestorOf(QApplication.focusWidget()), focus()
