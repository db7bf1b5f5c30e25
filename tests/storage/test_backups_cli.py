"""``staatsprint backups list|restore``: numbered, newest first, with times; restore keeps the current one aside;
a damaged database names the command; a wrong number changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.event.events import create_event_from_template
from app.event.teams import add_team
from app.storage import backups
from app.storage.backups import sqlite_backup
from app.storage.database import open_store
from db.models import Team
from tests.test_cli import run


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(backups.BACKUPS_VAR, str(tmp_path / "backups"))


def _teams(path) -> int:
    store = open_store(f"sqlite:///{path}")
    with store.read() as session:
        count = session.execute(select(func.count()).select_from(Team)).scalar()
    store.engine.dispose()
    return count


def test_list_then_restore(tmp_path, staatsprint_template):
    db = tmp_path / "dag.sqlite"
    store = open_store(f"sqlite:///{db}")
    event_id = create_event_from_template(store, staatsprint_template, date(2026, 3, 11), name="Dag")
    add_team(store, event_id, None, "Eerste")
    sqlite_backup(db, "phase-end", "0011", phase="empathize", event_name="Dag")
    add_team(store, event_id, None, "Later")
    store.engine.dispose()
    code, out = run("--db", str(db), "backups", "list")
    assert code == 0 and out.splitlines()[0].startswith("  1  ") and "end of a phase · phase empathize · event Dag" in out
    code, out = run("--db", str(db), "backups", "restore", "1")
    assert code == 0 and "restored backup 1" in out and "the database as it was is kept at" in out
    assert _teams(db) == 1
    code, out = run("--db", str(db), "backups", "list")
    assert "kept aside at a restore" in out.splitlines()[0]


def test_a_wrong_number_changes_nothing(tmp_path, capsys):
    db = tmp_path / "dag.sqlite"
    open_store(f"sqlite:///{db}").engine.dispose()
    before = db.read_bytes()
    code, _out = run("--db", str(db), "backups", "restore", "3")
    err = capsys.readouterr().err
    assert code == 2 and "there is no backup 3" in err and "nothing was changed" in err and "Traceback" not in err
    assert db.read_bytes() == before
    assert run("--db", str(db), "backups", "list")[1].startswith("no backups of")


def test_a_damaged_database_names_the_way_back_and_list_still_works(tmp_path, capsys):
    from app.demo.event import ensure_demo_event
    from tests.storage.test_backups import _damage

    db = tmp_path / "dag.sqlite"
    store = open_store(f"sqlite:///{db}")
    ensure_demo_event(store)
    store.engine.dispose()
    sqlite_backup(db, "phase-end")
    damaged = _damage(db)
    assert run("--db", str(db), "info")[0] == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "1 backup(s) of it can be restored: staatsprint backups list" in err
    assert "Traceback" not in err and db.read_bytes() == damaged
    code, out = run("--db", str(db), "backups", "list")
    assert code == 0 and "end of a phase" in out
    assert run("--db", str(db), "backups", "restore", "1")[0] == 0
    assert run("--db", str(db), "info")[0] == 0
