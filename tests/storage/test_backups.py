"""Backups: taken whole, listed newest first with their times, bounded; restore keeps the current one aside;
a damaged file is found at start and refused unchanged, and a restore brings it back."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.demo.event import ensure_demo_event
from app.errors import DomainError
from app.event.events import create_event_from_template
from app.event.teams import add_team
from app.storage import backups
from app.storage.backups import archive_backup, database_key, list_backups, sqlite_backup
from app.storage.database import open_database, open_store
from app.storage.restore import restore_archive, restore_sqlite
from db.models import Team

TEMPLATE = None


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    path = tmp_path / "backups"
    monkeypatch.setenv(backups.BACKUPS_VAR, str(path))
    return path


def _teams(store) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(Team)).scalar()


@pytest.fixture(autouse=True)
def template(staatsprint_template):
    global TEMPLATE
    TEMPLATE = staatsprint_template


def _event(store) -> int:
    event_id = create_event_from_template(store, TEMPLATE, date(2026, 3, 11))
    add_team(store, event_id, None, "Eerste")
    return event_id


def _damage(path) -> bytes:
    """Overwrite the middle of the file (not its header): quick_check finds broken pages."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):
        data[start + 8:start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_backup_is_the_whole_file_listed_with_its_time(tmp_path, folder):
    db = tmp_path / "dag.sqlite"
    store = open_store(f"sqlite:///{db}")
    _event(store)
    made = sqlite_backup(db, "phase-end", phase="empathize", event_name="Dag")
    add_team(store, 1, None, "Later")  # after the backup: not in it
    (listed,) = list_backups(database_key(f"sqlite:///{db}"))
    assert listed == made and listed.moment.tzinfo is not None and listed.phase == "empathize"
    copy = open_store(f"sqlite:///{made.path}")
    assert _teams(copy) == 1 and _teams(store) == 2
    copy.engine.dispose()
    store.engine.dispose()
    assert json.loads(made.sidecar().read_text())["path"] == made.path.name
    assert not list(folder.glob("*.part"))


def test_backups_are_bounded_per_database_newest_kept(tmp_path, folder, monkeypatch):
    monkeypatch.setattr(backups, "KEEP", 3)
    db, other = tmp_path / "dag.sqlite", tmp_path / "ander.sqlite"
    for path in (db, other):
        open_store(f"sqlite:///{path}").engine.dispose()
    made = [sqlite_backup(db, "phase-end") for _ in range(5)]
    migration = sqlite_backup(db, "migration", "0010")
    sqlite_backup(other, "phase-end")
    mine = list_backups(database_key(f"sqlite:///{db}"))
    assert [b.path for b in mine] == [migration.path] + [b.path for b in reversed(made[2:])]
    assert not made[0].path.exists() and not made[0].sidecar().exists()
    assert len(list_backups()) == 5


def test_a_copy_without_its_note_or_a_stray_file_is_not_listed(tmp_path, folder):
    db = tmp_path / "dag.sqlite"
    open_store(f"sqlite:///{db}").engine.dispose()
    made = sqlite_backup(db, "phase-end")
    made.sidecar().unlink()  # a crash between the copy and its note
    (folder / "notes.json").write_text("{not json")
    (folder / "x.sqlite.json").write_text(json.dumps({"path": "../../etc/passwd"}))
    assert list_backups() == []


def test_a_backup_that_cannot_be_written_leaves_nothing(tmp_path, folder, monkeypatch):
    db = tmp_path / "dag.sqlite"
    open_store(f"sqlite:///{db}").engine.dispose()
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("a file where the folder should be")
    with pytest.raises(DomainError) as caught:
        sqlite_backup(db, "phase-end")
    assert caught.value.code == "backup_failed" and "nothing was changed" in str(caught.value)
    assert folder.read_text() == "a file where the folder should be"


def test_restore_replaces_the_file_and_keeps_the_current_one_aside(tmp_path, folder):
    db = tmp_path / "dag.sqlite"
    store = open_store(f"sqlite:///{db}")
    _event(store)
    made = sqlite_backup(db, "phase-end")
    add_team(store, 1, None, "Later")
    store.engine.dispose()  # the window closes its connections first
    done = restore_sqlite(made, db)
    back = open_store(f"sqlite:///{db}")
    assert _teams(back) == 1
    back.engine.dispose()
    aside = open_store(f"sqlite:///{done.aside}")
    assert _teams(aside) == 2
    aside.engine.dispose()
    assert [b.reason for b in list_backups(database_key(f"sqlite:///{db}"))] == ["before-restore", "phase-end"]


def test_a_damaged_file_is_refused_unchanged_and_a_restore_brings_it_back(tmp_path, folder):
    db = tmp_path / "dag.sqlite"
    store = open_store(f"sqlite:///{db}")
    ensure_demo_event(store)
    teams = _teams(store)
    made = sqlite_backup(db, "phase-end")
    store.engine.dispose()
    damaged = _damage(db)
    with pytest.raises(DomainError) as caught:
        open_database(f"sqlite:///{db}")
    assert caught.value.code == "db_damaged" and caught.value.params["count"] == "1"
    assert "staatsprint backups restore" in str(caught.value)
    assert db.read_bytes() == damaged  # not upgraded, not repaired: as it was
    done = restore_sqlite(made, db)
    assert done.aside.read_bytes() == damaged  # moved aside whole
    back = open_store(f"sqlite:///{db}")
    assert _teams(back) == teams
    back.engine.dispose()


def test_a_damaged_backup_or_the_wrong_kind_is_refused_unchanged(tmp_path, folder, store):
    db = tmp_path / "dag.sqlite"
    first = open_store(f"sqlite:///{db}")
    _event(first)
    made = sqlite_backup(db, "phase-end")
    first.engine.dispose()
    _damage(made.path)
    before = db.read_bytes()
    with pytest.raises(DomainError) as caught:
        restore_sqlite(made, db)
    assert caught.value.code == "restore_damaged" and db.read_bytes() == before
    with pytest.raises(DomainError) as caught:
        restore_archive(made, store)
    assert caught.value.code == "restore_wrong_kind"


def test_an_event_archive_backup_restores_the_event_as_it_was(store, folder):
    event_id = _event(store)
    other = create_event_from_template(store, TEMPLATE, date(2026, 3, 12), name="Ander")
    made = archive_backup(store, event_id, "phase-end", phase="empathize")
    add_team(store, event_id, None, "Later")
    add_team(store, other, None, "Elders")
    assert _teams(store) == 3
    done = restore_archive(made, store)
    assert _teams(store) == 2  # this event as it was; the other event untouched
    with store.read() as session:
        names = set(session.execute(select(Team.name)).scalars())
    assert names == {"Eerste", "Elders"}
    assert done.aside is not None and done.aside.exists()
    assert [b.reason for b in list_backups(database_key(store.engine.url))] == ["before-restore", "phase-end"]


@pytest.mark.postgres
def test_a_shared_servers_upgrade_lists_its_archives_and_one_restores(pg_server, folder):
    from tests.conftest import _fresh_postgres
    from tests.sync.test_archive_upgrade import _at_0010_with_the_demo

    url = _fresh_postgres(pg_server)
    _at_0010_with_the_demo(url)
    opened = open_database(url)
    store = opened.store
    (listed,) = list_backups(database_key(url))
    assert (listed.path, listed.reason, listed.revision, listed.kind) == (opened.archives[0], "migration", "0010", "archive")
    teams = _teams(store)
    with store.engine.connect() as conn:
        event_id = conn.exec_driver_sql("SELECT id FROM event").scalar()
    add_team(store, event_id, None, "Na de upgrade")
    restore_archive(listed, store)
    assert _teams(store) == teams
    store.engine.dispose()
