"""The jury's afternoon through the real window: Ctrl+4 opens the jury page; the facilitator imports three
juror files (one a duplicate, one altered) on the Scores tab, closes scoring, and reads the ranking on the
Juryberaad tab — the same ranking the results' rules compute."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

import ui.jury.scores_tab as scores_tab_module
from app.jury.results import jury_results
from tests.jury.conftest import make_jury_event
from tests.ui.conftest import settle
from tests.ui.modal import answer_modal, say_yes
from db.models import Team
from ui.jury.jury_page import JuryPage


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_import_close_and_read_the_ranking_through_the_jury_page(qtbot, open_window, sqlite_store, staatsprint_template, tmp_path, monkeypatch):
    event = make_jury_event(sqlite_store, staatsprint_template, tmp_path)
    window = open_window(sqlite_store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settle()
    page = window.findChild(JuryPage, "juryPage")
    assert page is not None and page.isVisible()

    scores = page.show_tab("juryScoresTab")
    anna, bram = event.file("Anna"), event.file("Bram")
    copy = event.write(anna.read_bytes(), "Juryscores Anna r1 (kopie).json")
    document = json.loads(event.sealed(event.body("Cas"), "Cas"))
    document["body"]["teams"][0]["scores"]["idea"] = 1 if document["body"]["teams"][0]["scores"]["idea"] != 1 else 2
    altered = event.write(json.dumps(document).encode(), "Juryscores Cas r1.json")
    monkeypatch.setattr(scores_tab_module.QFileDialog, "getOpenFileNames",
                        lambda *args: ([str(p) for p in (anna, bram, copy, altered)], ""))
    seen: list = []
    answer_modal("importReportDialog", lambda dialog: qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape), seen)
    _press(qtbot, scores.import_button)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert seen[0].summary.text().startswith("2 accepted, 1 duplicate")
    assert "1 refused" in seen[0].summary.text()

    say_yes(qtbot, "closeScoringQuestion")
    _press(qtbot, scores.close_button)
    qtbot.waitUntil(lambda: not scores.close_button.isEnabled())

    page.show_tab("juryBeraadTab")
    settle()
    ranking = page.findChild(QTableWidget, "beraadRanking")
    shown = [ranking.item(row, 1).text() for row in range(ranking.rowCount())]
    overall = next(r for r in jury_results(sqlite_store, event.event_id, staatsprint_template) if r.pool_key == "overall")
    with sqlite_store.read() as session:
        numbers = {team_id: session.get(Team, team_id).number for team_id in event.team_ids}
    assert len(shown) == len(overall.teams) == 4
    assert all(f"Team {numbers[team.team_id]}" in cell for team, cell in zip(overall.teams, shown))  # the rules' order
    assert [ranking.item(row, 0).text() for row in range(4)][0] == "1."
