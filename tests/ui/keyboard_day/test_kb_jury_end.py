"""The keyboard-only day, part 7: the facilitator's jury page (Ctrl+4) — a juror and a criterion added,
the kits exported into a folder typed in the file dialog, the jurors' files imported (the names typed
in the file dialog) and merged, scoring closed; then the juryberaad confirmed and the winners revealed
on the beamer, PageDown by PageDown — keys sent to whatever has the focus; after each action the focus
and the database are checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.jury import setup
from app.jury.merge import import_juror_files
from db.models import Award, Criterion
from tests.jury.conftest import make_jury_event
from tests.ui.conftest import settle
from tests.ui.keyboard_day.keys import CTRL, answer_by_keys, answer_file_dialog, focus, press, tab_to, type_keys, window_back

ENTER = Qt.Key.Key_Return


def _on_jury_page(qtbot, window, tab: int) -> object:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    press(qtbot, Qt.Key.Key_4, CTRL)  # Go → Jury
    page = window.event_view.pages.currentWidget()
    assert page.objectName() == "juryPage"
    for _ in range(tab - page.tabs.currentIndex()):
        press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the next tab, the focus in it
    assert page.tabs.currentIndex() == tab and page.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())
    return page


def _no_errors(*seen_lists) -> None:
    errors = [item for seen in seen_lists for item in seen if isinstance(item, Exception)]
    assert not errors, errors


def test_jury_set_up_kits_exported_and_the_jurors_files_merged_by_keys(qtbot, open_window, sqlite_store, staatsprint_template, tmp_path):
    event = make_jury_event(sqlite_store, staatsprint_template, tmp_path / "received")
    (tmp_path / "received").mkdir()
    window = open_window(sqlite_store)
    page = _on_jury_page(qtbot, window, 0)  # Jury and rubric
    tab_to(qtbot, "newJurorName")
    type_keys(qtbot, "Eva de Vries")
    tab_to(qtbot, "newJurorOrganisation")
    type_keys(qtbot, "VNG")
    press(qtbot, ENTER)
    assert [j.name for j in setup.jurors(sqlite_store, event.event_id)][-1] == "Eva de Vries"
    assert focus() == "newJurorName"
    tab_to(qtbot, "newCriterionTitle")
    type_keys(qtbot, "Haalbaarheid")
    press(qtbot, ENTER)
    with sqlite_store.read() as session:
        event.criteria = list(session.exec(select(Criterion).where(Criterion.event_id == event.event_id).order_by(Criterion.position)))
    assert [c.title_nl for c in event.criteria][-1] == "Haalbaarheid"  # the jurors score by the rubric of their kits

    kits = tmp_path / "kits"
    kits.mkdir()
    tab_to(qtbot, "exportKitsButton", back=True)
    seen = answer_file_dialog(qtbot, kits)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None)
    _no_errors(seen)
    window_back(qtbot, window)
    assert len(list(kits.iterdir())) == 5 and focus() == "exportKitsButton"

    files = [event.file(name) for name in ("Anna", "Bram", "Cas", "Dirk")]
    scores = _on_jury_page(qtbot, window, 2).tab(2)  # Scores: the import button has the focus
    assert focus() == "scoresImport"
    seen = answer_file_dialog(qtbot, files[0].parent, " ".join(f'"{path.name}"' for path in files))  # the folder, then the names
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is not None
                    and QApplication.activeModalWidget().objectName() == "importReportDialog", timeout=10_000)
    report = QApplication.activeModalWidget()
    _no_errors(seen)
    report.activateWindow()
    qtbot.waitUntil(lambda: report.isAncestorOf(QApplication.focusWidget()))
    assert report.summary.text().startswith("4 accepted"), report.summary.text()
    press(qtbot, Qt.Key.Key_Escape)  # the report closes; the focus back on the jurors' table
    window_back(qtbot, window)
    assert focus() == "scoresTable"
    assert {name: event.files_of(name) for name in ("Anna", "Bram", "Cas", "Dirk")} == {
        name: [(1, "in_use", "file")] for name in ("Anna", "Bram", "Cas", "Dirk")}
    del page, scores


def _yes(qtbot, object_name: str) -> list:
    """The question ``object_name`` answered Yes by its mnemonic key."""
    return answer_by_keys(qtbot, object_name, Qt.Key.Key_Y)


def test_scoring_closed_the_juryberaad_confirmed_and_the_winners_revealed_by_keys(qtbot, open_window, sqlite_store, staatsprint_template, tmp_path):
    event = make_jury_event(sqlite_store, staatsprint_template, tmp_path)
    import_juror_files(sqlite_store, event.event_id, [event.file(name) for name in ("Anna", "Bram", "Cas", "Dirk")])  # merged above
    window = open_window(sqlite_store)
    page = _on_jury_page(qtbot, window, 2)  # Scores
    tab_to(qtbot, "scoresClose")
    asked = _yes(qtbot, "closeScoringQuestion")
    press(qtbot, Qt.Key.Key_Space)
    window_back(qtbot, window)
    _no_errors(asked)
    assert asked and page.tab(2).state.text().startswith("Scoring is closed")

    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # Juryberaad: the prize chooser has the focus
    assert page.tabs.currentIndex() == 3 and focus() == "beraadPool"
    tab_to(qtbot, "beraadConfirmButton")
    asked = _yes(qtbot, "beraadConfirmQuestion")
    press(qtbot, Qt.Key.Key_Space)
    window_back(qtbot, window)
    _no_errors(asked)
    with sqlite_store.read() as session:
        podium = [(a.place, a.team_id) for a in session.exec(select(Award).where(Award.pool_key == "overall").order_by(Award.place))]
    assert [place for place, _team in podium] == [1, 2, 3] and {team for _place, team in podium} <= set(event.team_ids)

    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # Reveal: its start button has the focus
    assert page.tabs.currentIndex() == 4 and focus() == "revealStart"
    press(qtbot, Qt.Key.Key_Space)
    beamer = window.event_view.beamer.view
    assert beamer.isVisible()
    window_back(qtbot, window)  # one screen here: the beamer took the keys; with two it stays on the laptop
    assert focus() == "revealNext"
    reveal = page.tab(4)
    for _ in range(reveal.run.beats - 1):
        press(qtbot, Qt.Key.Key_PageDown)
        assert focus() == "revealNext" or reveal.run.beat == reveal.run.beats - 1
    beamer.grab()
    winner = next(team.name for team in _teams(sqlite_store, event.event_id) if team.id == podium[0][1])
    assert winner in " ".join(beamer.reveal_lines), beamer.reveal_lines
    press(qtbot, Qt.Key.Key_PageUp)  # one card back
    assert reveal.run.beat == reveal.run.beats - 2
    beamer.close()


def _teams(store, event_id):
    from db.models import Team
    with store.read() as session:
        return list(session.exec(select(Team).where(Team.event_id == event_id)))
