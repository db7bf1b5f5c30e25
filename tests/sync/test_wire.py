"""What a commit announces to other laptops: ids and kinds only, a summary when too many, strict reading."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from app.storage.feed import RESYNC, Change
from app.sync.wire import CHANNEL, MAX_BYTES, decode, encode

TABLES = frozenset(SQLModel.metadata.tables)


def test_a_commit_round_trips_as_ids_and_kinds():
    changes = (Change("note", "insert", 12, 3, 1), Change("event", "update", 1, None, 1))
    assert decode(encode("abc", changes), TABLES) == ("abc", changes)


def test_a_batch_too_large_to_list_is_sent_as_a_resync_of_its_events():
    changes = tuple(Change("note", "insert", row, 3, 1) for row in range(2000))
    payload = encode("abc", changes)
    assert len(payload.encode()) <= MAX_BYTES
    assert decode(payload, TABLES) == ("abc", (RESYNC,))


@pytest.mark.parametrize("payload", [
    "", "not json", "[]", '{"v": 2, "o": "x", "c": []}', '{"v": 1, "c": []}',
    '{"v": 1, "o": "x", "c": [["secret_table", "i", 1, 1, 1]]}',
    '{"v": 1, "o": "x", "c": [["note", "start_race", 1, 1, 1]]}',
    '{"v": 1, "o": "x", "c": [["note", "i", "1; DROP TABLE note", 1, 1]]}',
    '{"v": 1, "o": "x", "c": [["note", "i", 1.5, 1, 1]]}',
    '{"v": 1, "o": "x", "c": [["note", "i", 1, 1]]}',
])
def test_a_payload_the_app_does_not_know_is_ignored(payload, caplog):
    assert decode(payload, TABLES) is None
    assert "ignored a notification" in caplog.text


@pytest.mark.postgres
def test_a_commit_on_postgresql_notifies_its_changes_once_committed(pg_server):
    from app.storage.database import open_store
    from db.models import Event

    from tests.conftest import _fresh_postgres

    url = _fresh_postgres(pg_server)
    store = open_store(url)
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        with pytest.raises(RuntimeError):
            with store.write() as session:
                session.add(Event(name="Teruggedraaid", template_key="x", template_json="{}", day="2027-03-10"))
                raise RuntimeError("rolled back: nothing announced")
        with store.write() as session:
            event = Event(name="Staatsprint", template_key="x", template_json="{}", day="2027-03-10")
            session.add(event)
        received = [n.payload for n in listener.notifies(timeout=5, stop_after=1)]
    store.engine.dispose()
    assert [decode(p, TABLES) for p in received] == [(store.origin, (Change("event", "insert", event.id, None, event.id),))]
