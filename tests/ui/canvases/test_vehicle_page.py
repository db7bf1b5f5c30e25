"""Build Your Vehicle on screen: six zones filled, the chosen zone's answers listed beside the car
(edited and added there, saved as typed), zoom by keys and by clicking a zone, a PNG."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from app.board.board import add_note, notes, notes_by_id
from app.canvases.vehicle import ZONES, zone_at
from app.day.navigation import move_team
from tests.ui.conftest import find, settle, type_text

ANSWERS = {
    "driver": "De wethouder digitalisering",
    "passengers": "IT-afdeling, leveranciers, inwoners",
    "chassis": "GEMMA, Wdo en de AVG",
    "engine": "Druk van inwoners op betere dienstverlening",
    "fuel": "Behoefte aan één keer gegevens aanleveren",
    "road": "Bochtig: krappe budgetten en oude systemen",
}


def _open(qtbot, open_window, event_with_team, template):
    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "vehicle", template)
    window = open_window(store)
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, store, team_id, window.event_view.step_page.work_area.surface("vehicle")


def _listed(page) -> list[str]:
    """The answers the side panel lists, top to bottom."""
    rows = sorted(page.panel.rows.values(), key=lambda row: row.y())
    return [row.edit.toPlainText() for row in rows if row.isVisible()]


def test_all_six_zones_filled_moved_undone_and_exported(qtbot, open_window, event_with_team, staatsprint_template, tmp_path):
    window, store, team_id, page = _open(qtbot, open_window, event_with_team, staatsprint_template)
    field = find(window, QLineEdit, "vehicleNoteInput")
    for zone, text in ANSWERS.items():
        qtbot.mouseClick(find(window, QPushButton, f"zone_{zone}"), Qt.MouseButton.LeftButton)
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        settle()
        assert _listed(page) == [text]  # the zone's answer, beside the car at the normal size
    stored = {n.zone_key: n for n in notes(store, team_id, ["vehicle"])}
    assert {zone: note.text for zone, note in stored.items()} == ANSWERS
    for zone, note in stored.items():
        assert zone_at(note.x + 80, note.y + 60) == zone  # each stored place lies inside its zone
    assert page._zones["road"].answers == [ANSWERS["road"]]  # written in its zone on the car
    # The road's answer moves to the engine through its menu, and back by undo.
    row = page.panel.rows[stored["road"].id]
    move = next(a for a in row.findChild(QPushButton, "vehicleAnswerMenu").menu().actions() if a.text() == "Move to Motor")
    move.trigger()
    settle()
    assert notes_by_id(store, [stored["road"].id])[0].zone_key == "engine"
    assert _listed(page) == [] and page._zones["engine"].answers == [ANSWERS["engine"], ANSWERS["road"]]
    page.undo_stack.undo()
    settle()
    assert notes_by_id(store, [stored["road"].id])[0].zone_key == "road"
    target = tmp_path / "vehicle.png"
    assert page.render_png(str(target))
    image = QImage(str(target))
    assert image.width() == 1600 and image.height() > 700


def test_zoom_by_keys_and_by_clicking_a_zone(qtbot, open_window, event_with_team, staatsprint_template):
    window, _store, _team_id, page = _open(qtbot, open_window, event_with_team, staatsprint_template)
    field = find(window, QLineEdit, "vehicleNoteInput")
    field.setFocus()
    whole = page.view.transform().m11()
    qtbot.keyClick(field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    settle()  # the scroll bars of the zoomed view come: the zoom stays
    assert page.view.transform().m11() > whole * 1.2
    qtbot.keyClick(field, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert page.view.transform().m11() < whole
    qtbot.keyClick(field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert abs(page.view.transform().m11() - whole) < 1e-6  # the whole car again
    zone = ZONES["passengers"]
    centre = page.view.mapFromScene(zone.x + zone.width / 2, zone.y + zone.height / 2)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    settle()
    assert page.zone_key == "passengers" and find(window, QPushButton, "zone_passengers").isChecked()
    assert find(window, QLabel, "zoneTitle").text() == "Passagiers"
    assert page.view.transform().m11() > whole * 1.5  # the zone fills the view
    qtbot.mouseClick(find(window, QPushButton, "vehicleWholeCar"), Qt.MouseButton.LeftButton)
    settle()  # the scroll bars of the zoomed view go, and the car is fitted again in the room they leave
    assert abs(page.view.transform().m11() - whole) < 1e-6


def test_the_side_panel_lists_the_zone_answers_edited_as_typed(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    first = add_note(store, team_id, "vehicle", None, "De CIO", 0, 0, zone_key="driver")
    add_note(store, team_id, "vehicle", None, "Wet digitale overheid", 0, 0, zone_key="chassis")
    window, store, team_id, page = _open(qtbot, open_window, event_with_team, staatsprint_template)
    assert _listed(page) == ["De CIO"]  # the first zone (the driver) is chosen
    edit = page.panel.rows[first].edit
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    type_text(qtbot, edit, " en de wethouder")
    qtbot.waitUntil(lambda: notes_by_id(store, [first])[0].text == "De CIO en de wethouder")  # saved after a pause
    add_note(store, team_id, "vehicle", None, "De burgemeester", 0, 0, zone_key="driver")  # from another laptop
    settle()
    type_text(qtbot, edit, " samen")
    assert edit.hasFocus() and edit.toPlainText() == "De CIO en de wethouder samen"
    assert "De burgemeester" in _listed(page)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the answer ends the edit
    settle()
    assert notes_by_id(store, [first])[0].text == "De CIO en de wethouder samen"
    page.undo_stack.undo()  # the whole edit is one step
    settle()
    assert notes_by_id(store, [first])[0].text == "De CIO"
    assert edit.toPlainText() == "De CIO"


def test_an_answer_added_in_the_side_panel(qtbot, open_window, event_with_team, staatsprint_template):
    window, store, team_id, page = _open(qtbot, open_window, event_with_team, staatsprint_template)
    qtbot.mouseClick(find(window, QPushButton, "zone_fuel"), Qt.MouseButton.LeftButton)
    field = find(window, QLineEdit, "vehicleNoteInput")
    assert QApplication.focusWidget() is field  # choosing a zone puts the hand in its answer field
    type_text(qtbot, field, "Minder dubbel werk")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert [(n.text, n.zone_key) for n in notes(store, team_id, ["vehicle"])] == [("Minder dubbel werk", "fuel")]
    assert _listed(page) == ["Minder dubbel werk"] and field.text() == "" and field.hasFocus()
    assert [w.toPlainText() for w in page.panel.findChildren(QPlainTextEdit, "vehicleAnswerEdit") if w.isVisible()] == ["Minder dubbel werk"]
    qtbot.keyClick(field, Qt.Key.Key_Return)  # an empty answer is refused, with the reason
    settle()
    assert find(window, QLabel, "vehicleError").text() == "An empty note is not made: type a thought first."
    assert len(notes(store, team_id, ["vehicle"])) == 1


def test_the_demo_answers_read_on_the_whole_car_at_1366x768(qtbot, open_window, sqlite_store):
    """At the fitted zoom every zone shows answers (not only a count) in text of at least 9 pt."""
    from app.demo.event import create_demo_event
    from app.event.teams import team_views

    create_demo_event(sqlite_store)
    window = open_window(sqlite_store)
    settle()
    view = window.event_view
    team = next(t for t in team_views(sqlite_store, view.workspace.event.id, view.workspace.template) if notes(sqlite_store, t.id, ["vehicle"]))
    view.choose_team(team.id)
    view.go_to(("step", "vehicle"))
    settle()
    page = view.step_page.work_area.surface("vehicle")
    scale = page.view.transform().m11()
    for key, item in page._zones.items():
        layout = item.layout_at(scale)
        assert layout.text_px >= 12, key  # 9 pt at 96 dpi
        assert item.answers and layout.cards, key


def test_an_answer_typed_just_before_closing_is_kept(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    answer = add_note(store, team_id, "vehicle", None, "De CIO", 0, 0, zone_key="driver")
    window, store, team_id, page = _open(qtbot, open_window, event_with_team, staatsprint_template)
    edit = page.panel.rows[answer].edit
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    type_text(qtbot, edit, " en de CDO")
    window.close()  # before the pause is over
    assert notes_by_id(store, [answer])[0].text == "De CIO en de CDO"
