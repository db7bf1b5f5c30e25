"""Opening a database file: foreign files left byte for byte, typos create nothing, new files and backups named."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import DomainError
from app.storage.backups import backups_folder, database_key, list_backups
from app.storage.database import open_database, open_store
from db.engine import make_engine
from db.migrate import alembic_config
from tests.test_cli import run


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _refused(path: Path) -> DomainError:
    before = _files(path.parent)
    with pytest.raises(DomainError) as caught:
        open_store(f"sqlite:///{path}")
    assert _files(path.parent) == before  # the same bytes, and no -wal or -shm file beside it
    return caught.value


def _sqlite_file(path: Path, *statements: str) -> Path:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


def test_another_programs_sqlite_file_is_named_by_its_application_id_and_left_alone(tmp_path):
    path = _sqlite_file(tmp_path / "photos.db", "PRAGMA application_id=1196311368", "CREATE TABLE photo (id INTEGER PRIMARY KEY)")
    error = _refused(path)
    assert error.code == "db_foreign_sqlite"
    assert "SQLite database of another program (application_id 0x474E4348)" in str(error)


def test_an_sqlite_file_without_an_id_is_named_by_its_tables(tmp_path):
    path = _sqlite_file(tmp_path / "shop.db", "CREATE TABLE invoices (id INTEGER PRIMARY KEY)", "INSERT INTO invoices VALUES (7)")
    error = _refused(path)
    assert error.code == "db_not_staatsprint"
    assert "tables of another program (invoices)" in str(error)


def test_another_alembic_apps_database_is_not_called_a_newer_staatsprint(tmp_path):
    path = _sqlite_file(
        tmp_path / "other.db",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
        "CREATE TABLE account (id INTEGER PRIMARY KEY)",
    )
    error = _refused(path)
    assert error.code == "db_foreign_alembic"
    assert "another program that uses Alembic (schema revision ae1027a6acf)" in str(error)
    assert "newer" not in str(error)


def test_a_file_that_is_no_database_is_named_so(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Boodschappen: melk, brood, kaas\n" * 20, encoding="utf-8")
    error = _refused(path)
    assert error.code == "db_not_a_database"
    assert "not a database at all" in str(error)


def test_another_alembic_apps_database_on_either_engine_is_not_called_newer(db_url):
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('ae1027a6acf')"))
        conn.execute(text("CREATE TABLE account (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DomainError) as caught:
        open_store(db_url)
    assert caught.value.code == "db_foreign_alembic"


def test_a_path_in_a_missing_folder_is_refused_creating_nothing(tmp_path):
    path = tmp_path / "evnets" / "dag.sqlite"
    with pytest.raises(DomainError) as caught:
        open_store(f"sqlite:///{path}")
    assert caught.value.code == "db_folder_missing"
    assert f"the folder {tmp_path / 'evnets'} does not exist" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_the_cli_refuses_a_missing_folder_with_exit_2(tmp_path, capsys):
    code, _ = run("--db", str(tmp_path / "typo" / "dag.sqlite"), "info")
    assert code == 2
    assert "does not exist (a typo?)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_new_file_is_announced_once(tmp_path, capsys):
    path = tmp_path / "dag.sqlite"
    assert run("--db", str(path), "new-event")[0] == 0
    assert f"New database created at {path}." in capsys.readouterr().err
    assert run("--db", str(path), "info")[0] == 0
    assert "New database created" not in capsys.readouterr().err


def _at_revision(path: Path, revision: str) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def test_the_backup_before_an_upgrade_is_named_with_how_to_restore_it(tmp_path, capsys):
    path = tmp_path / "dag.sqlite"
    _at_revision(path, "0003")
    assert run("--db", str(path), "info")[0] == 2  # no event yet, but the upgrade happened
    (backup,) = [b.path for b in list_backups(database_key(f"sqlite:///{path}")) if b.revision == "0003"]
    assert backup.exists() and backup.parent == backups_folder() and backup.name.startswith("dag-migration-")
    err = capsys.readouterr().err
    assert f"Backup of your database before the upgrade: {backup}." in err
    assert f"To go back, close Staatsprint, delete {path}-wal if it is there, and copy it over {path}." in err


def test_opening_reports_the_backup_path(tmp_path):
    path = tmp_path / "dag.sqlite"
    _at_revision(path, "0004")
    opened = open_database(f"sqlite:///{path}")
    assert opened.backup == list_backups(database_key(f"sqlite:///{path}"))[0].path and opened.created is None
    assert opened.backup.parent == backups_folder()
    opened.store.engine.dispose()
    again = open_database(f"sqlite:///{path}")
    assert again.backup is None
    again.store.engine.dispose()


def test_the_cli_prints_no_traceback_for_a_foreign_file(tmp_path):
    path = _sqlite_file(tmp_path / "photos.db", "PRAGMA application_id=1196311368", "CREATE TABLE photo (id INTEGER)")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "info"], capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert "another program (application_id 0x474E4348)" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_upgrade_without_room_for_its_backup_is_refused_unchanged(tmp_path, monkeypatch):
    from app.storage import backups

    path = tmp_path / "dag.sqlite"
    _at_revision(path, "0004")

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", disk_full)
    with pytest.raises(DomainError) as caught:
        open_store(f"sqlite:///{path}")
    assert caught.value.code == "db_backup_failed"
    assert "No space left on device" in str(caught.value) and "nothing was changed" in str(caught.value)
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"
    engine.dispose()
