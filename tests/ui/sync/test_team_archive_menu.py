"""File menu: an archive for one team's laptop; that laptop asks for the team's kit once and remembers it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.demo.event import create_demo_event
from app.storage.database import open_store
from app.sync.team_file import import_team_file, team_kit
from db.models import Note, Team
from ui.sync import file_actions

NOW = datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc)


def test_a_team_laptop_gets_its_part_and_signs_with_the_kit_it_remembers(qtbot, open_window, tmp_path, monkeypatch, prefs):
    facilitator = open_store(f"sqlite:///{tmp_path / 'facilitator.sqlite'}")
    event_id = create_demo_event(facilitator, NOW)
    with facilitator.read() as session:
        team_id = session.scalars(select(Team.id).where(Team.event_id == event_id).order_by(Team.number)).all()[1]
    window = open_window(facilitator)
    qtbot.waitUntil(lambda: window.event_view is not None)
    scopes = []
    monkeypatch.setattr(file_actions, "ask_archive_scope", lambda parent, teams: scopes.append(teams) or team_id)
    archive = tmp_path / "team2.staatsprint-archive"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a: archive)
    assert file_actions.export_event_archive(window) == archive
    assert [t for t, _name in scopes[0]][1] == team_id and '"jury_setting"' not in archive.read_text(encoding="utf-8")

    laptop = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    other = open_window(laptop)
    other.join_data_dir = tmp_path / "data"
    monkeypatch.setattr(file_actions, "ask_open_path", lambda *a: archive)
    file_actions.import_event_archive(other).accept()
    prefs.set("team_id", team_id)
    qtbot.waitUntil(lambda: other.event_view is not None)
    other.open_event(other.event_view.workspace.event.id)
    qtbot.waitUntil(lambda: other.event_view is not None and other.event_view.current_team() is not None)
    assert other.event_view.current_team().id == team_id

    kit = tmp_path / "team2.staatsprint-teamkit"
    kit.write_text(json.dumps(team_kit(facilitator, team_id)), encoding="utf-8")
    asked = []
    monkeypatch.setattr(file_actions, "ask_open_path", lambda *a: asked.append(a) or kit)
    with laptop.write() as session:
        session.add(Note(team_id=team_id, step_key="brain_dump", text="typed on the team laptop"))
    first = tmp_path / "t1.staatsprint-team"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a: first)
    assert file_actions.export_team_file(other) == first and len(asked) == 1
    second = tmp_path / "t2.staatsprint-team"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a: second)
    assert file_actions.export_team_file(other) == second and len(asked) == 1  # remembered: not asked again
    assert list((tmp_path / "data" / "team-kits").iterdir())
    assert import_team_file(facilitator, second).added == {"note": 1}

    monkeypatch.setattr(file_actions, "ask_open_path", lambda *a: archive)
    assert file_actions.import_event_archive(window) is None  # the facilitator's full event: never overwritten
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "refusalDialog") is not None)
    text = window.findChild(QMessageBox, "refusalDialog").text()
    assert "team2.staatsprint-archive is one team's part of the event" in text and "nothing was imported" in text
    facilitator.engine.dispose()
    laptop.engine.dispose()
