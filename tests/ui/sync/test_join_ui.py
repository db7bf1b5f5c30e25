"""File → Join event…, a dropped join file, the remembered shared events and what a team's login makes of
the window — against a PostgreSQL server with TLS and passwords (tests/ui/sync/conftest.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from app.sync.join_file import write_join_file
from app.sync.joined import remembered
from ui.sync import joined_events
from ui.sync.join_dialog import JoinDialog
from ui.window.main_window import MainWindow
from tests.ui.sync.conftest import other_event


def _window_on(open_window, store, data):
    window = open_window(store, "en")
    window.join_data_dir = data
    return window


def _new_window(old):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w is not old and w.isVisible()]
    return found[0] if found else None


def _press_in_dialog(qtbot, key, seen: dict):
    """When the join dialog is up: note what it shows, then press ``key`` on it."""
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, JoinDialog):
            QTimer.singleShot(20, act)
            return
        seen["event"] = dialog.findChild(QLabel, "joinEventName").text()
        seen["login"] = dialog.findChild(QLabel, "joinLogin").text()
        seen["server"] = dialog.findChild(QLabel, "joinServer").text()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        seen["focus"] = QApplication.focusWidget().objectName()
        qtbot.keyClick(dialog, key)
        if dialog.isVisible():  # refused: the message is in the dialog; close it with Escape
            seen["error"] = dialog.findChild(QLabel, "joinError").text()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    QTimer.singleShot(0, act)


@pytest.mark.postgres
def test_a_team_join_file_makes_this_laptop_that_team(qtbot, open_window, event_with_team, join_server, tmp_path):
    store, event_id, _team = event_with_team
    window = _window_on(open_window, store, tmp_path / "data")
    path = tmp_path / "team-4.staatsprint-join"
    write_join_file(path, join_server.team_join)
    seen = {}
    _press_in_dialog(qtbot, Qt.Key.Key_Return, seen)
    assert joined_events.join_event(window, path), seen.get("error")  # the refusal, if any
    assert seen == {"event": "Staatsprint 2027", "login": "Team 4 · Bits & Banen", "server": f"127.0.0.1:{join_server.port}",
                    "focus": "joinButton"}
    new = _new_window(window)
    qtbot.addWidget(new)
    try:
        assert new.store.engine.dialect.name == "postgresql"
        view = new.event_view
        assert view.workspace.event.id == join_server.event_id
        assert view.current_team().id == join_server.team_id
        assert new.findChild(QWidget, "eventTitle").text().endswith("shared, as Team 4 · Bits & Banen")  # the header says where this laptop works
        picker = view.findChild(QComboBox, "teamPicker") or view.team_picker
        assert not picker.isEnabled() and "Team 4 · Bits & Banen" in picker.toolTip()
        assert picker.property("fixed") is True and picker.accessibleName() == "Team (fixed on this laptop)"  # reads as fixed
        for name in ("programmeAction", "juryAction", "dashboardAction", "participantsAction", "editorAction", "serverAction", "chooseTeamAction",
                     "exportTeamFileAction", "importTeamFileAction", "exportArchiveAction", "importArchiveAction"):
            assert not new.findChild(QAction, name).isVisible(), name
        assert view.identity_picker.isEnabled()  # "Ik ben" still names the member
        assert [j.join.role for j in remembered(tmp_path / "data")] == ["sp_team_4"]
    finally:
        new.close()
        new.store.engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize(("change", "words"), [
    (lambda j, s: replace(j, password="wrong"), "refused the password of Team 4 · Bits & Banen"),
    (lambda j, s: replace(j, certificate=s.other_certificate), "its certificate does not match"),
    (lambda j, s: replace(j, port=1), "does not answer"),
    (lambda j, s: other_event(j), "belongs to another event"),
    (lambda j, s: replace(j, database="newer"), "newer version of Staatsprint"),
])
def test_a_refused_join_is_said_and_the_current_event_stays(qtbot, open_window, event_with_team, join_server, tmp_path, change, words):
    store, event_id, _team = event_with_team
    window = _window_on(open_window, store, tmp_path / "data")
    path = tmp_path / "bad.staatsprint-join"
    write_join_file(path, change(join_server.team_join, join_server))
    seen = {}
    _press_in_dialog(qtbot, Qt.Key.Key_Return, seen)
    assert not joined_events.join_event(window, path)
    assert words in seen["error"]
    assert "secret" not in seen["error"]
    assert _new_window(window) is None and window.isVisible()
    assert window.store is store and window.event_view.workspace.event.id == event_id
    assert remembered(tmp_path / "data") == []


@pytest.mark.parametrize(("content", "words"), [
    ("hello", "is not a Staatsprint join file"),
    (json.dumps({"format": "staatsprint-join", "version": 9}), "made by a newer Staatsprint"),
    (json.dumps({"format": "staatsprint-join", "version": 1, "event": {}}), "damaged or incomplete"),
    (None, "expired on"),
])
def test_a_bad_join_file_is_refused_before_anything(qtbot, open_window, event_with_team, tmp_path, monkeypatch, content, words):
    store, event_id, _team = event_with_team
    window = _window_on(open_window, store, tmp_path / "data")
    path = tmp_path / "x.staatsprint-join"
    if content is None:
        write_join_file(path, _expired())
    else:
        path.write_text(content, encoding="utf-8")
    said = []
    monkeypatch.setattr(joined_events.QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert not joined_events.join_event(window, path)
    assert len(said) == 1 and words in said[0] and "x.staatsprint-join" in said[0]
    assert window.store is store and window.event_view.workspace.event.id == event_id
    assert remembered(tmp_path / "data") == []


def test_a_jurors_join_file_says_jurors_score_with_their_kit_and_joins_nothing(qtbot, open_window, event_with_team, tmp_path, monkeypatch):
    from tests.ui.sync.test_shared_menu import a_join

    store, event_id, _team = event_with_team
    window = _window_on(open_window, store, tmp_path / "data")
    path = tmp_path / "jury-sanne.staatsprint-join"
    write_join_file(path, replace(a_join(), kind="juror", team_id=None, label="Jurylid Sanne de Vries"))
    said = []
    monkeypatch.setattr(joined_events.QMessageBox, "information", lambda parent, title, text: said.append(text))
    assert not joined_events.join_event(window, path)
    assert len(said) == 1 and "Jurylid Sanne de Vries is a juror's login" in said[0] and "jury kit" in said[0]
    assert window.store is store and window.event_view.workspace.event.id == event_id
    assert remembered(tmp_path / "data") == []


def _expired():
    from tests.ui.sync.test_shared_menu import a_join

    return replace(a_join(), expires=datetime.now(timezone.utc) - timedelta(days=1))


def test_a_join_file_dropped_on_the_window_opens_the_join_dialog(qtbot, open_window, event_with_team, tmp_path):
    from tests.ui.sync.test_shared_menu import a_join

    store, _event_id, _team = event_with_team
    window = _window_on(open_window, store, tmp_path / "data")
    path = tmp_path / "dropped.staatsprint-join"
    write_join_file(path, a_join())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    seen = {}
    _press_in_dialog(qtbot, Qt.Key.Key_Escape, seen)
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: "event" in seen)
    assert seen["event"] == "Demo 2027" and seen["login"] == "Team 2 · Kaart"
    assert window.store is store


def test_keyboard_only_through_the_join_dialog(qtbot, tmp_path):
    from tests.ui.sync.test_shared_menu import a_join

    dialog = JoinDialog(a_join(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.findChild(QPushButton, "joinButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.findChild(QPushButton, "joinCancelButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.opened is None
