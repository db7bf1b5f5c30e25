"""A window on a shared event, its listener on the qasync loop, against its own PostgreSQL server that
this module stops and starts again: the banner shows while the server is gone, the listener comes
back by itself, every view re-reads, and nothing committed is lost. A forged race start changes nothing."""

from __future__ import annotations

import asyncio
import os
from datetime import date
from pathlib import Path

import psycopg
import pytest
import qasync
from PySide6.QtWidgets import QApplication, QLabel

from app.day.navigation import move_team
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from app.storage.database import open_store
from app.storage.feed import RESYNC
from app.sync.listener import listen_conninfo
from app.sync.wire import CHANNEL
from sqlmodel import select

from db.models import Note, StepState
from tests.pg import PostgresUnavailable, ThrowawayPostgres
from tests.ui.conftest import open_window, prefs, settle  # noqa: F401 (fixtures)
from ui.storage.sync_wiring import follow_server, running_task

pytestmark = pytest.mark.postgres
SHOTS = Path(os.environ.get("STAATSPRINT_SHOTS", "/nonexistent"))  # screenshots only when asked for


@pytest.fixture(scope="module")
def own_server():
    """A PostgreSQL server of this module's own (the session's is shared: never stopped)."""
    try:
        server = ThrowawayPostgres()
        url = server.start()
    except PostgresUnavailable as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield server, url
    server.stop()


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    for _ in range(20):
        QApplication.processEvents()
    asyncio.events._set_running_loop(None)  # made "already running" inside Qt's loop: let it close
    loop._QEventLoop__is_running = False
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def shared_event(own_server, staatsprint_template):
    _, url = own_server
    from tests.conftest import _fresh_postgres

    _fresh_postgres(url)
    a, b = open_store(url), open_store(url)
    event_id = create_event(a, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(a, event_id, "gemeentelijke_it")
    move_team(a, team_id, "idea_race", staatsprint_template)
    yield a, b, event_id, team_id
    a.engine.dispose()
    b.engine.dispose()


def listening_window(qtbot, open_window, loop, store):  # noqa: F811
    window = open_window(store, lang="en")
    listener = follow_server(window, store)
    listener.heartbeat_s, listener.answer_s, listener.last_retry_s = 0.5, 1.0, 0.5
    qtbot.waitUntil(lambda: running_task(listener) is not None and listener.status.connected, timeout=5000)
    settle()
    return window, listener


def test_a_forged_race_start_makes_views_re_read_and_changes_nothing(qtbot, open_window, loop, shared_event):  # noqa: F811
    a, b, event_id, team_id = shared_event
    window, listener = listening_window(qtbot, open_window, loop, b)
    heard = []
    b.feed.subscribe(heard.append)
    with psycopg.connect(listen_conninfo(a.engine.url), autocommit=True) as forger:
        forger.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f'{{"v":1,"o":"x","c":[["step_state","u",1,{team_id},{event_id}]]}}'))
        forger.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "start the race!"))
    qtbot.waitUntil(lambda: any(batch[0].table == "step_state" for batch in heard), timeout=2000)
    settle()
    assert "start line" in window.findChild(QLabel, "raceStage").text()  # re-read: still at the start line
    with b.read() as session:
        assert session.exec(select(StepState)).all() == []
    window.close()
    qtbot.waitUntil(lambda: running_task(listener) is None and listener.store is b)


def test_the_server_stopped_and_started_again_shows_the_banner_then_catches_up(qtbot, open_window, loop, shared_event, own_server):  # noqa: F811
    from app.board.board import add_note

    server, _ = own_server
    a, b, event_id, team_id = shared_event
    window, listener = listening_window(qtbot, open_window, loop, b)
    banner = window.findChild(QLabel, "connectionBannerText")
    heard = []
    b.feed.subscribe(heard.append)
    kept = add_note(a, team_id, "idea_race", None, "Voor de storing", 10, 10)
    qtbot.waitUntil(lambda: any(c.table == "note" and c.row_id == kept for batch in heard for c in batch), timeout=1000)
    settle()  # the views read it before the server goes (a read while it is gone fails: see the report)
    server.halt()
    try:
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
        assert banner.text().startswith("No connection to the server for 0:0")
        before = banner.text()
        qtbot.waitUntil(lambda: banner.text() != before, timeout=3000)  # it counts the seconds
        if SHOTS.is_dir():
            window.grab().save(str(SHOTS / "listener-banner.png"))
    finally:
        server.resume()
    qtbot.waitUntil(lambda: listener.status.connected, timeout=10000)
    qtbot.waitUntil(lambda: (RESYNC,) in heard, timeout=2000)
    qtbot.waitUntil(lambda: banner.text() == "Connected again", timeout=2000)
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "listener-banner-again.png"))
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    with b.read() as session:
        assert session.get(Note, kept).text == "Voor de storing"  # committed before: not lost
    window.close()
