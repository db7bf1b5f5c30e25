"""The facilitator's Scores tab by keyboard: import three juror files (one a duplicate, one altered),
see the report, close scoring; a file after close and the chair accepting it; withdrawing one;
dropping files onto the tab."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

import ui.jury.scores_tab as scores_tab_module
from app.jury import rubric
from app.jury.paper import TeamEntry, paper_form, store_paper_sheet
from tests.jury.conftest import make_jury_event
from tests.ui.conftest import settle
from tests.ui.modal import answer_modal, say_yes
from ui.jury.scores_tab import ScoresTab


STATUS, REVISION, SOURCE = 1, 2, 3


@pytest.fixture
def scores(qtbot, open_window, sqlite_store, staatsprint_template, tmp_path):
    event = make_jury_event(sqlite_store, staatsprint_template, tmp_path)
    window = open_window(sqlite_store)
    tab = ScoresTab(window.event_view.workspace)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    return event, tab


def _cells(tab, column: int) -> list[str]:
    return [tab.table.item(row, column).text() for row in range(tab.table.rowCount())]


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _import_by_keyboard(qtbot, tab, monkeypatch, paths) -> list:
    monkeypatch.setattr(scores_tab_module.QFileDialog, "getOpenFileNames", lambda *args: ([str(p) for p in paths], ""))
    seen: list = []
    answer_modal("importReportDialog", lambda dialog: qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape), seen)
    _press(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    return seen


def test_the_facilitator_imports_three_files_one_duplicate_one_altered_and_closes_scoring(qtbot, scores, monkeypatch):
    event, tab = scores
    assert _cells(tab, STATUS) == ["Waiting"] * 4
    anna = event.file("Anna")
    copy = event.write(anna.read_bytes(), "Juryscores Anna r1 (kopie).json")
    document = json.loads(event.sealed(event.body("Bram"), "Bram"))
    document["body"]["teams"][0]["scores"]["idea"] = 1 if document["body"]["teams"][0]["scores"]["idea"] != 1 else 2
    altered = event.write(json.dumps(document).encode(), "Juryscores Bram r1.json")
    seen = _import_by_keyboard(qtbot, tab, monkeypatch, [anna, copy, altered])
    dialog = seen[0]
    assert dialog.summary.text() == "1 accepted, 1 duplicate, 0 superseded, 0 after close, 1 refused."
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(3)]
    assert rows[0][:3] == ["Juryscores Anna r1.json", "Anna, revision 1", "Accepted"]
    assert rows[1][2:] == ["Duplicate", "Received before: nothing changed."]
    assert rows[2][2:] == ["Refused", "Juryscores Bram r1.json was changed after it was signed; it is not used. Ask for the original file."]
    assert tab.focusWidget() is tab.table
    assert _cells(tab, STATUS) == ["In use", "Waiting", "Waiting", "Waiting"]
    assert _cells(tab, SOURCE)[0] == "Juror file" and _cells(tab, REVISION)[0] == "1"
    assert event.files_of("Bram") == []

    say_yes(qtbot, "closeScoringQuestion")
    _press(qtbot, tab.close_button)
    settle()
    assert tab.state.text().startswith("Scoring is closed (since ")
    assert tab.info.text() == "Scoring is closed."
    assert not tab.close_button.isEnabled()
    assert tab.focusWidget() is tab.table


def test_closing_answered_no_closes_nothing(qtbot, scores):
    event, tab = scores
    before = event.state()
    answer_modal("closeScoringQuestion", lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), [])
    _press(qtbot, tab.close_button)
    settle()
    assert event.state() == before
    assert tab.focusWidget() is tab.close_button


def test_a_file_after_close_waits_and_the_chair_accepts_it_with_a_reason(qtbot, scores, monkeypatch):
    event, tab = scores
    _import_by_keyboard(qtbot, tab, monkeypatch, [event.file("Anna")])
    scores_tab_module.close_scoring(event.store, event.event_id)
    _import_by_keyboard(qtbot, tab, monkeypatch, [event.file("Anna", 2, bump=1)])
    assert _cells(tab, STATUS)[0] == "After close: revision 2 waits for the chair"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up)  # back to Anna, the first row
    assert tab.accept_button.isEnabled()

    def give_reason(dialog):
        qtbot.keyClicks(dialog.reason, "Came by USB stick")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    answer_modal("juryReasonDialog", give_reason, seen := [])
    _press(qtbot, tab.accept_button)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    assert event.files_of("Anna") == [(1, "superseded", "file"), (2, "in_use", "file")]
    assert _cells(tab, STATUS)[0] == "In use" and _cells(tab, REVISION)[0] == "2"
    assert tab.focusWidget() is tab.table


def test_withdrawing_needs_a_reason_said_in_the_dialog(qtbot, scores, monkeypatch):
    event, tab = scores
    _import_by_keyboard(qtbot, tab, monkeypatch, [event.file("Anna")])
    before = event.state()

    def empty_then_reason(dialog):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.error.text() == "Give a reason: it goes into the jury's log. Nothing was changed."
        assert event.state() == before and dialog.focusWidget() is dialog.reason
        qtbot.keyClicks(dialog.reason, "Scored her own team")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    answer_modal("juryReasonDialog", empty_then_reason, seen := [])
    _press(qtbot, tab.withdraw_button)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    assert _cells(tab, STATUS)[0] == "Withdrawn: Scored her own team"  # the reason, and no revision in use
    assert _cells(tab, REVISION)[0] == "—"
    assert tab.table.item(0, STATUS).toolTip() == "Withdrawn: Scored her own team"
    assert not tab.withdraw_button.isEnabled()
    assert event.scores_of("Anna") == {}


def test_files_dropped_onto_the_tab_are_imported(qtbot, scores):
    event, tab = scores
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(event.file("Dirk")))])
    seen: list = []
    answer_modal("importReportDialog", lambda dialog: qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape), seen)
    drop = QDropEvent(QPoint(20, 20).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(drop)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    assert _cells(tab, STATUS)[3] == "In use"
    assert tab.info.text() == "1 accepted, 0 duplicate, 0 superseded, 0 after close, 0 refused."


def test_an_event_without_a_jury_offers_no_import(qtbot, open_window, event_with_team):
    store, _event_id, _team = event_with_team
    window = open_window(store)
    tab = ScoresTab(window.event_view.workspace)
    qtbot.addWidget(tab)
    assert not tab.import_button.isEnabled() and not tab.paper_button.isEnabled() and not tab.close_button.isEnabled()
    assert tab.table.rowCount() == 0


def test_a_database_failure_during_an_import_is_said_in_the_tab_and_no_report_opens(qtbot, scores, monkeypatch):
    from app.errors import WriteFailed

    event, tab = scores

    def failing(*args):
        raise WriteFailed("db_write_locked", "the database is busy")
    monkeypatch.setattr(scores_tab_module, "import_juror_files", failing)
    monkeypatch.setattr(scores_tab_module.QFileDialog, "getOpenFileNames", lambda *args: ([str(event.file("Anna"))], ""))
    _press(qtbot, tab.import_button)
    settle()
    assert tab.info.text().startswith("Saving failed: the database is busy")
    assert QApplication.activeModalWidget() is None
    assert _cells(tab, STATUS) == ["Waiting"] * 4


def test_a_signed_file_over_a_paper_sheet_is_said_to_replace_it(qtbot, scores, monkeypatch):
    event, tab = scores
    form = paper_form(event.store, event.event_id, event.jurors["Anna"].id)
    entry = {team.team_id: TeamEntry(scores={c.key: c.min for c in form.criteria}) for team in form.teams}
    store_paper_sheet(event.store, event.event_id, event.jurors["Anna"].id, entry, entry)
    settle()
    assert _cells(tab, SOURCE)[0] == "Paper sheet"
    dialog = _import_by_keyboard(qtbot, tab, monkeypatch, [event.file("Anna")])[0]
    assert [dialog.table.item(0, c).text() for c in range(1, 4)] == [
        "Anna, revision 1", "Accepted", "In use. It replaces the paper sheet typed as revision 1 (kept for the record)."]
    assert _cells(tab, SOURCE)[0] == "Juror file" and _cells(tab, REVISION)[0] == "1"


def test_after_a_rubric_change_a_file_in_use_is_marked_for_an_earlier_rubric(qtbot, scores, monkeypatch):
    event, tab = scores
    _import_by_keyboard(qtbot, tab, monkeypatch, [event.file("Anna")])
    rubric.set_weight(event.store, event.criteria[0].id, 4, confirmed=True)
    settle()
    assert _cells(tab, STATUS) == ["In use, for an earlier rubric: counts with the new weights until a new file"] + ["Waiting"] * 3
    rubric.add_criterion(event.store, event.event_id, "Nieuw criterium")
    settle()
    assert _cells(tab, STATUS)[0] == "For an earlier rubric: no score on a criterion added since, so it does not count until a new file"


def test_an_altered_file_names_its_claimed_juror_marked_unverified(qtbot, scores, monkeypatch):
    event, tab = scores
    document = json.loads(event.sealed(event.body("Bram"), "Bram"))
    document["body"]["teams"][0]["note"] += " (changed)"
    altered = event.write(json.dumps(document).encode(), "Juryscores Bram r1.json")
    dialog = _import_by_keyboard(qtbot, tab, monkeypatch, [altered])[0]
    juror = dialog.table.item(0, 1)
    assert juror.text() == "(according to the file: Bram)"
    assert juror.font().italic()
    assert juror.toolTip().endswith("Not verified: the file's signature does not hold, so this name may be false.")
    assert dialog.table.item(0, 2).text() == "Refused"
    assert _cells(tab, STATUS)[1] == "Waiting" and event.files_of("Bram") == []
    assert tab.focusWidget() is tab.table
