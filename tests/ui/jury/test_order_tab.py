"""The running order tab by keyboard: draw by lot, move and mark absent, start the pitches on the beamer,
PageDown to the next team that is present, the timers on the beamer's frame."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.clock.clock import FakeClock
from app.event.teams import add_team, set_team_name
from app.jury.running_order import draw, draws, order_for, running_order, set_absent
from tests.ui.conftest import find, settle
from tests.ui.modal import answer_modal, say_yes
from db.models import Criterion, Juror, JurySetting, Score
from ui.beamer.beamer_source import PITCH, PROGRAMME
from ui.jury.order_tab import OrderTab

T0 = datetime(2026, 3, 11, 14, 45, tzinfo=timezone.utc)  # 15:45 in Amsterdam: the pitches


@pytest.fixture
def four_teams(event_with_team):
    store, event_id, first = event_with_team
    teams = [first] + [add_team(store, event_id, "gemeentelijke_it") for _ in range(3)]
    for team_id, name in zip(teams, ("Bits & Banen", "Het Wiel", "Leentjebuur", "Kennistafel")):
        set_team_name(store, team_id, name)
    return store, event_id, teams


@pytest.fixture
def order_tab(qtbot, clocked_window, four_teams):
    """(tab, clock, store, event id, team ids) with the jury page's running order tab shown."""
    store, event_id, teams = four_teams
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    view = window.event_view
    tab = OrderTab(view._ws, view.beamer)  # the jury page builds it so (its other tabs come from other helpers)
    qtbot.addWidget(tab)
    tab.resize(1300, 640)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    yield tab, clock, store, event_id, teams
    window.event_view.beamer.view.close()


def listed(tab) -> list[str]:
    return [tab.table.item(row, 2).text().split("\n")[0] for row in range(tab.table.rowCount())]  # the name; its challenge under it


def test_draw_by_lot_fills_the_order_and_shows_the_seed(qtbot, order_tab):
    tab, _clock, store, event_id, _teams = order_tab
    assert tab.table.rowCount() == 0 and "draw it by lot" in tab.seed_label.text()
    button = find(tab, QPushButton, "drawOrder")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle()
    assert len(listed(tab)) == 4 and tab.table.hasFocus()
    seed = draws(store, event_id)[""]["seed"]
    assert f"seed {seed}" in tab.seed_label.text()
    assert "4 teams need 24 minutes; the window 15:45–16:45 has 60: it fits." in tab.fit_label.text()


def test_drawing_again_asks_first_and_no_keeps_the_order(qtbot, order_tab):
    tab, _clock, store, event_id, _teams = order_tab
    draw(store, event_id, seed=1)
    settle()
    before = running_order(store, event_id)
    asked = []
    answer_modal("", lambda box: qtbot.keyClick(box.button(QMessageBox.StandardButton.No), Qt.Key.Key_Space), asked)
    tab.draw_button.setFocus()
    qtbot.keyClick(tab.draw_button, Qt.Key.Key_Space)
    assert asked and running_order(store, event_id) == before


def test_alt_down_moves_the_selected_team_and_space_marks_it_absent(qtbot, order_tab):
    tab, _clock, store, event_id, _teams = order_tab
    draw(store, event_id, seed=1)
    settle()
    first = listed(tab)
    tab.table.setFocus()
    tab.table.setCurrentCell(0, 2)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle()
    assert listed(tab) == [first[1], first[0]] + first[2:]
    assert tab.table.currentRow() == 1 and tab.table.hasFocus()  # the moved team stays selected
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    settle()
    assert [slot.absent for slot in running_order(store, event_id)] == [False, True, False, False]
    assert tab.table.item(1, 4).text() == "absent" and tab.absent_button.text().startswith("Present again")
    assert "3 teams need 18 minutes" in tab.fit_label.text() and tab.table.hasFocus()


def test_the_beamer_steps_through_the_present_teams_with_their_timers(qtbot, order_tab):
    tab, clock, store, event_id, teams = order_tab
    draw(store, event_id, seed=4)
    drawn = [slot.team_id for slot in running_order(store, event_id)]
    set_absent(store, event_id, drawn[1], True)
    settle()
    start = find(tab, QPushButton, "startPitches")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    settle()
    source = tab.run.source
    assert source.mode == PITCH and source.team_id == drawn[0] and source.view.isVisible()
    assert source.frame(clock.now()).pitch_timer == ("Pitch", "3:00", "idle")  # armed
    assert "Next: " in tab.panel.next_label.text() and tab.focusWidget() is tab.table
    tab.activateWindow()  # one screen here: the beamer took the window's place; the facilitator comes back to it
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # start the pitch
    settle()
    clock.advance(100)
    assert source.frame(clock.now()).pitch_timer == ("Pitch", "1:20", "normal")
    clock.advance(120)  # the pitch time (3 minutes) is up: the questions (2 minutes) run
    assert source.frame(clock.now()).pitch_timer == ("Questions", "1:20", "normal")
    tab.panel.show_state()
    assert tab.panel.timer_label.text() == "Questions  1:20"
    clock.advance(110)
    tab.panel.show_state()
    assert tab.panel.timer_label.text() == "Questions  +0:30" and tab.panel.timer_label.property("tone") == "over"
    qtbot.keyClick(tab.table, Qt.Key.Key_PageDown)  # the facilitator's window: the absent team is skipped
    settle()
    assert source.team_id == drawn[2] and source.frame(clock.now()).pitch_timer == ("Pitch", "3:00", "idle")
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)  # the beamer (a clicker) too
    settle()
    assert source.team_id == drawn[3]
    qtbot.keyClick(source.view, Qt.Key.Key_PageUp)
    settle()
    qtbot.keyClick(source.view, Qt.Key.Key_PageUp)
    settle()
    assert source.team_id == drawn[0]
    shown = source.frame(clock.now()).pitch_timer  # back to the first team: its questions, paused where they stopped
    assert shown == ("Questions (paused)", "+0:30", "over")


def test_the_beamer_paints_the_countdown_beside_the_pitch(qtbot, order_tab):
    tab, clock, store, event_id, teams = order_tab
    draw(store, event_id, seed=4)
    settle()
    tab.start_on_beamer()
    tab.run.advance()
    settle()
    clock.advance(140)
    source = tab.run.source
    source.tick()
    source.view.grab()
    assert "Pitch" in source.view.pitch_lines and "0:40" in source.view.pitch_lines
    assert source.view.frame.pitch_timer == ("Pitch", "0:40", "last")  # the last minute: the accent colour
    assert "0:40" in source.view.accessibleName()


def test_another_pitch_shown_from_the_programme_has_no_jury_timer(qtbot, order_tab):
    tab, clock, store, event_id, teams = order_tab
    draw(store, event_id, seed=4)
    settle()
    tab.start_on_beamer()
    source = tab.run.source
    source.show(PROGRAMME)
    source.show(PITCH, team_id=teams[0])
    assert source.frame(clock.now()).pitch_timer is None and not tab.run.active


def test_the_seed_drawn_is_the_documented_shuffle(qtbot, order_tab):
    tab, _clock, store, event_id, teams = order_tab
    seed = draw(store, event_id)
    settle()
    names = {1: "Bits & Banen", 2: "Het Wiel", 3: "Leentjebuur", 4: "Kennistafel"}
    assert listed(tab) == [names[number] for number in order_for([1, 2, 3, 4], seed)]


def test_parallel_rooms_each_list_their_own_order_and_a_team_moves_between_them(qtbot, order_tab):
    tab, _clock, store, event_id, teams = order_tab
    draw(store, event_id, {"Room 1": teams[:2], "Room 2": teams[2:]}, seed=1)
    settle()
    assert tab.room_picker.isVisibleTo(tab) and tab.room_picker.count() == 2
    assert sorted(listed(tab)) == ["Bits & Banen", "Het Wiel"]
    tab.table.setFocus()
    tab.table.setCurrentCell(0, 2)
    moved = tab.table.selected_team()
    tab.move_room.setCurrentIndex(1)
    tab.move_room.activated.emit(1)
    settle()
    assert [slot.room for slot in running_order(store, event_id) if slot.team_id == moved] == ["Room 2"]
    assert len(listed(tab)) == 1 and tab.table.hasFocus()
    tab.room_picker.setCurrentIndex(1)
    tab.room_picker.activated.emit(1)
    assert len(listed(tab)) == 3
    assert "Room 2: 3 teams need 18 minutes" in tab.fit_label.text() and tab.fit_label.property("role") == "muted"  # it fits: calm


def test_with_every_team_absent_the_beamer_is_not_started_and_the_tab_says_why(qtbot, order_tab):
    tab, _clock, store, event_id, teams = order_tab
    draw(store, event_id, seed=1)
    for team_id in teams:
        set_absent(store, event_id, team_id, True)
    settle()
    tab.panel.start_button.setFocus()
    qtbot.keyClick(tab.panel.start_button, Qt.Key.Key_Space)
    assert tab.error.text() == "No team of this room is present: nobody can pitch yet."
    assert tab.run.source.mode == PROGRAMME and not tab.run.source.view.isVisible() and tab.table.hasFocus()


def test_a_change_made_while_the_tab_is_hidden_shows_when_it_is_shown_again(qtbot, order_tab):
    tab, _clock, store, event_id, teams = order_tab
    tab.hide()
    draw(store, event_id, seed=1)  # e.g. on another laptop
    set_team_name(store, teams[0], "Nieuwe naam")
    settle()
    assert tab.table.rowCount() == 0  # nothing read while hidden
    tab.show()
    assert len(listed(tab)) == 4 and "Nieuwe naam" in listed(tab)


def scored_by(store, event_id: int, team_id: int, count: int) -> None:
    """``count`` jurors' scores in use for the team (as an imported file leaves them)."""
    with store.write() as session:
        criterion = Criterion(event_id=event_id, key="idea", position=0, title_nl="Idee", title_en="Idea", min_score=1, max_score=10)
        jurors = [Juror(event_id=event_id, name=f"Jurylid {n}", position=n, token=f"token{n}") for n in range(count)]
        session.add_all([criterion, *jurors])
        session.flush()
        session.add_all(Score(juror_id=juror.id, team_id=team_id, criterion_id=criterion.id, value=7) for juror in jurors)


def test_marking_a_scored_team_absent_asks_first_and_no_keeps_it_present(qtbot, order_tab):
    tab, _clock, store, event_id, _teams = order_tab
    draw(store, event_id, seed=1)
    first = running_order(store, event_id)[0].team_id
    scored_by(store, event_id, first, 5)
    settle()
    tab.table.setFocus()
    tab.table.setCurrentCell(0, 2)
    asked: list = []
    answer_modal("absentScoredQuestion", lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), asked)  # Enter: No, the default
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    settle()
    assert asked and asked[0].text() == (f"5 jurors have scored {listed(tab)[0]} already. Marking it absent takes the team "
                                         "out of the results. Continue?")
    tab.activateWindow()  # the window manager gives the window its focus back when the box has gone
    qtbot.waitUntil(tab.isActiveWindow)
    assert not any(slot.absent for slot in running_order(store, event_id)) and tab.table.hasFocus()
    say_yes(qtbot, "absentScoredQuestion")
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    settle()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    assert [slot.absent for slot in running_order(store, event_id)] == [True, False, False, False]
    assert tab.table.item(0, 4).text() == "absent" and tab.table.hasFocus() and not tab.error.text().strip()


def test_with_the_winners_confirmed_space_asks_nothing_and_says_why_nothing_changed(qtbot, order_tab):
    tab, _clock, store, event_id, _teams = order_tab
    draw(store, event_id, seed=1)
    scored_by(store, event_id, running_order(store, event_id)[0].team_id, 2)
    with store.write() as session:
        session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().confirmed_at = datetime(2026, 3, 11, 17, 0, tzinfo=timezone.utc)
    settle()
    tab.table.setFocus()
    tab.table.setCurrentCell(0, 2)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    settle()
    assert tab.error.text() == ("The winners are confirmed: who pitched cannot change under them. The chair reopens the winners "
                                "first (Juryberaad, “Reopen the winners”); nothing was changed.")
    assert not any(slot.absent for slot in running_order(store, event_id)) and tab.table.hasFocus()


def test_the_window_s_ticker_does_not_reach_a_tab_that_is_gone(clocked_window, four_teams):
    """Opening another event deletes the jury page; the window's ticker outlives it and must not call into it."""
    import sys

    import shiboken6

    store, _event_id, _teams = four_teams
    window, _player = clocked_window(store, FakeClock(T0), lang="en")
    view = window.event_view
    tab = OrderTab(view._ws, view.beamer)
    shiboken6.delete(tab)
    errors = []
    old_hook, sys.excepthook = sys.excepthook, lambda *info: errors.append(info)
    try:
        view._ws.ticker.timeout.emit()
    finally:
        sys.excepthook = old_hook
    assert errors == []
