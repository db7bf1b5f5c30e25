"""Saving every join file into a folder that already holds them asks first, once, naming how many."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.sync.join_file import read_join_file
from app.sync.joined import connect
from tests.ui.modal import answer_modal, say_yes

TEAM, FACILITATOR = "team-4-bits-banen.staatsprint-join", "facilitator.staatsprint-join"


@pytest.mark.postgres
def test_saving_all_into_a_folder_that_holds_them_asks_first(qtbot, open_window, join_server, tmp_path):
    opened, event_id = connect(join_server.facilitator_join, tmp_path / "data")
    try:
        window = open_window(opened.store, "en", translated=True)  # English plural forms
        window.open_event(event_id)
        window.event_view.go_to(("server",))
        page = window.findChild(QWidget, "serverPage")
        button = page.findChild(QPushButton, "saveAllJoinFilesButton")
        stick = tmp_path / "stick"
        stick.mkdir()
        page.save_folder = stick
        qtbot.keyClick(button, Qt.Key.Key_Space)  # an empty folder: no question
        assert sorted(p.name for p in stick.iterdir()) == [FACILITATOR, TEAM]

        (stick / TEAM).unlink()
        (stick / FACILITATOR).write_text("an older join file")
        (stick / "notes.txt").write_text("not ours")
        asked: list = []
        answer_modal("replaceJoinFilesQuestion", lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), asked)  # No is the default
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert len(asked) == 1 and asked[0].text() == f"1 join file in {stick} would be replaced by a new one. Replace it?"
        assert (stick / FACILITATOR).read_text() == "an older join file" and not (stick / TEAM).exists()  # nothing written

        (stick / TEAM).write_text("an older one too")
        asked.clear()
        say_yes(qtbot, "replaceJoinFilesQuestion", asked)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert len(asked) == 1 and asked[0].text().startswith("2 join files in ")
        assert asked[0].defaultButton() is asked[0].button(QMessageBox.StandardButton.No)
        assert read_join_file(stick / FACILITATOR).kind == "facilitator" and read_join_file(stick / TEAM).role == "sp_team_4"
        assert (stick / "notes.txt").read_text() == "not ours"
        window.close()
    finally:
        opened.store.engine.dispose()
