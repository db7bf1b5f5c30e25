"""Writes the database does not take: a full disk, a held lock, a read-only file, a refused
value. Each is a WriteFailed that says so, after which nothing of the action is stored."""

from __future__ import annotations

import errno
import sqlite3
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlmodel import select

from app.errors import DomainError, WriteFailed
from app.event.events import create_event, list_events
from app.event.teams import add_team
from app.paths import template_path
from app.storage.database import open_store
from app.storage.write_failures import write_failed
from db.engine import INTERACTIVE
from db.models import Event, Team

SOURCE = template_path("staatsprint").read_text(encoding="utf-8")


@pytest.fixture
def event_file(tmp_path):
    """(url, path, event id) of a SQLite event file that holds one event, closed again."""
    path = tmp_path / "event.sqlite"
    store = open_store(f"sqlite:///{path}")
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    store.engine.dispose()
    return f"sqlite:///{path}", path, event_id


def fill_the_disk(store, path) -> None:
    """The database may not grow by a page any more: SQLite's own "database or disk is full"."""
    store.engine.dispose()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("VACUUM")  # no free pages left inside the file either
    pages = other.execute("PRAGMA page_count").fetchone()[0]
    other.close()
    event.listen(store.engine, "connect", lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count={pages}"))


@contextmanager
def held_write_lock(path):
    """Another process's write transaction, holding SQLite's write lock until the block ends."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def team_names(store) -> list[str | None]:
    with store.read() as session:
        return [team.name for team in session.exec(select(Team)).all()]


def big_write(store, event_id):
    """One action that needs new pages: a hundred teams with long names."""
    with store.write():
        for number in range(100):
            add_team(store, event_id, None, f"Team {number} " + "x" * 70)


def test_a_full_disk_says_so_and_stores_nothing(event_file):
    url, path, event_id = event_file
    store = open_store(url)
    fill_the_disk(store, path)
    with pytest.raises(WriteFailed) as caught:
        big_write(store, event_id)
    assert caught.value.code == "db_write_full" and "disk is full" in caught.value.message
    assert "Nothing was changed" in caught.value.message
    assert team_names(store) == []


def test_a_held_lock_fails_soon_with_busy_and_stores_nothing(event_file):
    url, path, event_id = event_file
    store = open_store(url, waits=INTERACTIVE)
    with held_write_lock(path):
        assert [e.id for e in list_events(store)] == [event_id]  # reading is not held up
        with pytest.raises(WriteFailed) as caught:
            add_team(store, event_id, None, "Wachtend")
    assert caught.value.code == "db_write_locked" and "busy" in caught.value.message
    assert team_names(store) == []
    add_team(store, event_id, None, "Later")  # the lock gone, the same action works
    assert team_names(store) == ["Later"]


def test_a_read_only_file_says_so(event_file):
    url, path, event_id = event_file
    store = open_store(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(WriteFailed) as caught:
        add_team(store, event_id, None, "Alleen lezen")
    assert caught.value.code == "db_write_readonly"
    assert team_names(store) == []


def test_a_failure_inside_a_joined_write_undoes_the_whole_action(event_file, monkeypatch):
    url, _path, event_id = event_file
    store = open_store(url)
    calls = []

    def disk_error(_conn, _cursor, statement, *_args):
        calls.append(statement)
        if statement.startswith("INSERT INTO team") and len(calls) > 3:
            raise sqlite3.OperationalError("disk I/O error")

    event.listen(store.engine, "before_cursor_execute", disk_error)
    heard = []
    store.feed.subscribe(heard.append)
    with pytest.raises(WriteFailed) as caught:
        big_write(store, event_id)
    assert caught.value.code == "db_write_io" and caught.value.params["reason"] == "disk I/O error"
    assert team_names(store) == [] and heard == []


def test_a_value_postgresql_refuses_is_a_message(pg_server):
    from tests.conftest import _fresh_postgres

    store = open_store(_fresh_postgres(pg_server))
    with pytest.raises(WriteFailed) as caught:
        with store.write() as session:
            session.add(Event(name="x" * 201, template_key="staatsprint", template_json="{}", day=date(2026, 3, 11)))
    assert caught.value.code == "db_write_refused" and "too long" in caught.value.params["reason"]
    assert list_events(store) == []
    store.engine.dispose()


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "db_write_full"),
        (OSError(errno.EROFS, "Read-only file system"), "db_write_readonly"),
        (OSError(errno.EIO, "Input/output error"), "db_write_io"),
        (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")), "db_write_full"),
        (OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")), "db_write_locked"),
        (OperationalError("INSERT", {}, sqlite3.OperationalError("attempt to write a readonly database")), "db_write_readonly"),
        (DataError("INSERT", {}, sqlite3.DataError("string or blob too big")), "db_write_refused"),
    ],
)
def test_each_failure_gets_its_reason(error, code):
    failed = write_failed(error)
    assert isinstance(failed, DomainError) and failed.code == code and "Nothing was changed" in failed.message


def test_a_bug_is_not_disguised_as_a_database_failure():
    assert write_failed(ValueError("a bug")) is None
    assert write_failed(DomainError("note_empty", "an empty note")) is None
    try:
        try:
            raise IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed: member.name"))
        except IntegrityError:
            raise DomainError("member_name_duplicate", "Anna is already in this team") from None
    except DomainError as rule:
        assert write_failed(rule) is None  # a rule of the app that caught the key stays that rule


def test_a_held_row_lock_on_postgresql_fails_soon_with_busy(pg_server):
    from sqlalchemy import text

    from app.day.template import Rules
    from app.event.teams import add_member
    from app.voting.voting import ballots, cast
    from tests.conftest import _fresh_postgres

    url = _fresh_postgres(pg_server)
    writer = open_store(url)
    event_id = create_event(writer, SOURCE, date(2026, 3, 11))
    team_id = add_team(writer, event_id, None)
    anna = add_member(writer, team_id, "Anna")
    window = open_store(url, waits=INTERACTIVE)
    with writer.engine.connect() as other:  # another laptop is in the middle of placing Anna's dot
        other.execute(text("SELECT id FROM member WHERE id = :id FOR UPDATE"), {"id": anna})
        with pytest.raises(WriteFailed) as caught:
            cast(window, Rules(budget_per_member=10, several_per_item=True), team_id, "dot_vote", anna, 1)
        other.rollback()
    assert caught.value.code == "db_write_locked" and caught.value.params["reason"].startswith("canceling statement due to lock timeout")
    assert ballots(writer, team_id, "dot_vote") == []
    window.engine.dispose()
    writer.engine.dispose()


def test_opening_a_file_another_program_is_writing_says_busy(tmp_path):
    path = tmp_path / "new.sqlite"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WriteFailed) as caught:
            open_store(f"sqlite:///{path}", waits=INTERACTIVE)  # its tables cannot be made now
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.code == "db_write_locked"
    store = open_store(f"sqlite:///{path}")  # later it opens, tables and all
    assert list_events(store) == []
    store.engine.dispose()
