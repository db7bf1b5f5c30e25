"""The juryberaad tab: the prize chooser, the plain words, confirming the winners by keyboard, a changed
podium without a reason refused (the message, nothing stored), the chair's tie, the feedback export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from sqlmodel import select

import ui.jury.beraad_tab as beraad
from app.event.teams import set_team_name
from app.jury.awards import awards, confirmed_at
from db.models import Juror, JuryLog, PitchSlot, ScoreSheet
from tests.jury import beraad_fixture as fx
from tests.ui.conftest import find, settle, type_text
from tests.ui.modal import answer_modal, say_yes

NAMES = ["De Datadokters", "Team Klaar", "Loket 2.0", "De Bruggenbouwers", "Open Kaart", "Snelspoor"]
CHALLENGES = ["gemeentelijke_it", "gemeentelijke_it", "markt_overheid", "markt_overheid", "it_personeel", "it_personeel"]


@pytest.fixture
def jury(event_with_team):
    """(store, event id, teams): six named teams, five jurors, a running order."""
    from app.event.teams import add_team

    store, event_id, first = event_with_team
    teams = [first] + [add_team(store, event_id, key) for key in CHALLENGES[1:]]
    for team, name in zip(teams, NAMES):
        set_team_name(store, team, name)
    with store.write() as session:
        jurors = [Juror(event_id=event_id, name=name, position=i, token=f"t{i}") for i, name in fx.JURORS.items()]
        session.add_all(jurors)
        session.flush()
        assert [j.id for j in jurors] == list(fx.JURORS)  # the hand-made results name these ids
        for position, team in enumerate(teams, start=1):
            session.add(PitchSlot(event_id=event_id, team_id=team, position=position))
        session.add(ScoreSheet(juror_id=jurors[0].id, team_id=teams[1], feedback="Heldere pitch, werk het plan uit."))
    return store, event_id, teams


def _results(teams, overall=None):
    challenges = [fx.challenge(teams, CHALLENGES[i], (i, i + 1)) for i in (0, 2, 4)]
    return challenges + [overall or fx.overall(teams)]


@pytest.fixture
def open_tab(qtbot, open_window, monkeypatch):
    def make(jury, results):
        store, _event_id, _teams = jury
        monkeypatch.setattr(beraad, "load_results", lambda *_args: results)
        window = open_window(store)
        tab = beraad.BeraadTab(window.event_view.workspace, None)
        qtbot.addWidget(tab)
        tab.resize(1200, 720)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow)
        tab.pool.setFocus()
        return tab

    return make


def _active(qtbot, tab: QWidget) -> None:
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)


def _lines(tab: QWidget) -> list[str]:
    return [label.text() for label in tab.findChildren(QLabel, "beraadLine") if not label.isHidden()]


def test_the_prize_chooser_shows_the_overall_ranking_first_and_each_challenge_winner(qtbot, jury, open_tab):
    tab = open_tab(jury, _results(jury[2]))
    pool = find(tab, QComboBox, "beraadPool")
    assert [pool.itemText(i) for i in range(pool.count())][0] == "Overall ranking"
    assert pool.count() == 4 and all(pool.itemText(i).startswith("Winner: ") for i in range(1, 4))
    assert find(tab, QLabel, "beraadVerdict").text() == "⚠  Krap: één jurylid of één score kan dit podium veranderen."
    assert tab.ranking.rowCount() == 6
    qtbot.keyClick(pool, Qt.Key.Key_Down)
    assert pool.currentData() == "challenge:gemeentelijke_it"
    assert tab.ranking.rowCount() == 2
    assert find(tab, QLabel, "beraadVerdict").text() == "✓  Stevig: geen jurylid en geen losse score verandert de winnaar."
    assert pool.hasFocus()


def test_the_plain_words_say_how_sure_the_podium_is_and_who_disagrees(jury, open_tab):
    tab = open_tab(jury, _results(jury[2]))
    lines = _lines(tab)
    assert "⚠  Zonder Carla Smit staat een ander team op het podium." in lines
    assert any("Eén punt van één jurylid op één criterium scheidt plaats 2 en 3 (Carla Smit, Impact)" in line for line in lines)
    assert "✓  De juryleden volgen dezelfde lijn; Carla Smit het minst (correlatie 0,31)." in lines
    assert "✓  Dirk Bakker scoort gemiddeld 1,4 punt hoger dan de jury (mild)." in lines


def test_the_heatmap_marks_recusals_and_not_seen_with_a_letter(jury, open_tab):
    tab = open_tab(jury, _results(jury[2]))
    cells = {tab.heatmap.item(r, c).text() for r in range(tab.heatmap.rowCount()) for c in range(tab.heatmap.columnCount())}
    assert {"R", "NS", "8,8"} <= cells
    other = [tab.ranking.item(r, 4).text() for r in range(tab.ranking.rowCount())]
    assert other[:3] == ["1.", "3. ▼1", "2. ▲1"]


def test_the_chair_confirms_the_computed_podium_by_keyboard(qtbot, jury, open_tab):
    store, event_id, teams = jury
    tab = open_tab(jury, _results(teams))
    button = find(tab, QPushButton, "beraadConfirmButton")
    button.setFocus()
    asked = []
    say_yes(qtbot, "beraadConfirmQuestion", asked)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle()
    summary = asked[0].text()  # every prize's podium in one summary, the overall ranking first
    assert summary.index("Overall ranking\n    1. Team 2 Team Klaar\n    2. Team 4 De Bruggenbouwers\n    3. Team 1 De Datadokters") \
        < summary.index("Winner: ")
    assert summary.count("Winner: ") == 3 and "Winner: Tekort aan IT-personeel\n    1. Team 6 Snelspoor" in summary
    rows = awards(store, event_id)
    assert [(a.place, a.team_id) for a in rows if a.pool_key == "overall"] == [(1, teams[1]), (2, teams[3]), (3, teams[0])]
    assert {a.pool_key for a in rows} == {"overall", "challenge:gemeentelijke_it", "challenge:markt_overheid", "challenge:it_personeel"}
    done = find(tab, QLabel, "beraadConfirmed").text()
    assert done.startswith("✓ Winners confirmed at") and done.index("Overall ranking: 1. Team 2") < done.index("Winner: ")
    _active(qtbot, tab)
    assert tab.pool.hasFocus()
    reopen = find(tab, QPushButton, "beraadReopen")
    reopen.setFocus()

    def give_reason(dialog):
        type_text(qtbot, dialog.focusWidget(), "Een juryformulier kwam later binnen")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer_modal("beraadReopenReason", give_reason, [])
    qtbot.keyClick(reopen, Qt.Key.Key_Space)
    settle()
    assert awards(store, event_id) == [] and confirmed_at(store, event_id) is None
    with store.read() as session:
        [log] = session.exec(select(JuryLog).where(JuryLog.kind == "reopened")).all()
    assert log.reason == "Een juryformulier kwam later binnen"
    _active(qtbot, tab)
    assert find(tab, QComboBox, "beraadPlace1").hasFocus()


def test_saying_no_to_the_summary_confirms_nothing(qtbot, jury, open_tab):
    store, event_id, teams = jury
    tab = open_tab(jury, _results(teams))
    button = find(tab, QPushButton, "beraadConfirmButton")
    button.setFocus()
    answer_modal("beraadConfirmQuestion", lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), [])
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle()
    assert awards(store, event_id) == [] and confirmed_at(store, event_id) is None
    _active(qtbot, tab)  # the window manager gives the window its focus back when the box has gone
    assert button.hasFocus()


def test_cancelling_the_reopen_reason_keeps_the_winners(qtbot, jury, open_tab):
    store, event_id, teams = jury
    tab = open_tab(jury, _results(teams))
    button = find(tab, QPushButton, "beraadConfirmButton")
    button.setFocus()
    say_yes(qtbot, "beraadConfirmQuestion")
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle()
    reopen = find(tab, QPushButton, "beraadReopen")
    reopen.setFocus()
    answer_modal("beraadReopenReason", lambda dialog: qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape), [])
    qtbot.keyClick(reopen, Qt.Key.Key_Space)
    settle()
    assert len(awards(store, event_id)) == 6 and confirmed_at(store, event_id) is not None
    _active(qtbot, tab)
    assert reopen.hasFocus()


def test_a_changed_podium_without_a_reason_is_refused_and_nothing_is_stored(qtbot, jury, open_tab):
    store, event_id, teams = jury
    tab = open_tab(jury, _results(teams))
    third = find(tab, QComboBox, "beraadPlace3")
    third.setFocus()
    qtbot.keyClick(third, Qt.Key.Key_Down)  # the next team in the ranking: Team 6 instead of Team 1
    assert third.currentData() == teams[5]
    reason = find(tab, QLineEdit, "beraadReason")
    reason.setFocus()
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    message = find(tab, QLabel, "beraadConfirmMessage")
    assert message.text() == "This podium differs from the computed one: give the reason (it is recorded). Nothing was confirmed."
    assert awards(store, event_id) == [] and confirmed_at(store, event_id) is None
    assert reason.hasFocus()
    type_text(qtbot, reason, "Team 1 kreeg een verkeerd getypte score")
    asked = []
    say_yes(qtbot, "beraadConfirmQuestion", asked)
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    settle()
    assert "    Reason: Team 1 kreeg een verkeerd getypte score" in asked[0].text()
    overall = [(a.place, a.team_id, a.reason) for a in awards(store, event_id) if a.pool_key == "overall"]
    assert overall[2] == (3, teams[5], "Team 1 kreeg een verkeerd getypte score")
    with store.read() as session:
        [log] = session.exec(select(JuryLog).where(JuryLog.kind == "podium_override")).all()
    assert log.detail["computed"] == [teams[1], teams[3], teams[0]]


def test_a_tie_waiting_for_the_chair_is_decided_with_a_reason(qtbot, jury, open_tab):
    store, _event_id, teams = jury
    tab = open_tab(jury, _results(teams, fx.tied(teams)))
    assert find(tab, QLabel, "beraadTieLabel").text() == "The chair decides — place 2:"
    assert find(tab, QLabel, "beraadVerdict").text().endswith("Nog niet beslist: een gelijke stand wacht op de juryvoorzitter.")
    choice = find(tab, QComboBox, "beraadTieChoice")
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    chosen = choice.currentData()
    reason = find(tab, QLineEdit, "beraadTieReason")
    reason.setFocus()
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert find(tab, QLabel, "beraadConfirmMessage").text().startswith("Give the reason for the chair's choice")
    with store.read() as session:
        assert session.exec(select(JuryLog).where(JuryLog.kind == "tie_chair")).all() == []
    assert reason.hasFocus()
    type_text(qtbot, reason, "Sterker actieplan")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    with store.read() as session:
        [log] = session.exec(select(JuryLog).where(JuryLog.kind == "tie_chair")).all()
    assert log.detail == {"pool": "overall", "teams": sorted([teams[0], teams[3]]), "first": chosen}
    assert log.reason == "Sterker actieplan"


def test_the_feedback_for_the_teams_is_exported_as_one_pdf(qtbot, jury, open_tab, monkeypatch, tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "feedback.pdf"
    monkeypatch.setattr(beraad, "ask_path", lambda *_args: str(target))
    tab = open_tab(jury, _results(jury[2]))
    button = find(tab, QPushButton, "beraadExportFeedback")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert len(PdfReader(target).pages) == 6
    assert "Heldere pitch, werk het plan uit." in PdfReader(target).pages[1].extract_text()
    assert find(tab, QLabel, "beraadExportMessage").text() == f"The feedback is saved: {target}"
    assert button.hasFocus()


def test_the_charts_are_drawn_when_their_tab_is_shown(qtbot, jury, open_tab):
    tab = open_tab(jury, _results(jury[2]))
    for index, name in ((2, "jurorChart"), (3, "driftChart"), (4, "spreadChart")):
        tab.details.setCurrentIndex(index)
        assert tab.findChild(QWidget, name) is not None
    assert tab.findChild(QLabel, "beraadDriftNote").text().startswith("Later pitches scored")
    tab.details.setCurrentIndex(2)
    # 0,31 is above the warning's 0,30: the sentence says so with ✓, and the chart marks nobody either.
    assert "Carla Smit 0,31" in find(tab, QLabel, "beraadCorrelations").text()
    assert "⚠" not in find(tab, QLabel, "beraadCorrelations").text()
    assert "✓  De juryleden volgen dezelfde lijn; Carla Smit het minst (correlatie 0,31)." in _lines(tab)


def test_a_dissenter_far_from_the_others_is_marked_in_the_sentence_and_the_chart_alike(qtbot, jury, open_tab):
    from dataclasses import replace

    teams = jury[2]
    result = fx.overall(teams)
    far = replace(result, profiles=tuple(replace(p, spearman=0.12) if p.juror_id == 3 else p for p in result.profiles))
    tab = open_tab(jury, _results(teams, far))
    tab.details.setCurrentIndex(2)
    assert "Carla Smit 0,12 ⚠" in find(tab, QLabel, "beraadCorrelations").text()
    assert "⚠  Carla Smit wijkt het meest af van de rest (correlatie 0,12)." in _lines(tab)


def test_the_jurors_chart_names_each_juror_by_first_name_unless_two_share_it():
    from ui.jury.beraad_charts import first_names

    assert first_names(["Anne de Vries", "Bram Jansen", "Anne Smit"]) == ["Anne de Vries", "Bram", "Anne Smit"]


def test_without_scores_the_tab_says_where_they_come_from(jury, open_tab):
    tab = open_tab(jury, [])
    assert find(tab, QLabel, "beraadEmpty").isVisible()
    assert not tab.body.isVisible() and not tab.pool.isEnabled()


def test_the_tab_follows_the_change_feed(qtbot, jury, open_tab):
    store, _event_id, _teams = jury
    tab = open_tab(jury, _results(jury[2]))
    with store.write() as session:
        carla = session.get(Juror, 3)
        carla.name = "Carla Smit-de Boer"
        session.add(carla)
    qtbot.waitUntil(lambda: "⚠  Zonder Carla Smit-de Boer staat een ander team op het podium." in _lines(tab))


def test_a_changed_winner_of_another_prize_is_kept_and_its_missing_reason_brings_it_back(qtbot, jury, open_tab):
    store, event_id, teams = jury
    tab = open_tab(jury, _results(teams))
    pool = find(tab, QComboBox, "beraadPool")
    qtbot.keyClick(pool, Qt.Key.Key_Down)
    winner = find(tab, QComboBox, "beraadPlace1")
    assert not find(tab, QComboBox, "beraadPlace2").isVisible()  # a challenge has one winner
    winner.setFocus()
    qtbot.keyClick(winner, Qt.Key.Key_Down)
    assert winner.currentData() == teams[0]
    pool.setFocus()
    qtbot.keyClick(pool, Qt.Key.Key_Up)
    assert pool.currentData() == "overall" and find(tab, QComboBox, "beraadPlace3").isVisible()
    button = find(tab, QPushButton, "beraadConfirmButton")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert pool.currentData() == "challenge:gemeentelijke_it"
    assert find(tab, QComboBox, "beraadPlace1").currentData() == teams[0]
    assert find(tab, QLabel, "beraadConfirmMessage").text().startswith("This podium differs from the computed one")
    assert find(tab, QLineEdit, "beraadReason").hasFocus()
    assert awards(store, event_id) == []


def test_another_theme_redraws_the_heatmap_in_its_colours(qtbot, jury, open_tab):
    tab = open_tab(jury, _results(jury[2]))
    light = tab.heatmap.item(0, 0).background().color().name()
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "apply_theme"))  # the main window switches it
    window.apply_theme("high_contrast")
    qtbot.waitUntil(lambda: tab.heatmap.item(0, 0).background().color().name() != light)
    assert tab.heatmap.item(0, 0).foreground().color().name() in ("#000000", "#ffffff")
    window.apply_theme("light")


def _cut(grid) -> list[str]:
    """The texts of ``grid`` (cells and column headers) that do not fit their column."""
    metrics = grid.fontMetrics()
    cut = []
    for column in range(grid.columnCount()):
        room = grid.columnWidth(column) - 6
        texts = [grid.item(row, column).text() for row in range(grid.rowCount()) if grid.item(row, column)]
        texts += grid.horizontalHeaderItem(column).text().split("\n") if grid.horizontalHeaderItem(column) else []
        cut += [text for text in texts if metrics.horizontalAdvance(text) > room]
    if grid.horizontalHeader().length() > grid.viewport().width() + 1:
        cut.append("(the table is wider than it is shown)")
    return cut


@pytest.mark.parametrize("width", [900, 1320])
def test_names_and_numbers_are_shown_whole_beside_or_above_the_details(qtbot, jury, open_tab, width):
    store, _event_id, teams = jury
    set_team_name(store, teams[1], "Talentenpool Publiek voor de Rijksoverheid")
    tab = open_tab(jury, _results(teams))
    tab.resize(width, 720)
    settle()
    assert tab.stacked() == (width < 1000)  # too narrow for both: the details go below the ranking
    assert _cut(tab.ranking) == [] and "Team 2 Talentenpool Publiek voor de Rijksoverheid" in tab.ranking.item(0, 1).text()
    for index, grid in ((0, tab.heatmap), (1, tab.criteria)):
        tab.details.setCurrentIndex(index)
        settle()
        assert _cut(grid) == []
    if not tab.stacked():
        assert tab.ranking.geometry().right() < tab.details.mapTo(tab.ranking.parentWidget(), tab.details.rect().topLeft()).x()


def test_the_wheel_on_the_details_tabs_scrolls_the_page_and_keeps_the_tab(qtbot, jury, open_tab):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    tab = open_tab(jury, _results(jury[2]))
    tab.resize(900, 500)
    settle()
    bar = tab.details.tabBar()
    scroll = tab.body.verticalScrollBar()
    assert scroll.maximum() > 0
    wheel = QWheelEvent(QPointF(10, 10), QPointF(bar.mapToGlobal(QPoint(10, 10))), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(bar, wheel)
    assert tab.details.currentIndex() == 0 and scroll.value() > 0
