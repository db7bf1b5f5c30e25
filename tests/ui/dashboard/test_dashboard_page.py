"""The all-teams dashboard as a facilitator uses it: Ctrl+5, tiles that follow the teams through the change
feed, a tile opened by Enter, nothing read while hidden, and the beamer mode on and off."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlmodel import select

import ui.dashboard.dashboard_data as dashboard_data
from app.board.board import add_note
from app.clock.clock import FakeClock
from app.day.navigation import leave_step, move_team
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.outcomes.knelpunten import add_knelpunt
from app.paths import template_path
from app.voting.voting import cast
from db.models import Member
from ui.beamer.beamer_source import DASHBOARD, PROGRAMME
from ui.dashboard.tile_widget import TileWidget
from ui.day.slip_words import slip_words
from tests.ui.conftest import find, settle

AT_11_30 = datetime(2026, 3, 11, 10, 30, tzinfo=timezone.utc)  # 11:30 in Amsterdam: phase 1's vehicle should be on


@pytest.fixture
def day(sqlite_store, staatsprint_template):
    """Three teams: one far behind at the knelpunten vote, one at the vehicle, one not started."""
    store = sqlite_store
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    teams = []
    for name, step in (("Kennistafel", "dot_vote"), ("Het Wiel", "vehicle"), ("Leentjebuur", None)):
        team_id = add_team(store, event_id, "gemeentelijke_it", name)
        for member in ("Anna", "Bram"):
            add_member(store, team_id, member)
        if step:
            move_team(store, team_id, step, staatsprint_template)
        teams.append(team_id)
    return store, event_id, teams


@pytest.fixture
def dashboard(qtbot, clocked_window, day):
    store, event_id, teams = day
    window, _player = clocked_window(store, FakeClock(AT_11_30))
    window.event_view.choose_team(teams[2])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _ctrl_5(qtbot, window)
    page = window.event_view.pages.currentWidget()
    assert page.objectName() == "dashboardPage"
    return window, page, store, event_id, teams


def _ctrl_5(qtbot, window) -> None:
    """Go > All teams, by its key."""
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    settle()


def _tile(page, team_id: int) -> TileWidget:
    return page.tiles[team_id]


def test_the_tiles_show_every_team_most_urgent_first_with_words_to_act_on(dashboard):
    window, page, _store, _event_id, (voting, vehicle, waiting) = dashboard
    assert page._order[0] in (voting, waiting) and page._order[-1] == vehicle
    tile = _tile(page, voting)
    assert tile.team_label.text() == "Kennistafel"
    assert tile.place_label.text() == "Phase 1 · Knelpunten prioriteren"
    assert tile.schedule_label.text().endswith("min behind")
    assert "Dots: 0 of 20" in tile.counts_label.text()  # 10 dots each, two members
    assert "Far behind: go here first" in tile.reason_label.text()
    assert "Kennistafel" in tile.accessibleName() and "Far behind" in tile.accessibleName()
    assert tile.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert QApplication.focusWidget() is page.landing() is _tile(page, page._order[0])  # the most urgent tile takes the focus


def test_the_slip_in_the_programme_pages_words():
    assert [slip_words(s) for s in (720, 20, -300, None)] == ["12 min behind", "on schedule", "5 min ahead", "–"]
    assert slip_words(0, done=True) == "done for the day"


def test_the_dashboard_follows_a_team_that_moves_on(qtbot, dashboard, staatsprint_template):
    window, page, store, event_id, (voting, _vehicle, _waiting) = dashboard
    ws = window.event_view.workspace
    leave_step(ws.timers, event_id, voting, "dot_vote", "vehicle", staatsprint_template)
    qtbot.waitUntil(lambda: _tile(page, voting).place_label.text() == "Phase 1 · Build Your Vehicle")
    assert "Dots" not in _tile(page, voting).counts_label.text()
    add_note(store, voting, "vehicle", None, "Een bus", 0, 0)
    qtbot.waitUntil(lambda: "Notes: 1 here" in _tile(page, voting).counts_label.text())


def test_enter_on_a_focused_tile_opens_that_team(qtbot, dashboard):
    window, page, _store, _event_id, (_voting, vehicle, _waiting) = dashboard
    tile = _tile(page, vehicle)
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    settle()
    view = window.event_view
    assert view.current_team().id == vehicle
    assert view.place == ("step", "vehicle")
    assert view.pages.isAncestorOf(QApplication.focusWidget())  # the team's page has the focus, not the header


def test_a_click_opens_the_team(qtbot, dashboard):
    window, page, _store, _event_id, (voting, _vehicle, _waiting) = dashboard
    qtbot.mouseClick(_tile(page, voting), Qt.MouseButton.LeftButton)
    settle()
    assert window.event_view.current_team().id == voting and window.event_view.place == ("step", "dot_vote")


def test_a_hidden_dashboard_reads_nothing_until_shown(qtbot, dashboard, monkeypatch):
    window, page, store, _event_id, (voting, _vehicle, waiting) = dashboard
    reads = []
    real = dashboard_data.read_rows
    monkeypatch.setattr(dashboard_data, "read_rows", lambda *args: reads.append(1) or real(*args))
    window.event_view.go_to(("team",))
    for text in ("Een", "Twee", "Drie"):
        add_note(store, voting, "braindump", None, text, 0, 0)
    settle()
    for _ in range(3):
        window.event_view.workspace.timers.clock.advance(1)
        page._tick()  # the ticker too: hidden, it recomputes nothing
    assert reads == [] and page.data.stale
    _ctrl_5(qtbot, window)
    assert reads == [1]  # once, on show
    assert "in all" in _tile(page, voting).counts_label.text() and "3 in all" in _tile(page, voting).counts_label.text()
    parts = []
    real_part = dashboard_data.read_again
    monkeypatch.setattr(dashboard_data, "read_again", lambda *args: parts.append(args[-2:]) or real_part(*args))
    add_note(store, waiting, "braindump", None, "Vier", 0, 0)
    qtbot.waitUntil(lambda: len(parts) == 1)  # in view: each batch is read again, for what it names
    assert parts == [({waiting}, {"note"})] and reads == [1]
    assert _tile(page, waiting).counts_label.text() == "Notes: 0 here · 1 in all"  # not started: no step to be "here" in


def test_a_dot_in_view_reads_and_redraws_that_teams_tile_alone(qtbot, dashboard, monkeypatch, staatsprint_template):
    window, page, store, _event_id, (voting, vehicle, waiting) = dashboard
    full, parts, shown = [], [], []
    real_full, real_part, real_show = dashboard_data.read_rows, dashboard_data.read_again, TileWidget.show_tile
    monkeypatch.setattr(dashboard_data, "read_rows", lambda *args: full.append(1) or real_full(*args))
    monkeypatch.setattr(dashboard_data, "read_again", lambda *args: parts.append(args[-2:]) or real_part(*args))
    monkeypatch.setattr(TileWidget, "show_tile", lambda widget, tile: shown.append(widget.team_id) or real_show(widget, tile))
    before = {team: _tile(page, team).counts_label.text() for team in (vehicle, waiting)}
    step = staatsprint_template.step("dot_vote")
    with store.read() as session:
        anna = session.exec(select(Member.id).where(Member.team_id == voting, Member.name == "Anna")).one()
    cast(store, step.rules, voting, step.key, anna, add_knelpunt(store, voting, "Silo's"))
    qtbot.waitUntil(lambda: "Dots: 1 of 20" in _tile(page, voting).counts_label.text())
    assert full == [] and parts == [({voting}, {"knelpunt"}), ({voting}, {"vote"})]  # two actions, two batches
    assert shown == [voting, voting]  # the other tiles keep what they show
    assert {team: _tile(page, team).counts_label.text() for team in (vehicle, waiting)} == before
    assert "Dots: 1 of 20 · 0 of 2 done" in _tile(page, voting).accessibleName()


def test_the_beamer_shows_the_dashboard_without_names_and_goes_back_to_the_timer(qtbot, dashboard):
    window, page, _store, _event_id, teams = dashboard
    source = window.event_view.beamer
    button = find(window, QPushButton, "dashboardBeamerButton")
    assert button.text() == "On the beamer"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert source.mode == DASHBOARD and source.view.isVisible()
    assert button.text() == "Back to the timer"
    source.view.repaint()
    painted = " ".join(source.view.dashboard_lines)
    assert "Kennistafel" in painted and "Het Wiel" in painted
    assert "Anna" not in painted and "Bram" not in painted
    assert len(source.view.frame.dashboard.tiles) == len(teams)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert source.mode == PROGRAMME and source.view.frame.dashboard is None
    assert button.text() == "On the beamer"
    source.view.close()
