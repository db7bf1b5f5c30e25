"""The real board while the event's PostgreSQL server is stopped: notes typed with the keyboard are kept
and shown waiting, the countdown keeps running, and on reconnect every note lands once, in order."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.board.board import notes
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from app.storage.database import open_store
from tests.conftest import _fresh_postgres
from tests.sync.outbox_server import stoppable_server
from tests.ui.conftest import find, open_window, prefs, settle, type_text  # noqa: F401 (fixtures)
from ui.clock.timer_panel import TimerPanel
from ui.storage.outbox_board import WaitingNote
from ui.storage.outbox_write import install, kept_text

pytestmark = pytest.mark.postgres
SHOTS = Path(os.environ.get("STAATSPRINT_SHOTS", "/nonexistent"))  # screenshots only when asked for


@pytest.fixture(scope="module")
def server():
    server = stoppable_server()
    yield server
    server.close()


@pytest.fixture
def shared_board(qtbot, open_window, server, tmp_path):  # noqa: F811 (the fixture imported above)
    if not server.up:
        server.start()
    store = open_store(_fresh_postgres(server.url))
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    for name in ("Noëlle Hendriks", "Emre Yılmaz"):
        add_member(store, team_id, name)
    bridge = install(store, tmp_path)  # the outbox file in the test's folder, not the user's data folder
    window = open_window(store)
    window.event_view.next()  # the team starts: its brain dump opens on the board
    settle()
    yield window, store, team_id, bridge, window.event_view.step_page.work_area.board
    if not server.up:
        server.start()
    store.engine.dispose()


def enter_notes(qtbot, field, texts) -> None:
    for text in texts:
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == ""  # the next note starts at once, also offline


def test_notes_typed_on_the_board_while_the_server_is_stopped_wait_and_land_once(qtbot, server, shared_board):
    window, store, team_id, bridge, page = shared_board
    field = find(window, QLineEdit, "noteInput")
    enter_notes(qtbot, field, ["Voor de storing"])
    settle()
    panel = next(p for p in window.findChildren(TimerPanel) if p.isVisible())
    panel.act("start")
    settle()
    started = panel.displayed_remaining

    server.stop()
    typed = ["Elke gemeente koopt zelf", "Data zit in kokers", "NAW steeds opnieuw invullen"]
    enter_notes(qtbot, field, typed)
    settle()
    waiting = [item for item in page.scene.items() if isinstance(item, WaitingNote)]
    assert sorted(item.note.text for item in waiting) == sorted(typed)
    assert len({(item.pos().x(), item.pos().y()) for item in waiting} | {(n.pos().x(), n.pos().y()) for n in page._notes.values()}) == 4
    assert bridge.pending_count == 3 and [e.args["text"] for e in bridge.outbox.entries] == typed
    assert bridge.waiting_text().startswith("3 change")  # the connection banner's line
    line = find(window, QLabel, "boardError")
    assert line.isVisible() and line.text() == kept_text() and line.property("role") == "info"
    # The countdown runs on from the stored deadline it read: no read while the server is away.
    qtbot.waitUntil(lambda: panel.displayed_remaining < started - 0.5, timeout=3000)
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "outbox-waiting.png"))

    server.start()
    assert bridge.replay().done == 3  # the listener's reconnect calls this
    settle()
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["Voor de storing", *typed]
    assert not [item for item in page.scene.items() if isinstance(item, WaitingNote)]
    assert sorted(item.note.text for item in page._notes.values()) == sorted(["Voor de storing", *typed])
    assert not line.isVisible() and bridge.pending_count == 0


def test_a_note_edited_in_place_while_the_server_is_stopped_is_kept_and_saved_later(qtbot, server, shared_board):
    window, store, team_id, bridge, page = shared_board
    enter_notes(qtbot, find(window, QLineEdit, "noteInput"), ["Kokers"])
    settle()
    item = next(iter(page._notes.values()))
    server.stop()
    item.start_editing()
    item._editor.setPlainText("Data zit in kokers")
    item.finish_editing()
    settle()
    assert [(e.op, e.args["text"], e.based_on) for e in bridge.outbox.entries][-1] == ("note.edit", "Data zit in kokers", {"text": "Kokers"})
    assert find(window, QLabel, "boardError").text() == kept_text()
    server.start()
    assert bridge.replay().stuck is None
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["Data zit in kokers"]


def test_a_broken_outbox_file_is_told_when_the_window_opens_and_nothing_is_sent(qtbot, open_window, server, tmp_path):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from app.sync.outbox import outbox_path

    if not server.up:
        server.start()
    store = open_store(_fresh_postgres(server.url))
    create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    outbox_path(tmp_path, store.engine).write_text("not a change\n", encoding="utf-8")
    bridge = install(store, tmp_path)
    window = open_window(store)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox, "refusalDialog")))
    box = next(box for box in window.findChildren(QMessageBox, "refusalDialog") if box.isVisible())
    aside = next(tmp_path.glob("outbox-*.broken-*.jsonl"))
    assert str(aside) in box.text() and "could not be read" in box.text()
    assert bridge.pending_count == 0 and bridge.waiting_text() == ""
    box.close()
    store.engine.dispose()


def test_the_listener_reporting_the_connection_back_replays_what_waits(qtbot, server, shared_board):
    from types import SimpleNamespace

    window, store, team_id, bridge, page = shared_board
    listener = SimpleNamespace(status=SimpleNamespace(connected=True, lost_since=None), on_status=[])
    bridge.follow(listener)  # as ui/storage/sync_wiring.py does (app/sync/listener.py's status API)
    server.stop()
    for hear in listener.on_status:
        hear(SimpleNamespace(connected=False, lost_since=None))
    enter_notes(qtbot, find(window, QLineEdit, "noteInput"), ["Zonder server getypt"])
    assert bridge.pending_count == 1 and bridge.away
    server.start()
    for hear in listener.on_status:
        hear(SimpleNamespace(connected=True, lost_since=None))
    qtbot.waitUntil(lambda: bridge.pending_count == 0, timeout=5000)
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["Zonder server getypt"]
