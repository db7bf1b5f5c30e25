"""Two laptops at once: dots, timers and members written concurrently keep every row and rule.

On PostgreSQL each laptop is a thread with its own engine (its own connections); a barrier
makes them collide. On SQLite they are two processes on one file.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from threading import Barrier

import pytest
from sqlmodel import select

from app.clock.timers import TimerKey
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from app.storage.database import open_store
from app.voting.voting import ballots, cast
from db.models import Member, StepState, Vote
from tests.conftest import _fresh_postgres
from tests.storage.race_workers import TEN_DOTS, busy_laptop, cast_dots, start_timers

SOURCE = template_path("staatsprint").read_text(encoding="utf-8")


def an_event(url: str) -> tuple[int, int, int]:
    """(event, team, voter) in a fresh event at ``url``."""
    store = open_store(url)
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    voter_id = add_member(store, team_id, "Anna")
    store.engine.dispose()
    return event_id, team_id, voter_id


def rows(url: str, model, *where):
    store = open_store(url)
    with store.read() as session:
        found = list(session.exec(select(model).where(*where)).all())
    store.engine.dispose()
    return found


def race(laptops: int, work, *per_laptop):
    """Run ``work(*args, barrier)`` on ``laptops`` threads at once; their results."""
    barrier = Barrier(laptops, timeout=60)
    with ThreadPoolExecutor(laptops) as pool:
        futures = [pool.submit(work, *args, barrier) for args in per_laptop]
        return [future.result() for future in futures]


@pytest.fixture
def pg_url(pg_server):
    return _fresh_postgres(pg_server)


def test_seventeen_casts_against_a_budget_of_ten_store_exactly_ten(pg_url):
    _event_id, team_id, anna = an_event(pg_url)
    # Four laptops place Anna's dots at once, often on the same item: 17 tries, 10 dots to place.
    plans = [[1, 2, 1, 2, 1], [1, 1, 3, 3], [2, 1, 2, 1], [3, 1, 3, 1]]
    refused = race(4, cast_dots, *((pg_url, team_id, anna, targets) for targets in plans))
    stored = rows(pg_url, Vote, Vote.team_id == team_id)
    assert sum(vote.dots for vote in stored) == 10
    assert sorted(code for codes in refused for code in codes) == ["vote_budget"] * 7
    assert all(vote.version == vote.dots for vote in stored)  # each dot after the first raised the version


def test_two_laptops_starting_the_same_new_timers_make_one_row_each(pg_url):
    event_id, team_id, _anna = an_event(pg_url)
    keys = [TimerKey(event_id, None, f"plenary_{n}") for n in range(5)] + [TimerKey(event_id, team_id, f"step_{n}") for n in range(5)]
    refused = race(2, start_timers, (pg_url, keys), (pg_url, keys))
    assert refused == [[], []]
    stored = rows(pg_url, StepState, StepState.event_id == event_id)
    assert sorted((row.team_id or 0, row.step_key) for row in stored) == sorted((key.team_id or 0, key.step_key) for key in keys)
    assert all(row.started_at is not None for row in stored)


def test_an_atomic_dot_is_announced_and_versioned(store, staatsprint_template):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    anna = add_member(store, team_id, "Anna")
    heard = []
    store.feed.subscribe(heard.append)
    cast(store, TEN_DOTS, team_id, "dot_vote", anna, 7)
    cast(store, TEN_DOTS, team_id, "dot_vote", anna, 7)
    with store.read() as session:
        (vote,) = session.exec(select(Vote).where(Vote.team_id == team_id)).all()
    assert (vote.dots, vote.version) == (2, 2)
    assert [[(c.table, c.action, c.row_id, c.team_id) for c in batch] for batch in heard] == [
        [("vote", "insert", vote.id, team_id)],
        [("vote", "update", vote.id, team_id)],
    ]
    assert [b.dots for b in ballots(store, team_id, "dot_vote")] == [2]


def test_two_processes_write_members_dots_and_timers_to_one_sqlite_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'event.sqlite'}"
    event_id, team_id, anna = an_event(url)
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no Qt, no pytest state
    barrier, results = context.Barrier(2, timeout=60), context.Queue()
    laptops = [context.Process(target=busy_laptop, args=(url, name, team_id, event_id, anna, barrier, results))
               for name in ("Laptop A", "Laptop B")]
    for laptop in laptops:
        laptop.start()
    reports = dict(results.get(timeout=120) for _ in laptops)
    for laptop in laptops:
        laptop.join(timeout=60)
    assert reports == {"Laptop A": [], "Laptop B": []}  # nothing refused
    members = rows(url, Member, Member.team_id == team_id)
    assert len(members) == 11 and len({m.position for m in members}) == 11
    assert sum(vote.dots for vote in rows(url, Vote, Vote.team_id == team_id)) == 10
    timers = rows(url, StepState, StepState.event_id == event_id)
    assert len(timers) == 10 and all(row.started_at is not None for row in timers)
