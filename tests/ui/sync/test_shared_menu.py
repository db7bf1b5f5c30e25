"""File → Shared events: the remembered joined events, newest first, forgotten from the menu."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from PySide6.QtWidgets import QMenu

from app.sync.join_file import JoinFile
from app.sync.joined import remember, remembered
from ui.sync.joined_events import fill_shared_menu

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


def a_join(**changes) -> JoinFile:
    join = JoinFile(event_uid="a" * 32, event_name="Demo 2027", event_day=date(2027, 3, 10), host="192.168.1.20", port=5433,
                    database="staatsprint", certificate=PEM, role="sp_team_2", password="pw", kind="team", label="Team 2 · Kaart",
                    expires=datetime.now(timezone.utc) + timedelta(days=7), team_id=2)
    return replace(join, **changes)


def test_the_shared_events_menu_lists_reopens_and_forgets(qtbot, open_window, event_with_team, tmp_path):
    store, _event_id, _team = event_with_team
    window = open_window(store, "en")
    window.join_data_dir = tmp_path
    menu = QMenu()
    fill_shared_menu(window, menu)
    assert [a.objectName() for a in menu.actions()] == ["noSharedEvents"]
    remember(a_join(), tmp_path)
    remember(a_join(role="sp_jury_1", kind="juror", label="Juror Sanne", team_id=None, expires=datetime.now(timezone.utc) - timedelta(hours=1)), tmp_path)
    fill_shared_menu(window, menu)
    texts = [a.text() for a in menu.actions() if a.objectName().startswith("sharedEvent")]
    assert texts == ["Demo 2027 · 10-03-2027 — Juror Sanne (expired)", "Demo 2027 · 10-03-2027 — Team 2 · Kaart"]
    assert menu.findChild(QMenu, "forgetSharedMenu") is not None
    forget = [a for a in menu.findChild(QMenu, "forgetSharedMenu").actions() if a.objectName() == "forgetSharedEvent0"][0]
    forget.trigger()
    assert [j.join.label for j in remembered(tmp_path)] == ["Team 2 · Kaart"]
