"""The facilitator's Event server page: logins listed (passwords hidden until asked), join files saved, never on the beamer."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget

from app.sync.join_file import read_join_file
from app.sync.joined import connect
from ui.beamer import beamer_source

SHOTS = os.environ.get("STAATSPRINT_SHOTS", "/nonexistent")  # screenshots only when asked for


def _shot(widget, name: str) -> None:
    if os.path.isdir(SHOTS):
        from ui.common.theme import THEMES, stylesheet

        app = QApplication.instance()
        app.setStyleSheet(stylesheet(THEMES["light"]))
        for _ in range(3):
            app.processEvents()
        widget.grab().save(f"{SHOTS}/{name}")
        app.setStyleSheet("")


@pytest.mark.postgres
def test_the_facilitator_saves_every_join_file(qtbot, open_window, join_server, tmp_path):
    opened, event_id = connect(join_server.facilitator_join, tmp_path / "data")
    try:
        window = open_window(opened.store, "en")
        window.prefs.set("event_id", event_id)
        window.open_event(event_id)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.findChild(QWidgetType(), "serverPage") is not None)
        page = window.findChild(QWidgetType(), "serverPage")
        assert page.isVisible()
        table = page.findChild(QTableWidget, "loginTable")
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Facilitator", "Team 4 · Bits & Banen"]
        assert all(table.item(r, 3).text() == "••••••••" for r in range(table.rowCount()))
        assert "never on the beamer" in page.findChild(QLabel, "serverWarning").text()
        _shot(window, "join-server-page.png")
        show = page.findChild(QPushButton, "showPasswordsButton")
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
        assert table.item(1, 3).text() == "team-4-secret"
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
        assert table.item(1, 3).text() == "••••••••"
        stick = tmp_path / "stick"
        stick.mkdir()
        page.save_folder = stick
        qtbot.mouseClick(page.findChild(QPushButton, "saveAllJoinFilesButton"), Qt.MouseButton.LeftButton)
        team = read_join_file(stick / "team-4-bits-banen.staatsprint-join")
        assert (team.role, team.password, team.kind, team.team_id, team.event_uid, team.port) == (
            "sp_team_4", "team-4-secret", "team", join_server.team_id, join_server.event_uid, join_server.port)
        assert team.certificate.strip() == join_server.certificate.strip()
        assert read_join_file(stick / "facilitator.staatsprint-join").kind == "facilitator"
        table.selectRow(1)
        (stick / "team-4-bits-banen.staatsprint-join").unlink()
        table.setFocus()
        qtbot.keyClick(page.findChild(QPushButton, "saveJoinFileButton"), Qt.Key.Key_Space)
        assert read_join_file(stick / "team-4-bits-banen.staatsprint-join").role == "sp_team_4"
        (stick / "team-4-bits-banen.staatsprint-join").unlink()
        qtbot.keyClick(page.findChild(QPushButton, "saveJoinFileButton"), Qt.Key.Key_Return)  # Enter presses it too
        assert read_join_file(stick / "team-4-bits-banen.staatsprint-join").role == "sp_team_4"
        assert "server" not in {value for name, value in vars(beamer_source).items() if name.isupper() and isinstance(value, str)}
        window.close()
    finally:
        opened.store.engine.dispose()


def test_on_sqlite_the_page_explains_how_to_start_a_server(qtbot, open_window, event_with_team):
    store, event_id, _team = event_with_team
    window = open_window(store, "en")
    window.event_view.go_to(("server",))
    page = window.findChild(QWidgetType(), "serverPage")
    assert "staatsprint serve" in page.findChild(QLabel, "serverIntro").text()
    assert not page.findChild(QTableWidget, "loginTable").isVisible()


def QWidgetType():  # noqa: N802
    from PySide6.QtWidgets import QWidget

    return QWidget


def test_on_sqlite_the_explanation_sits_under_the_heading(qtbot, open_window, event_with_team):
    store, _event_id, _team = event_with_team
    window = open_window(store, "en")
    window.event_view.go_to(("server",))
    page = window.findChild(QWidgetType(), "serverPage")
    intro = page.findChild(QLabel, "serverIntro")
    qtbot.waitUntil(intro.isVisible)
    assert intro.geometry().top() < 200  # not pushed down the page by the hidden table's room
