"""Where a facilitator starts an import: the participants page's button and the first-team card of an
event without teams; after an import the window shows the participants page, where they now are."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.event.events import create_event
from app.paths import template_path
from tests.ui.conftest import find, settle


def _imports(monkeypatch, calls: list, done: bool) -> None:
    def fake(parent, workspace, path=None):
        calls.append(workspace.event.id)
        return done

    monkeypatch.setattr("ui.participants.import_dialog.start_import", fake)


def test_the_participants_page_button_imports_and_stays_on_the_page(qtbot, open_window, event_with_team, monkeypatch):
    store, event_id, _team = event_with_team
    calls: list = []
    _imports(monkeypatch, calls, True)
    window = open_window(store)
    window.event_view.go_to(("participants",))
    settle()
    qtbot.mouseClick(find(window, QPushButton, "importRegistrationsButton"), Qt.MouseButton.LeftButton)
    settle()
    assert calls == [event_id]
    assert window.event_view.pages.currentWidget().objectName() == "participantsPage"


def test_an_event_without_teams_offers_the_import_and_lands_on_the_participants(qtbot, open_window, sqlite_store, monkeypatch, tmp_path):
    event_id = create_event(sqlite_store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    calls: list = []
    _imports(monkeypatch, calls, True)
    window = open_window(sqlite_store)
    settle()
    button = find(window, QPushButton, "firstTeamImportButton")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert calls == [event_id]
    assert window.event_view.pages.currentWidget().objectName() == "participantsPage"


def test_a_cancelled_import_leaves_the_window_where_it_was(qtbot, open_window, event_with_team, monkeypatch):
    store, _event_id, _team = event_with_team
    calls: list = []
    _imports(monkeypatch, calls, False)
    window = open_window(store)
    before = window.event_view.pages.currentWidget()
    window.import_participants()
    settle()
    assert len(calls) == 1 and window.event_view.pages.currentWidget() is before

