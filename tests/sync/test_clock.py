"""One clock for the event: laptops whose clocks are minutes fast or slow agree on stored times.

Two ``Store``s on one database are two laptops. A laptop's own clock is played by a steady clock
anchored to a wall clock minutes off (its display) and by ``db.types.local_now`` moved the same way
while it writes (what an ORM default or ``utcnow()`` would take on that laptop).
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from sqlalchemy import text, update

import db.types
from app.board.board import add_note
from app.clock.clock import SteadyClock
from app.clock.timers import TimerKey, Timers
from app.day.navigation import move_team
from app.event.events import create_event
from app.event.teams import add_team
from app.race.rounds import race_plan
from app.race.start import start_race
from app.race.writing import add_idea
from app.storage.database import open_store
from app.sync.server_clock import ServerClock, event_clock
from db.models import Note
from tests.conftest import MINI_TEMPLATE, _fresh_postgres

FAST = timedelta(minutes=3)  # this laptop's clock runs three minutes ahead
SLOW = timedelta(minutes=-4)  # this one four minutes behind


def _laptop_clock(skew: timedelta) -> SteadyClock:
    return SteadyClock(wall=lambda: datetime.now(timezone.utc) + skew)


@pytest.fixture
def shared(pg_server):
    """Two laptops on one PostgreSQL event: (store, store)."""
    url = _fresh_postgres(pg_server)
    first, second = open_store(url), open_store(url)
    yield first, second
    first.engine.dispose()
    second.engine.dispose()


@pytest.fixture
def two_laptops(db_url):
    """Two laptops on one database, each engine."""
    first, second = open_store(db_url), open_store(db_url)
    yield first, second
    first.engine.dispose()
    second.engine.dispose()


def _team(store, template) -> tuple[int, int]:
    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 3, 11))
    return event_id, add_team(store, event_id, None)


def _server_now(store) -> datetime:
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT clock_timestamp()")).scalar_one()


def _on_laptop(monkeypatch, skew: timedelta) -> None:
    monkeypatch.setattr(db.types, "local_now", lambda: datetime.now(timezone.utc) + skew)


@pytest.mark.postgres
def test_the_offset_to_the_servers_clock_is_measured(shared):
    store, _ = shared
    clock = ServerClock(store.engine, _laptop_clock(FAST))
    assert clock.offset.seconds == pytest.approx(-FAST.total_seconds(), abs=1)
    assert abs((clock.now() - _server_now(store)).total_seconds()) < 1


@pytest.mark.postgres
def test_the_offset_is_measured_again_on_reconnect(shared):
    store, _ = shared
    skew = {"now": FAST}
    clock = ServerClock(store.engine, SteadyClock(wall=lambda: datetime.now(timezone.utc) + skew["now"]))
    clock.local = _laptop_clock(SLOW)  # the laptop woke with another clock: the next connect measures it
    clock.on_status(SimpleNamespace(connected=False))
    assert clock.offset.seconds == pytest.approx(-FAST.total_seconds(), abs=1)
    clock.on_status(SimpleNamespace(connected=True))
    assert clock.offset.seconds == pytest.approx(-SLOW.total_seconds(), abs=1)


def test_a_laptop_on_its_own_database_is_the_events_clock(sqlite_store):
    assert isinstance(event_clock(sqlite_store), SteadyClock)


@pytest.mark.postgres
def test_a_timer_started_on_a_fast_laptop_shows_the_same_time_on_a_slow_one(shared, mini_template, monkeypatch):
    fast_store, slow_store = shared
    event_id, team_id = _team(fast_store, mini_template)
    fast, slow = ServerClock(fast_store.engine, _laptop_clock(FAST)), ServerClock(slow_store.engine, _laptop_clock(SLOW))
    key = TimerKey(event_id, team_id, "verkennen")
    _on_laptop(monkeypatch, FAST)
    started = Timers(fast_store, _laptop_clock(FAST)).apply(key, 300, "start")  # the laptop's own clock: not used
    assert abs((started.started_at - _server_now(fast_store)).total_seconds()) < 1  # the server's time, not the laptop's
    _on_laptop(monkeypatch, SLOW)
    on_slow = Timers(slow_store, slow).state(key, 300)
    assert on_slow.remaining(slow.now()) == pytest.approx(300, abs=1)
    assert started.remaining(fast.now()) == pytest.approx(300, abs=1)
    paused = Timers(slow_store, _laptop_clock(SLOW)).apply(key, 300, "pause")  # paused on the slow one: still the server's time
    assert abs((paused.paused_at - _server_now(slow_store)).total_seconds()) < 1
    assert Timers(fast_store, fast).state(key, 300).remaining(fast.now()) == pytest.approx(300, abs=1)


@pytest.mark.postgres
def test_an_idea_from_a_slow_laptop_counts_in_the_round_it_was_written(shared, mini_template, monkeypatch):
    facilitator, team_laptop = shared
    event_id, team_id = _team(facilitator, mini_template)
    plan = race_plan(mini_template, "idea_sprint")
    move_team(facilitator, team_id, plan.step_key, mini_template)
    _on_laptop(monkeypatch, FAST)
    start_race(Timers(facilitator, _laptop_clock(FAST)), mini_template, event_id, team_id, plan.step_key)
    ideas = []
    for skew in (SLOW, timedelta(minutes=30)):  # behind the start signal, and past the round's end
        _on_laptop(monkeypatch, skew)
        timers = Timers(team_laptop, _laptop_clock(skew))  # what it stores comes from the server all the same
        ideas.append(add_idea(timers, mini_template, event_id, team_id, plan.step_key, None, f"idea {skew}"))
    with team_laptop.read() as session:
        assert [session.get(Note, idea).part_key for idea in ideas] == [plan.first_round] * 2


@pytest.mark.postgres
def test_stored_times_are_the_servers_whatever_the_laptop_says(shared, mini_template, monkeypatch):
    store, _ = shared
    _, team_id = _team(store, mini_template)
    _on_laptop(monkeypatch, timedelta(minutes=-7))
    note_id = add_note(store, team_id, "verkennen", None, "a note", 10, 10)
    with store.write() as session:
        store.execute(session, update(Note).where(Note.id == note_id).values(x=20))
    server = _server_now(store)
    with store.read() as session:
        note = session.get(Note, note_id)
        for stored in (note.created_at, note.updated_at):
            assert abs((stored - server).total_seconds()) < 2


def test_on_its_own_database_a_laptop_stores_its_own_time(sqlite_store, mini_template, monkeypatch):
    _, team_id = _team(sqlite_store, mini_template)
    _on_laptop(monkeypatch, timedelta(minutes=-7))
    note_id = add_note(sqlite_store, team_id, "verkennen", None, "a note", 10, 10)
    with sqlite_store.read() as session:
        created = session.get(Note, note_id).created_at
    assert abs((created - datetime.now(timezone.utc)).total_seconds() + 7 * 60) < 2


def test_a_minute_added_on_two_laptops_at_once_adds_two(two_laptops, mini_template):
    first, second = two_laptops
    event_id, team_id = _team(first, mini_template)
    key = TimerKey(event_id, team_id, "verkennen")
    Timers(first, SteadyClock()).apply(key, 300, "start")
    ready, failures = threading.Barrier(2), []

    def press(store) -> None:
        ready.wait()
        try:
            Timers(store, SteadyClock()).apply(key, 300, "extend", 60)
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    pressers = [threading.Thread(target=press, args=(store,)) for store in (first, second)]
    for presser in pressers:
        presser.start()
    for presser in pressers:
        presser.join()
    assert failures == []
    state = Timers(second, SteadyClock()).state(key, 300)
    assert state.extended_s == 120
    assert state.remaining(SteadyClock().now()) == pytest.approx(420, abs=2)
