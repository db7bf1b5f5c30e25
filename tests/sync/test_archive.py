"""Event archives: a whole event moved between databases (both engines, and SQLite → PostgreSQL)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from app.demo.event import create_demo_event
from app.errors import DomainError
from app.storage.database import open_store
from app.sync.archive import export_archive, import_archive
from app.sync.row_codec import encode_value, event_tables, references
from db.models import Event, Note, Team
from db.models_sync import DbInfo, RowOrigin

NOW = datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc)
SOFT = {"target_id", "idea_ids"}


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory):
    """The demo event, made once on SQLite, and its archive."""
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'home.sqlite'}")
    event_id = create_demo_event(store, NOW)
    data = export_archive(store, event_id)
    yield store, event_id, data
    store.engine.dispose()


@pytest.fixture(scope="module")
def untouched(tmp_path_factory):
    """A database refusals are tried on: they write nothing, so one serves them all."""
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('refusals') / 'untouched.sqlite'}")
    yield store
    store.engine.dispose()


@pytest.fixture
def other(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'other.sqlite'}")
    yield store
    store.engine.dispose()


def comparable(store, event_uid: str) -> dict[str, list]:
    """Every table's rows of the event, without ids (references shown as the referenced row's id-free key)."""
    from app.sync.row_codec import event_rows

    with store.read() as session:
        event_id = session.scalars(select(Event.id).where(Event.uid == event_uid)).one()
        rows = event_rows(session, event_id)
    out = {}
    for table in event_tables():
        skip = {"id"} | set(references(table)) | SOFT
        out[table.name] = sorted(json.dumps([encode_value(table.c[k], v) for k, v in sorted(row.items()) if k not in skip])
                                 for row in rows.get(table.name, []))
    return out


def counts(store) -> dict[str, int]:
    with store.read() as session:
        return {t.name: session.execute(select(func.count()).select_from(t)).scalar() for t in SQLModel.metadata.sorted_tables}


def test_the_demo_event_moves_whole_and_keeps_its_identity(demo_archive, store):
    home, event_id, data = demo_archive
    report = import_archive(store, data, name="demo.staatsprint-archive")
    assert report.totals[0] > 1000 and report.totals[1:] == (0, 0)
    with home.read() as session:
        event = session.get(Event, event_id)
        home_uid = session.scalars(select(DbInfo.value).where(DbInfo.key == "uid")).one()
    assert comparable(store, event.uid) == comparable(home, event.uid)
    with store.read() as session:
        moved = session.scalars(select(Event).where(Event.uid == event.uid)).one()
        origins = session.scalars(select(RowOrigin).where(RowOrigin.event_id == moved.id)).all()
        notes = session.scalars(select(Note).where(Note.team_id.in_(select(Team.id).where(Team.event_id == moved.id)))).all()
    assert origins and {o.source for o in origins} == {home_uid}
    assert len(origins) == report.totals[0]  # every row added says where it came from
    assert notes and all(n.team_id is not None for n in notes)


def test_importing_the_same_archive_twice_changes_nothing(demo_archive, store):
    _home, _event_id, data = demo_archive
    import_archive(store, data)
    before = counts(store)
    again = import_archive(store, data)
    assert again.totals[:2] == (0, 0) and again.totals[2] > 1000
    assert counts(store) == before


def test_an_event_goes_home_updated_without_duplicates(demo_archive, other):
    """Prepare at home, serve elsewhere (edit there), take it home: rows are found again by their origin."""
    home_file, event_id, data = demo_archive
    home = open_store(str(home_file.engine.url).replace("home.sqlite", "home2.sqlite"))
    import_archive(home, data)  # a copy of home that is itself the source below
    with home.read() as session:
        uid = session.scalars(select(Event.uid)).one()
    import_archive(other, export_archive(home, _event_of(home, uid)))
    with other.write() as session:
        note = session.scalars(select(Note).order_by(Note.id)).first()
        note.text = "written on the day"
    before = counts(home)
    report = import_archive(home, export_archive(other, _event_of(other, uid)))
    assert report.totals[:2] == (0, 1)
    assert counts(home) == before
    with home.read() as session:
        assert session.scalars(select(Note).where(Note.text == "written on the day")).one()
    home.engine.dispose()


def test_an_older_archive_does_not_overwrite_newer_work(demo_archive, other):
    _home, _event_id, data = demo_archive
    import_archive(other, data)
    with other.write() as session:
        note = session.scalars(select(Note).order_by(Note.id)).first()
        note.text = "newer here"
    report = import_archive(other, data)
    assert report.totals[1] == 0
    with other.read() as session:
        assert session.scalars(select(Note).order_by(Note.id)).first().text == "newer here"


@pytest.mark.parametrize("spoil", ["altered", "truncated", "garbage", "empty", "other_kind"])
def test_a_damaged_archive_is_refused_and_nothing_written(demo_archive, untouched, spoil):
    other = untouched
    _home, _event_id, data = demo_archive
    if spoil == "altered":
        at = data.index(b'"text"')  # a byte inside a note's text: still JSON, no longer the sealed content
        at = data.index(b"Het", at) if b"Het" in data[at:] else data.index(b"a", at + 10)
        bad = data[:at] + bytes([data[at] ^ 1]) + data[at + 1:]
    else:
        bad = {"truncated": data[: len(data) // 2], "garbage": b"\x00\xffnot json", "empty": b"",
               "other_kind": data.replace(b'"kind": "event-archive"', b'"kind": "team-file"')}[spoil]
    before = counts(other)
    with pytest.raises(DomainError) as caught:
        import_archive(other, bad, name="stick.staatsprint-archive")
    assert caught.value.code in {"sealed_altered", "sealed_not_json", "sealed_wrong_kind", "sealed_not_sealed"}
    assert "stick.staatsprint-archive" in str(caught.value)
    assert counts(other) == before


def test_an_archive_of_a_newer_schema_is_refused_naming_the_version(demo_archive, untouched):
    other = untouched
    from app.signed.sealed import open_sealed, seal
    from app.sync import archive

    _home, _event_id, data = demo_archive
    with other.read() as session:
        body = open_sealed(data, archive.KIND, lambda b: archive._key_for(session, b), max_bytes=archive.MAX_BYTES)
    body = {**body, "schema": "0099", "app_version": "3.1.0"}
    secret = archive._carried_secret(body)
    before = counts(other)
    with pytest.raises(DomainError) as caught:
        import_archive(other, seal(archive.KIND, body, archive.archive_key(secret)))
    assert caught.value.code == "sync_file_newer" and "3.1.0" in str(caught.value)
    assert counts(other) == before


@pytest.mark.postgres
def test_the_demo_event_moves_from_sqlite_to_postgresql_and_back(demo_archive, pg_server, tmp_path):
    from tests.conftest import _fresh_postgres

    home, event_id, data = demo_archive
    server = open_store(_fresh_postgres(pg_server))
    try:
        import_archive(server, data)
        with home.read() as session:
            uid = session.get(Event, event_id).uid
            teams = session.scalars(select(Team.id).order_by(Team.id)).all()
        assert comparable(server, uid) == comparable(home, uid)
        with server.read() as session:  # ids kept on a fresh database (jury kits name teams by id)
            assert session.scalars(select(Team.id).order_by(Team.id)).all() == teams
        back = open_store(f"sqlite:///{tmp_path / 'back.sqlite'}")
        import_archive(back, export_archive(server, _event_of(server, uid)))
        assert comparable(back, uid) == comparable(home, uid)
        back.engine.dispose()
        with server.write() as session:  # the id sequences were moved past the kept ids
            session.add(Note(team_id=teams[0], step_key="brain_dump", text="one more"))
    finally:
        server.engine.dispose()


def _event_of(store, uid: str) -> int:
    with store.read() as session:
        return session.scalars(select(Event.id).where(Event.uid == uid)).one()
