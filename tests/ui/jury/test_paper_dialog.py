"""Typing in a paper sheet by keyboard: the first entry, the second to check it; a difference is
highlighted and named and nothing is stored; corrected, the sheet is stored from paper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.jury.conftest import make_jury_event
from tests.ui.conftest import settle
from ui.jury.paper_dialog import PaperSheetDialog
from ui.jury.paper_grid import MISMATCH, short_header


@pytest.fixture
def paper(qtbot, open_window, sqlite_store, staatsprint_template, tmp_path):
    event = make_jury_event(sqlite_store, staatsprint_template, tmp_path, teams=2)
    window = open_window(sqlite_store)
    jurors = [(j.id, j.name) for j in event.jurors.values()]
    dialog = PaperSheetDialog(window.event_view.workspace, jurors)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return event, dialog


def _type_sheet(qtbot, grid, rows: list[list[str]]) -> None:
    """Type every row's cells by keyboard: a value then Tab (Space ticks "not seen"), row after row."""
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for cells in rows:
        for text in cells:
            if text == "x":
                qtbot.keyClick(grid, Qt.Key.Key_Space)
            elif text:
                qtbot.keyClick(grid, text[0])  # a key starts the cell's editor, which takes the rest; Enter ends it
                qtbot.keyClicks(_editor(grid), text[1:])
                qtbot.keyClick(_editor(grid), Qt.Key.Key_Return)
                settle()  # the cell takes the editor's value through the event queue
            qtbot.keyClick(grid, Qt.Key.Key_Tab)


def _editor(grid) -> QLineEdit:
    return next(editor for editor in grid.findChildren(QLineEdit) if editor.isVisible())


SHEET = [["7", "8", "4", "", "good", "well done"], ["5", "6", "3", "", "", ""]]


def test_a_sheet_typed_twice_alike_is_stored_from_paper(qtbot, paper):
    event, dialog = paper
    qtbot.keyClicks(dialog.juror, "Bram")
    assert dialog.juror.currentText() == "Bram"
    _type_sheet(qtbot, dialog.grid, SHEET)
    dialog.again.setFocus()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Space)
    assert dialog.step.text().startswith("Second entry")
    assert dialog.grid.item(0, 0).text() == "" and dialog.focusWidget() is dialog.grid
    _type_sheet(qtbot, dialog.grid, [row[:4] + ["", ""] for row in SHEET])
    dialog.store.setFocus()
    qtbot.keyClick(dialog.store, Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.outcome.juror, dialog.outcome.revision) == ("Bram", 1)
    assert event.files_of("Bram") == [(1, "in_use", "paper")]
    team_1, team_2 = event.team_ids
    assert event.scores_of("Bram") == {(team_1, "problem"): 7, (team_1, "idea"): 8, (team_1, "pitch"): 4,
                                       (team_2, "problem"): 5, (team_2, "idea"): 6, (team_2, "pitch"): 3}


def test_a_second_entry_that_differs_is_highlighted_named_and_stores_nothing(qtbot, paper):
    event, dialog = paper
    _type_sheet(qtbot, dialog.grid, SHEET)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # on, without leaving the grid
    assert dialog.step.text().startswith("Second entry")
    before = event.state()
    second = [row[:4] + ["", ""] for row in SHEET]
    second[1][1] = "9"
    _type_sheet(qtbot, dialog.grid, second)
    qtbot.keyClick(dialog.store, Qt.Key.Key_Space)
    assert dialog.isVisible()
    assert dialog.error.text() == ("The second entry differs from the first at Team 2, Concrete idea (differences: 1). "
                                   "Nothing was stored: correct the second entry, or start again.")
    assert dialog.grid.item(1, 1).background().color() == MISMATCH
    assert (dialog.grid.currentRow(), dialog.grid.currentColumn()) == (1, 1) and dialog.focusWidget() is dialog.grid
    assert event.state() == before
    qtbot.keyClick(dialog.grid, "6")
    qtbot.keyClick(_editor(dialog.grid), Qt.Key.Key_Return)
    settle()
    qtbot.keyClick(dialog.store, Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert event.files_of("Anna") == [(1, "in_use", "paper")]


def test_a_cell_that_is_no_number_is_named_and_nothing_moves_on(qtbot, paper):
    event, dialog = paper
    _type_sheet(qtbot, dialog.grid, [["7", "acht", "4", "", "", ""], SHEET[1]])
    qtbot.keyClick(dialog.again, Qt.Key.Key_Space)
    assert dialog.error.text() == "Team 1, Concrete idea: “acht” is not a whole number."
    assert dialog.step.text().startswith("First entry")
    assert (dialog.grid.currentRow(), dialog.grid.currentColumn()) == (0, 1)


def test_every_column_fits_at_1366_pixels_with_short_headers_and_whole_tooltips(qtbot, open_window, sqlite_store, staatsprint_template, tmp_path):
    criteria = tuple((c.key, c.title.nl, c.weight, c.min, c.max) for c in staatsprint_template.jury.criteria)  # the six of the day
    event = make_jury_event(sqlite_store, staatsprint_template, tmp_path, teams=4, criteria=criteria)
    window = open_window(sqlite_store, "nl", translated=True)
    dialog = PaperSheetDialog(window.event_view.workspace, [(j.id, j.name) for j in event.jurors.values()])
    qtbot.addWidget(dialog)
    dialog.resize(1280, 640)  # what _fit_screen gives on a 1366×768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    grid = dialog.grid
    header = grid.horizontalHeader()
    assert grid.horizontalScrollBar().maximum() == 0  # "Niet gezien" and the texts without scrolling
    texts = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    assert all(text.count("\n") <= 2 for text in texts)
    assert all(header.sectionSize(c) >= header.sectionSizeFromContents(c).width() - 1 for c in range(grid.columnCount()))
    pitch = next(c for c in range(grid.columnCount()) if grid.horizontalHeaderItem(c).toolTip().startswith("Enthousiaste"))
    assert grid.horizontalHeaderItem(pitch).toolTip() == "Enthousiaste, geloofwaardige pitch (1–10)"
    assert texts[pitch].startswith("Enthousiaste,\ngeloofwaardige") and texts[pitch].endswith("(1–10)")
    assert texts[-3:] == ["Niet gezien", "Notitie\nvoor de jury", "Feedback\nvoor het team"]
    assert grid.hasFocus() or dialog.focusWidget() is grid


def test_a_header_is_split_on_two_balanced_lines_and_a_longer_one_elided():
    assert short_header("Impact") == "Impact"
    assert short_header("Probleem scherp in beeld") == "Probleem\nscherp in beeld"
    assert short_header("Enthousiaste, geloofwaardige pitch") == "Enthousiaste,\ngeloofwaardige…"
    assert short_header("Team 5 (Van Bestek naar Bondgenootschap)", 22) == "Team 5 (Van Bestek\nnaar Bondgenootschap)"
