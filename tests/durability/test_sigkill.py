"""SIGKILL the real app while it works; start again; everything it said it committed is there.

The killed process is the app as people start it: ``python -m app --db URL --lang en`` (offscreen), its
own argument parsing, database opening and window. A test driver rides along through an environment hook
only tests set (``STAATSPRINT_TEST_DRIVER``, ui/startup/driver_hook.py; tests/durability/driver.py): once
the window is live it works in it by key events — typing notes, Ctrl+Space for the timer, Tab and Space
for each dot on the vote page — and prints a line after each commit. The test kills it with SIGKILL at a
moment of its choosing — during typing notes, voting, a running timer, a participants import and a PDF
export — then opens the database as the app does (integrity check included) and checks: every reported
note and dot is there (at most the one commit in flight more), the timer's deadline is the one reported,
the import is all or nothing, the PDF is whole or not there (and the temporary a kill left is removed by
the next export into that folder). On SQLite and on PostgreSQL.

A SIGKILL is a crash of the app, not a power cut: the operating system still writes what the app handed
it. What a power cut can lose is decided by ``synchronous=FULL`` (db/README.md, "Durability").
"""

from __future__ import annotations

import argparse
import json
import os
import select
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select as sql_select

from app.board import board
from app.clock.clock import SteadyClock
from app.clock.timers import Timers
from app.event.events import create_event_from_template
from app.day.navigation import move_team
from app.event.teams import add_member, add_team
from app.export.files import SESSION_VAR
from app.outcomes.knelpunten import add_knelpunt
from app.storage.database import open_database, open_store
from db.models import Member, Vote

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 120  # a start on a busy CI machine; the test never waits on time otherwise


class App:
    """The app process and what it reported."""

    def __init__(self, scenario: str, url: str, work: Path, halt: bool = False) -> None:
        env = {key: value for key, value in os.environ.items() if key not in (SESSION_VAR, "STAATSPRINT_DB")}  # a session of its own
        env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), STAATSPRINT_BACKUPS=str(work / "backups"),
                   XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"),  # its own preferences, no first-frame snapshot
                   STAATSPRINT_TEST_DRIVER=f"tests.durability.driver:{scenario}", STAATSPRINT_DRIVER_HALT="1" if halt else "0")
        self.process = subprocess.Popen([sys.executable, "-m", "app", "--db", url, "--lang", "en"], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, env=env, cwd=work)
        self.lines: list[tuple[str, str, object]] = []
        self._buffer = b""

    def wait_for(self, done) -> None:
        """Read its lines until ``done(lines)`` holds (or it died: the test fails with its stderr)."""
        deadline = time.monotonic() + WAIT_S
        while not done(self.lines):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.process.kill()
                self.process.wait(timeout=30)
                raise AssertionError(f"the app stopped or stalled: {self.process.stderr.read().decode()[-3000:]}")
            ready, _, _ = select.select([self.process.stdout], [], [], 1.0)
            if ready:
                self._read()

    def _read(self) -> None:
        chunk = os.read(self.process.stdout.fileno(), 65536)
        self._buffer += chunk
        *whole, self._buffer = self._buffer.split(b"\n")
        for line in whole:
            self._take(line)

    def _take(self, line: bytes) -> None:
        kind, what, payload = (line.decode().split(" ", 2) + ["", "null"])[:3]
        if kind in ("READY", "START", "INSIDE", "COMMIT", "DONE"):  # the driver's lines; anything else the app prints is not
            self.lines.append((kind, what, json.loads(payload)))

    def kill(self) -> None:
        """SIGKILL: no handler, no flush, no goodbye. Then whatever it still printed is read."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        rest = self.process.stdout.read()
        self._buffer += rest
        for line in self._buffer.split(b"\n"):
            if line.strip():
                self._take(line)
        self._buffer = b""
        assert self.process.returncode == -signal.SIGKILL

    def committed(self, what: str) -> list:
        return [payload for kind, name, payload in self.lines if kind == "COMMIT" and name == what]


def count(lines, what: str, n: int):
    return lambda _lines: sum(1 for kind, name, _ in _lines if kind == "COMMIT" and name == what) >= n


@pytest.fixture(params=["sqlite", "postgresql"])
def day(request, tmp_path, staatsprint_template):
    """(url, event id, team id, member ids, work folder): an event with one team of three."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'dag.sqlite'}"
    else:
        from tests.conftest import _fresh_postgres

        url = _fresh_postgres(request.getfixturevalue("pg_server"))
    store = open_store(url)
    event_id = create_event_from_template(store, staatsprint_template, date.today())
    team_id = add_team(store, event_id, None, "Eerste")
    members = [add_member(store, team_id, name) for name in ("Anna", "Bram", "Cas")]
    store.engine.dispose()
    return url, event_id, team_id, members, tmp_path


def reopened(url: str):
    """The database opened again as the app opens it (integrity check and all)."""
    return open_database(url).store


def test_typed_notes_survive_a_kill(day):
    url, _event_id, team_id, _members, work = day
    app = App("notes", url, work)
    app.wait_for(count(app.lines, "note", 8))
    app.kill()
    store = reopened(url)
    texts = [note.text for note in board.notes(store, team_id, ["braindump"])]
    reported = app.committed("note")
    assert set(reported) <= set(texts) and len(texts) <= len(reported) + 1  # at most the one in flight
    store.engine.dispose()


def test_a_running_timer_keeps_its_deadline_through_a_kill(day):
    url, event_id, team_id, _members, work = day
    app = App("timer", url, work)
    app.wait_for(lambda lines: any(name == "timer" for _, name, _ in lines) and count(lines, "note", 2)(lines))
    app.kill()
    (started,) = app.committed("timer")
    store = reopened(url)
    states = Timers(store, SteadyClock()).states(event_id, team_id)
    state = states[(started["step"], started["part"])]
    assert state.deadline().isoformat() == started["deadline"]
    assert state.status(SteadyClock().now()).value in ("running", "overtime")
    store.engine.dispose()


def test_dots_placed_by_keys_survive_a_kill(day, staatsprint_template):
    url, _event_id, team_id, members, work = day
    store = open_store(url)
    knelpunten = [add_knelpunt(store, team_id, title) for title in ("Inkoop", "Data", "Silo's")]
    move_team(store, team_id, "dot_vote", staatsprint_template)  # the window opens on the team's vote
    store.engine.dispose()
    (work / "vote.json").write_text(json.dumps({"voters": members, "knelpunten": knelpunten}))
    app = App("vote", url, work)
    app.wait_for(count(app.lines, "dot", 12))
    app.kill()
    store = reopened(url)
    with store.read() as session:
        cast = session.execute(sql_select(func.coalesce(func.sum(Vote.dots), 0)).where(Vote.team_id == team_id)).scalar()
    reported = len(app.committed("dot"))
    assert reported <= cast <= reported + 1
    store.engine.dispose()


ROWS = 3000


@pytest.mark.parametrize("when", ["inside", "after"])
def test_an_import_killed_is_all_or_nothing(day, when):
    """Killed inside its transaction (every row inserted, not committed): nothing; after: everything."""
    url, event_id, _team_id, _members, work = day
    lines = ["Naam,E-mailadres,Organisatie"] + [f"Deelnemer {n},d{n}@voorbeeld.nl,Gemeente {n % 40}" for n in range(ROWS)]
    (work / "registrations.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    app = App("import_", url, work, halt=when == "inside")
    app.wait_for(lambda lines: any(kind == ("INSIDE" if when == "inside" else "COMMIT") for kind, _, _ in lines))
    app.kill()
    store = reopened(url)
    with store.read() as session:
        imported = session.execute(sql_select(func.count()).select_from(Member).where(
            Member.event_id == event_id, Member.team_id.is_(None))).scalar()
    assert imported == (0 if when == "inside" else ROWS)
    store.engine.dispose()


@pytest.mark.parametrize("when", ["inside", "after"])
def test_a_pdf_killed_while_written_is_never_left_half(day, when, monkeypatch):
    """Killed with the PDF written under its temporary name: no dossier.pdf at all, and the next session's
    export into that folder removes the temporary; killed after: a whole one."""
    url, event_id, _team_id, _members, work = day
    app = App("pdf", url, work, halt=when == "inside")
    app.wait_for(lambda lines: any(kind == ("INSIDE" if when == "inside" else "COMMIT") for kind, _, _ in lines))
    app.kill()
    target = work / "dossier.pdf"
    store = reopened(url)
    if when == "inside":
        assert not target.exists()
        assert [p.name for p in work.glob(".dossier.pdf.*.part")]  # the temporary file: never the final name
        monkeypatch.setenv(SESSION_VAR, repr(time.time()))  # the app started again, after the kill
        from app.export.pdf_command import run_pdf

        run_pdf(store, argparse.Namespace(pdf_kind="dossier", stray=None, team=1, lang="en", out=str(target)), event_id, sys.stderr)
        assert not list(work.glob(".*.part"))
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    store.engine.dispose()
