"""The phase-end backup (app/storage/phase_backups.py): how long taking it would hold the window's thread.

``take_phase_backup`` timed as the watcher called it before (in the window's thread), on a big day: SQLite (the whole file copied with the
backup API) at 10,000 and 50,000 notes, and PostgreSQL (the event's archive, sealed) at 10,000 notes. A
figure over ~100 ms would be a visible hitch of the window (a missed timer tick, a stalled drag), which is
why ui/storage/backups_wiring.py takes it in a worker thread (the window only notices that it is done).
``phase_backup_due_*`` is what stays in the window's thread every 30 s: is a backup due.

    .venv/bin/python bench/phase_backup.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import figure, median  # noqa: E402

RUNS = 5


def fill(url: str, notes: int):
    """An event with one team and ``notes`` notes on its brain dump; (store, event)."""
    from sqlalchemy import insert

    from app.event.events import create_event, get_event
    from app.event.teams import add_member, add_team
    from app.paths import template_path
    from app.storage.database import open_store
    from db.models import Note
    from db.types import utcnow

    store = open_store(url)
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today(), "Benchmark")
    team_id = add_team(store, event_id, None, "Het Wiel")
    author = add_member(store, team_id, "Anna")
    now = utcnow()
    rows = [{"team_id": team_id, "step_key": "braindump", "author_id": author, "author_name": "Anna",
             "text": f"Gedachte {n}: inkoop duurt te lang en niemand weet waarom {n % 97}", "colour": "yellow",
             "x": float(n % 100) * 30, "y": float(n // 100) * 20, "part_key": "", "version": 1, "created_at": now,
             "updated_at": now} for n in range(notes)]
    with store.engine.begin() as connection:
        connection.execute(insert(Note.__table__), rows)
    return store, get_event(store, event_id)


def timed(store, event, runs: int = RUNS) -> float:
    from app.storage.phase_backups import take_phase_backup

    spent = []
    for _ in range(runs):
        start = time.perf_counter()
        take_phase_backup(store, event, "explore")
        spent.append((time.perf_counter() - start) * 1000)
    return median(spent)


def due_check(store, event, runs: int = RUNS) -> float:
    """What stays in the window's thread: is a phase's backup due (a query and the folder's listing)."""
    from datetime import datetime, timezone

    from app.event.events import event_template
    from app.storage.phase_backups import phase_backup_due

    template, later = event_template(event), datetime(2100, 1, 1, tzinfo=timezone.utc)
    spent = []
    for _ in range(runs):
        start = time.perf_counter()
        phase_backup_due(store, event, template, later)
        spent.append((time.perf_counter() - start) * 1000)
    return median(spent)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-phase-backup-"))
    os.environ["STAATSPRINT_BACKUPS"] = str(folder / "backups")
    for notes in (10_000, 50_000):
        path = folder / f"day-{notes}.sqlite"
        store, event = fill(f"sqlite:///{path}", notes)
        size = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
        print(f"# sqlite {notes} notes: {size / 1e6:.1f} MB (file + WAL)", file=sys.stderr)
        figure(f"phase_backup_sqlite_{notes // 1000}k_ms", timed(store, event), "ms")
        figure(f"phase_backup_due_sqlite_{notes // 1000}k_ms", due_check(store, event), "ms", 1)
        store.engine.dispose()
    try:
        from tests.pg import PostgresUnavailable, ThrowawayPostgres
    except ImportError:
        return
    server = ThrowawayPostgres()
    try:
        url = server.start()
    except PostgresUnavailable as reason:
        print(f"# no PostgreSQL: {reason}", file=sys.stderr)
        return
    try:
        store, event = fill(url, 10_000)
        figure("phase_backup_postgres_10k_ms", timed(store, event), "ms")
        figure("phase_backup_due_postgres_10k_ms", due_check(store, event), "ms", 1)
        store.engine.dispose()
    finally:
        server.halt()


if __name__ == "__main__":
    main()
