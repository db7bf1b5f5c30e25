"""The phase-end backup is taken in a worker thread: the window goes on while it is written (on a big
day it takes long enough to be a visible hitch: bench/phase_backup.py), it is taken once, and it is the
whole backup when the worker says it is done. Both engines (SQLite: the file; PostgreSQL: the archive)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer

from app.day.programme import phase_window, programme_items
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from app.storage import phase_backups
from app.storage.backups import list_backups


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("STAATSPRINT_BACKUPS", str(tmp_path / "backups"))
    return tmp_path / "backups"


def test_the_window_goes_on_while_the_phase_backup_is_written(qtbot, open_window, store, monkeypatch, request):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    add_team(store, event_id, "gemeentelijke_it")
    gate, threads = threading.Event(), []
    request.addfinalizer(gate.set)  # a failing test never leaves the worker waiting
    real = phase_backups.take_phase_backup

    def held(*args, **kwargs):  # the backup's work, held until the test lets it go
        threads.append(threading.current_thread())
        assert gate.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(phase_backups, "take_phase_backup", held)
    window = open_window(store, "en")
    ws = window.event_view.workspace
    first = ws.template.phases[0].key
    end = phase_window(ws.template, programme_items(store, event_id), first)[1]
    window.timers.clock.now = lambda: end + timedelta(seconds=1)
    watcher = window.phase_backups

    assert watcher.check() == first  # returns at once: the worker holds the backup
    ticked = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked and threads))  # the window's event loop runs meanwhile
    assert threads[0] is not threading.main_thread()
    assert watcher.check() is None  # being taken: not a second time
    assert list_backups() == []

    with qtbot.waitSignal(watcher.done, timeout=60_000) as taken:
        gate.set()
    assert taken.args[0].phase == first and taken.args[0].event_uid == (ws.event.uid or "")
    assert [b.path for b in list_backups()] == [taken.args[0].path] and taken.args[0].path.is_file()
    assert watcher.check() is None  # once per phase
    watcher.wait()
