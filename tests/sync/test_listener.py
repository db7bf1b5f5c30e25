"""The listener on a real PostgreSQL: two stores on one database are two laptops; what one commits
reaches the other's feed through NOTIFY; forged or unknown payloads change nothing; a killed
listening connection comes back by itself and asks every view to re-read."""

from __future__ import annotations

import asyncio

import psycopg
import pytest
from sqlalchemy import text

from app.storage.database import open_store
from app.storage.feed import RESYNC, Change
from app.sync.listener import APPLICATION_NAME, Listener, listen_conninfo, listener_of
from app.sync.wire import CHANNEL
from db.engine import PG_KEEPALIVES
from db.models import Event
from tests.conftest import _fresh_postgres

pytestmark = pytest.mark.postgres


@pytest.fixture
def laptops(pg_server):
    """Two stores on one fresh database: laptop A and laptop B."""
    url = _fresh_postgres(pg_server)
    a, b = open_store(url), open_store(url)
    yield a, b
    a.engine.dispose()
    b.engine.dispose()


async def until(condition, seconds: float = 5.0) -> None:
    """Wait (not sleep a fixed time) until ``condition()`` holds; fail after ``seconds``."""
    async def check() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(check(), seconds)


def hearing(store) -> list[tuple[Change, ...]]:
    batches: list[tuple[Change, ...]] = []
    store.feed.subscribe(batches.append)
    return batches


def add_event(store, name: str = "Staatsprint") -> Event:
    with store.write() as session:
        event = Event(name=name, template_key="x", template_json="{}", day="2027-03-10")
        session.add(event)
    return event


def run_listening(store, check, **options) -> None:
    """Run a listener for ``store`` while ``check(listener)`` (a coroutine) runs; stop it after."""
    async def main() -> None:
        listener = Listener(store, **options)
        task = asyncio.ensure_future(listener.run())
        try:
            await until(lambda: listener.status.connected)
            await check(listener)
        finally:
            listener.stop()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    asyncio.run(main())


def test_a_commit_on_one_laptop_reaches_the_others_feed_within_a_second(laptops):
    a, b = laptops
    heard_by_b, heard_by_a = hearing(b), hearing(a)

    async def check(listener) -> None:
        assert listener_of(b) is listener
        event = add_event(a)
        await until(lambda: (Change("event", "insert", event.id, None, event.id),) in heard_by_b, seconds=1.0)
        assert heard_by_a == [(Change("event", "insert", event.id, None, event.id),)]  # its own: heard once, at the commit

    run_listening(b, check)
    assert listener_of(b) is None


def test_the_listener_skips_its_own_stores_notifications(laptops):
    a, _ = laptops
    heard = hearing(a)

    async def check(_listener) -> None:
        add_event(a, "Eigen")
        add_event(a, "Nog een")
        await asyncio.sleep(0)  # nothing to wait for: the point is that nothing more arrives
        with psycopg.connect(listen_conninfo(a.engine.url), autocommit=True) as other:
            other.execute("SELECT pg_notify(%s, %s)", (CHANNEL, '{"v":1,"o":"elders","c":[["event","u",1,null,1]]}'))
        await until(lambda: (Change("event", "update", 1, None, 1),) in heard)

    run_listening(a, check)
    own = [batch for batch in heard if batch[0].table == "event" and batch[0].action == "insert"]
    assert len(own) == 2  # each once: the commit told the feed, the listener did not repeat it


def test_an_unknown_or_forged_payload_is_ignored_and_the_listener_keeps_listening(laptops, caplog):
    a, b = laptops
    heard = hearing(b)
    event = add_event(a)

    async def check(_listener) -> None:
        heard.clear()
        with psycopg.connect(listen_conninfo(a.engine.url), autocommit=True) as other:
            for payload in ("not json", '{"v":1,"o":"x","c":[["secret","i",1,1,1]]}', '{"v":9}', "[" * 5000):
                other.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
        add_event(a, "Daarna")
        await until(lambda: any(batch[0].table == "event" for batch in heard))

    run_listening(b, check)
    assert [batch[0].action for batch in heard] == ["insert"]
    assert caplog.text.count("ignored a notification") == 4
    with b.read() as session:
        assert session.get(Event, event.id).name == "Staatsprint"


def test_a_killed_listening_connection_reconnects_by_itself_and_asks_views_to_re_read(laptops):
    a, b = laptops
    heard = hearing(b)
    statuses = []

    async def check(listener) -> None:
        listener.on_status.append(statuses.append)
        first_pid = listener.backend_pid
        heard.clear()
        with a.engine.begin() as conn:
            killed = conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE application_name = :name AND pid = :pid"),
                                  {"name": APPLICATION_NAME, "pid": first_pid}).scalar()
        assert killed
        await until(lambda: listener.backend_pid != first_pid and listener.status.connected, seconds=10)
        await until(lambda: (RESYNC,) in heard)
        event = add_event(a, "Na het herstel")
        await until(lambda: (Change("event", "insert", event.id, None, event.id),) in heard, seconds=1.0)

    run_listening(b, check, heartbeat_s=0.3, answer_s=1.0, first_retry_s=0.05)
    assert [status.connected for status in statuses] == [False, True]
    assert statuses[0].lost_since is not None


def test_a_failed_work_connection_shows_at_once_and_clears_when_the_server_answers(laptops):
    _, b = laptops
    heard = hearing(b)
    statuses = []

    async def check(listener) -> None:
        listener.on_status.append(statuses.append)
        heard.clear()
        from app.errors import WriteFailed

        for hear in b.write_failures:
            hear(WriteFailed("db_write_connection", "saving failed: the connection to the database server was lost"))
        assert listener.status.connected is False  # at once: the banner need not wait for the heartbeat
        await until(lambda: listener.status.connected)
        await until(lambda: (RESYNC,) in heard)

    run_listening(b, check, heartbeat_s=30)
    assert [status.connected for status in statuses] == [False, True]


def test_the_work_connection_keeps_tcp_alive_and_is_the_only_one(laptops):
    a, _ = laptops
    assert a.engine.pool.size() == 1 and a.engine.pool._max_overflow == 0
    with a.engine.connect() as conn:
        parameters = conn.connection.dbapi_connection.info.get_parameters()
    assert {key: parameters.get(key) for key in PG_KEEPALIVES} == {key: str(value) for key, value in PG_KEEPALIVES.items()}


def test_the_listening_connection_keeps_tcp_alive(laptops):
    _, b = laptops

    async def check(listener) -> None:
        with b.engine.begin() as conn:
            row = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid AND application_name = :name"),
                               {"pid": listener.backend_pid, "name": APPLICATION_NAME}).scalar()
        assert row == 1
        assert {key: listener.parameters.get(key) for key in PG_KEEPALIVES} == {key: str(v) for key, v in PG_KEEPALIVES.items()}

    run_listening(b, check)
