"""The outbox tests' own PostgreSQL server, which they stop and start again (the session's is shared)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from tests.pg import PostgresUnavailable, ThrowawayPostgres


class StoppableServer:
    def __init__(self) -> None:
        self.server = ThrowawayPostgres()
        self.url = self.server.start()
        self.up = True

    def stop(self) -> None:
        """Gone, as a server that was shut down or a laptop off the network: connections refused."""
        self.server.halt()
        self.up = False

    def start(self) -> None:
        self.server.resume()
        self.up = True

    def close(self) -> None:
        self.server.stop()


def stoppable_server():
    try:
        server = StoppableServer()
    except (PostgresUnavailable, subprocess.CalledProcessError) as exc:
        pytest.skip(str(exc))
    return server


def event_with_team(store) -> tuple[int, int]:
    source = template_path("staatsprint").read_text(encoding="utf-8")
    event_id = create_event(store, source, date(2026, 3, 11))
    return event_id, add_team(store, event_id, "gemeentelijke_it")
