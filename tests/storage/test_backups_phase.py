"""The backup at a phase's end: when the programme passes the phase's end, once per phase per event."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.day.programme import phase_window, programme_items
from app.event.events import create_event_from_template, event_template, get_event
from app.storage import backups
from app.storage.backups import database_key, list_backups
from app.storage.phase_backups import backup_if_due, last_ended_phase, phase_backup_due


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(backups.BACKUPS_VAR, str(tmp_path / "backups"))


def test_each_phase_end_is_backed_up_once(store, staatsprint_template):
    event_id = create_event_from_template(store, staatsprint_template, date(2026, 3, 11))
    event = get_event(store, event_id)
    template = event_template(event)
    items = programme_items(store, event_id)
    first, second = template.phases[0].key, template.phases[1].key
    start, end = phase_window(template, items, first)
    assert last_ended_phase(template, items, start) is None
    assert backup_if_due(store, event, template, end - timedelta(seconds=1)) is None
    made = backup_if_due(store, event, template, end)
    assert made is not None and made.phase == first and made.reason == "phase-end" and made.event_uid == event.uid
    assert backup_if_due(store, event, template, end + timedelta(minutes=5)) is None  # once per phase
    later = phase_window(template, items, second)[1]
    assert phase_backup_due(store, event, template, later) == second
    backup_if_due(store, event, template, later)
    kinds = {"sqlite" if store.engine.dialect.name == "sqlite" else "archive"}
    mine = list_backups(database_key(store.engine.url))
    assert [b.phase for b in mine] == [second, first] and {b.kind for b in mine} == kinds


def test_an_app_opened_after_the_day_takes_one_backup_for_the_last_phase(sqlite_store, staatsprint_template):
    event_id = create_event_from_template(sqlite_store, staatsprint_template, date(2026, 3, 11))
    event = get_event(sqlite_store, event_id)
    template = event_template(event)
    end = phase_window(template, programme_items(sqlite_store, event_id), template.phases[-1].key)[1]
    made = backup_if_due(sqlite_store, event, template, end + timedelta(days=30))
    assert made.phase == template.phases[-1].key
    assert backup_if_due(sqlite_store, event, template, end + timedelta(days=31)) is None
    assert len(list_backups()) == 1
