"""File menu: export a team file, import it on the facilitator's laptop, the report dialog; a refusal is shown."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget
from sqlalchemy import select

from app.demo.event import create_demo_event
from app.storage.database import open_store
from app.sync.archive import export_archive, import_archive
from db.models import Note, Team
from ui.sync import file_actions

NOW = datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc)


def test_a_team_file_goes_from_the_laptop_to_the_facilitator_and_the_report_says_what_changed(
        qtbot, open_window, tmp_path, monkeypatch, prefs):
    facilitator = open_store(f"sqlite:///{tmp_path / 'facilitator.sqlite'}")
    event_id = create_demo_event(facilitator, NOW)
    laptop = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    import_archive(laptop, export_archive(facilitator, event_id))
    with laptop.write() as session:
        team = session.scalars(select(Team).order_by(Team.id)).first()
        session.scalars(select(Note).where(Note.team_id == team.id).order_by(Note.id)).first().text = "typed on the laptop"
    prefs.set("team_id", team.id)
    window = open_window(laptop)
    qtbot.waitUntil(lambda: window.event_view is not None and window.event_view.current_team() is not None)
    target = tmp_path / "team.staatsprint-team"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a: target)
    window.findChild(type(window.menuBar().actions()[0]), "exportTeamFileAction").trigger()
    assert target.is_file()

    other = open_window(facilitator)
    monkeypatch.setattr(file_actions, "ask_open_path", lambda *a: target)
    dialog = file_actions.import_team_file(other)
    qtbot.waitUntil(dialog.isVisible)
    summary = dialog.findChild(QLabel, "syncFileSummary").text()
    assert "1 updated" in summary and "0 added" in summary
    table = dialog.findChild(QTableWidget, "syncFileTable")
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Notes"] == "1"
    dialog.grab().save(str(tmp_path / "report.png"))
    dialog.accept()

    garbage = tmp_path / "garbage.staatsprint-team"
    garbage.write_bytes(b"not a team file")
    monkeypatch.setattr(file_actions, "ask_open_path", lambda *a: garbage)
    assert file_actions.import_team_file(other) is None
    qtbot.waitUntil(lambda: other.findChild(QMessageBox, "refusalDialog") is not None)
    assert "garbage.staatsprint-team" in other.findChild(QMessageBox, "refusalDialog").text()
    assert other.findChild(QMessageBox, "refusalDialog").windowTitle() == "Not imported"  # not "Not saved"
    facilitator.engine.dispose()
    laptop.engine.dispose()
