"""Making a new event in the window, and refusing a broken template without writing anything."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from app.event.events import get_event, list_events
from tests.conftest import MINI_TEMPLATE
from tests.ui.conftest import type_text
from ui.event.new_event_dialog import NewEventDialog


def test_a_new_event_from_the_second_template(qtbot, sqlite_store):
    dialog = NewEventDialog(sqlite_store)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "Mini-sprint Zwolle")
    dialog.date_edit.setDate(QDate(2027, 3, 10))
    type_text(qtbot, dialog.location_edit, "Provinciehuis")
    dialog.add_template_file(MINI_TEMPLATE)
    qtbot.mouseClick(dialog.findChild(QPushButton, "createEventOk"), Qt.MouseButton.LeftButton)
    event = get_event(sqlite_store, dialog.event_id)
    assert (event.name, event.day, event.location, event.template_key) == ("Mini-sprint Zwolle", date(2027, 3, 10), "Provinciehuis", "mini_sprint")


def test_a_broken_template_is_explained_and_nothing_is_made(qtbot, sqlite_store, tmp_path):
    broken = tmp_path / "kapot.toml"
    broken.write_text(MINI_TEMPLATE.read_text(encoding="utf-8").replace('tie_breaker = "captain"', 'tie_breaker = "voorzitter"'), encoding="utf-8")
    dialog = NewEventDialog(sqlite_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_template_file(broken)
    qtbot.mouseClick(dialog.findChild(QPushButton, "createEventOk"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "newEventError")
    assert error.isVisible()
    assert "kapot.toml" in error.text() and "'voorzitter' is not a role" in error.text()
    assert dialog.event_id is None and dialog.isVisible()
    assert list_events(sqlite_store) == []


def test_the_menu_opens_the_new_event(qtbot, open_window, sqlite_store, monkeypatch):
    def accept_with_defaults(dialog):
        dialog.create()
        return NewEventDialog.DialogCode.Accepted

    monkeypatch.setattr(NewEventDialog, "exec", accept_with_defaults)
    window = open_window(sqlite_store)
    assert window.centralWidget().objectName() == "welcomePage"
    window.findChild(QPushButton, "createEventButton").click()
    assert window.event_view is not None
    assert len(list_events(sqlite_store)) == 1


def test_templates_are_offered_by_title_and_after_choosing_a_file_enter_creates(qtbot, sqlite_store, monkeypatch):
    asked = []

    def choose_mini(_parent, _caption, _folder, wanted):
        asked.append(wanted)
        return str(MINI_TEMPLATE), wanted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose_mini)
    dialog = NewEventDialog(sqlite_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.template_combo.itemText(0) == "Staatsprint: digital government for better public services"  # not "staatsprint"
    browse = dialog.findChild(QPushButton, "browseTemplateButton")
    browse.setFocus()
    qtbot.keyClick(browse, Qt.Key.Key_Space)
    assert asked == ["Staatsprint templates (*.toml)"]  # the name "Save as template…" gives them too
    assert dialog.template_combo.currentText() == "Mini sprint (mini-sprint.toml)"
    assert QApplication.focusWidget() is dialog.findChild(QPushButton, "createEventOk")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert asked == ["Staatsprint templates (*.toml)"]  # the file dialog did not open again
    assert get_event(sqlite_store, dialog.event_id).template_key == "mini_sprint"
