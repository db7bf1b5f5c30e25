"""Build Your Vehicle on screen: all six zones filled, a note dragged to another zone, a PNG."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QPushButton

from app.board import notes
from app.navigation import move_team
from app.vehicle import ZONES, zone_at
from tests.ui.conftest import find, settle, type_text

ANSWERS = {
    "driver": "De wethouder digitalisering",
    "passengers": "IT-afdeling, leveranciers, inwoners",
    "chassis": "GEMMA, Wdo en de AVG",
    "engine": "Druk van inwoners op betere dienstverlening",
    "fuel": "Behoefte aan één keer gegevens aanleveren",
    "road": "Bochtig: krappe budgetten en oude systemen",
}


def test_all_six_zones_filled_moved_undone_and_exported(qtbot, open_window, event_with_team, staatsprint_template, tmp_path):
    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "vehicle", staatsprint_template)
    window = open_window(store)
    settle()
    page = window.event_view.step_page.work_area.surface("vehicle")
    field = find(window, QLineEdit, "vehicleNoteInput")
    for zone, text in ANSWERS.items():
        qtbot.mouseClick(find(window, QPushButton, f"zone_{zone}"), Qt.MouseButton.LeftButton)
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        settle()
    stored = {n.zone_key: n for n in notes(store, team_id, ["vehicle"])}
    assert {zone: note.text for zone, note in stored.items()} == ANSWERS
    for zone, note in stored.items():
        assert zone_at(note.x + 80, note.y + 60) == zone  # each note sits inside its zone
    # Drag the road note up to the engine.
    road = page._notes[stored["road"].id]
    road.setSelected(True)
    engine = ZONES["engine"]
    page._dragged({road.note.id: (road.x(), road.y())}, {road.note.id: (engine.x + 200, engine.y + 60)})
    settle()
    assert {n.id: n.zone_key for n in notes(store, team_id, ["vehicle"])}[road.note.id] == "engine"
    page.undo_stack.undo()
    settle()
    assert {n.id: n.zone_key for n in notes(store, team_id, ["vehicle"])}[road.note.id] == "road"
    target = tmp_path / "vehicle.png"
    assert page.render_png(str(target))
    image = QImage(str(target))
    assert (image.width(), image.height()) == (2400, 1300)
