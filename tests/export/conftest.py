"""The demo event once per module (on SQLite: the snapshot reads, it never writes), and an empty team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest

from app.demo.event import create_demo_event
from app.event.events import create_event_from_file
from app.event.teams import add_team
from app.paths import template_path
from app.storage.database import open_store
from app.storage.store import Store

NOW = datetime(2026, 11, 24, 14, 30, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Demo:
    store: Store
    event_id: int
    now: datetime


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Demo:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}")
    yield Demo(store, create_demo_event(store, NOW), NOW)
    store.engine.dispose()


@dataclass(frozen=True)
class Empty:
    store: Store
    event_id: int
    team_id: int


@pytest.fixture
def empty_team(tmp_path) -> Empty:
    store = open_store(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    event_id = create_event_from_file(store, template_path("staatsprint"), date(2026, 11, 24), "Lege dag")
    yield Empty(store, event_id, add_team(store, event_id, "markt_overheid"))
    store.engine.dispose()
