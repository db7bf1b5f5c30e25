"""What one laptop (a thread with its own engine, or a process) does in the race tests."""

from __future__ import annotations

from datetime import datetime, timezone

from app.clock.clock import FakeClock
from app.clock.timers import TimerKey, Timers
from app.day.template import Rules
from app.errors import DomainError
from app.event.teams import add_member
from app.storage.database import open_store
from app.voting.voting import cast

TEN_DOTS = Rules(budget_per_member=10, several_per_item=True)
NOON = datetime(2026, 3, 11, 12, 0, tzinfo=timezone.utc)


def _what(error: Exception) -> str:
    """A refusal's code, or the first line of anything else."""
    if isinstance(error, DomainError):
        return error.code
    return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"


def cast_dots(url: str, team_id: int, voter_id: int, targets: list[int], barrier) -> list[str]:
    """Cast one dot per target as fast as possible, from the barrier on; what was refused."""
    store = open_store(url)
    refused = []
    try:
        barrier.wait()
        for target in targets:
            try:
                cast(store, TEN_DOTS, team_id, "dot_vote", voter_id, target)
            except Exception as error:  # noqa: BLE001 - the test lists whatever went wrong
                refused.append(_what(error))
    finally:
        store.engine.dispose()
    return refused


def start_timers(url: str, keys: list[TimerKey], barrier) -> list[str]:
    """Start each timer at the same moment as the other laptop; what was refused."""
    store = open_store(url)
    timers = Timers(store, FakeClock(NOON))
    refused = []
    try:
        for key in keys:
            barrier.wait()
            try:
                timers.apply(key, 300, "start")
            except Exception as error:  # noqa: BLE001 - the test lists whatever went wrong
                refused.append(_what(error))
    finally:
        store.engine.dispose()
    return refused


def busy_laptop(url: str, name: str, team_id: int, event_id: int, voter_id: int, barrier, results) -> None:
    """A process that adds members, casts dots and starts timers while another does the same."""
    store = open_store(url)
    timers = Timers(store, FakeClock(NOON))
    refused = []
    barrier.wait()
    for number in range(5):
        for action in (
            lambda: add_member(store, team_id, f"{name} {number}"),
            lambda: cast(store, TEN_DOTS, team_id, "dot_vote", voter_id, 100 + number),
            lambda: timers.apply(TimerKey(event_id, None, f"plenary_{number}"), 300, "start"),
            lambda: timers.apply(TimerKey(event_id, team_id, f"step_{number}"), 300, "start"),
        ):
            try:
                action()
            except Exception as error:  # noqa: BLE001 - the test lists whatever went wrong
                refused.append(_what(error))
    store.engine.dispose()
    results.put((name, refused))
