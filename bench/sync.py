"""How long until the other laptops of a shared event see a note: live sync over LISTEN/NOTIFY.

Run from the repository root, no arguments: ``.venv/bin/python bench/sync.py``. It starts its own
PostgreSQL on loopback (Debian's binaries, a throwaway cluster with ``max_connections`` set for 200
laptops: two connections each, the app's at most), creates one event (the mini sprint's template,
teams of five laptops), and then:

- ``pg_notify_roundtrip_ms``: the floor. A bare ``SELECT pg_notify(...)`` on an autocommit connection
  until an async psycopg connection LISTENing in the same process has it; median of 40, measured
  before each crowd starts typing (the median of those is printed).
- ``sync_p50_ms``, ``sync_p95_ms`` (30 laptops): each laptop (bench/sync_client.py: a real app
  ``Store`` and a listener like the app's) adds a note with the app's own ``add_note`` every 2–4 s,
  jittered, for 10 s. Timed per note and per other laptop: from the moment the author pressed Enter
  (before ``add_note``: the write, its ``pg_notify`` and the commit included) until that laptop had
  it — decoded from the notification, and, for a laptop of the author's own team, the note read back
  through its own Store, as its board would. p50/p95 over all those deliveries.
  ``sync_all_seen_p95_ms``: per note, until the LAST other laptop had it. ``sync_p95_ratio``: the p95
  against the floor (goal: p95 ≤ 300 ms and ≤ 3×). ``sync_missed``: deliveries that never arrived.
  ``sync_commit_p50_ms``: the author's ``add_note`` alone (write, notify, commit), part of each delivery.
- ``sync200_…``: the same with 200 laptops (400 connections).

Not timed: starting the server, creating the event, connecting the laptops, the painting of the
note on the receiving screen (bench/board.py times that: ``note_add_on_screen_ms``).

Laptops are asyncio tasks in a few worker processes (``WORKERS``), not one process each: 200 Python
processes (each ~60 MB with the app imported) on a 2-core machine would measure the scheduler, not
the sync; a real laptop has its own cores. bench/README.md gives a comparison at 30 laptops.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import figure, median, p95  # noqa: E402
from bench.sync_server import BenchPostgres  # noqa: E402

TEAM_SIZE = 5
TYPING_S = 10.0
WORKERS = int(os.environ.get("SYNC_BENCH_WORKERS", "4"))  # processes hosting the laptops


def make_event(url: str, laptops: int) -> tuple[list[int], str]:
    from app.event.events import create_event
    from app.event.teams import add_team
    from app.storage.database import open_store
    from tests.conftest import MINI_TEMPLATE

    store = open_store(url)
    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 3, 11))
    teams = [add_team(store, event_id, None) for _ in range((laptops + TEAM_SIZE - 1) // TEAM_SIZE)]
    store.engine.dispose()
    return teams, "ideas_dump"


async def _notify_roundtrips(url: str, count: int = 40) -> list[float]:
    import psycopg

    from bench.sync_client import libpq_url

    listener = await psycopg.AsyncConnection.connect(libpq_url(url), autocommit=True)
    sender = await psycopg.AsyncConnection.connect(libpq_url(url), autocommit=True)
    await listener.execute("LISTEN bench_floor")
    times = []
    notifies = listener.notifies()
    for n in range(count):
        sent = time.monotonic()
        await sender.execute("SELECT pg_notify('bench_floor', %s)", (str(n),))
        notify = await anext(notifies)
        assert notify.payload == str(n)
        times.append((time.monotonic() - sent) * 1000)
        await asyncio.sleep(0.01)
    await notifies.aclose()
    await listener.close()
    await sender.close()
    return times


def notify_roundtrip_ms(url: str) -> float:
    return median(asyncio.run(_notify_roundtrips(url)))


def run_crowd(url: str, laptops: int, teams: list[int], step_key: str) -> dict:
    """``laptops`` laptops typing for TYPING_S; every delivery's time in ms, per note the slowest."""
    from bench.sync_client import SEEN, SENT, work

    context = multiprocessing.get_context("spawn")
    team_of = {index: teams[index // TEAM_SIZE] for index in range(laptops)}
    shares = [[(index, team_of[index]) for index in range(laptops) if index % WORKERS == worker] for worker in range(WORKERS)]
    shares = [share for share in shares if share]
    readies, go, results = [context.Event() for _ in shares], context.Event(), context.Queue()
    workers = [context.Process(target=work, args=(url, share, step_key, TYPING_S, ready, go, results))
               for share, ready in zip(shares, readies)]
    for worker in workers:
        worker.start()
    for ready in readies:
        if not ready.wait(120):
            raise RuntimeError("the laptops did not connect in 2 minutes")
    go.set()
    outcomes = [results.get(timeout=TYPING_S + 60) for _ in workers]
    for worker in workers:
        worker.join(30)
    sent = {note: (author, at, done) for outcome in outcomes for author, note, at, done in outcome[SENT]}
    commits = [(done - at) * 1000 for outcome in outcomes for _, _, at, done in outcome[SENT]]
    seen: dict[int, dict[int, float]] = {}
    for outcome in outcomes:
        for reader, note, at in outcome[SEEN]:
            seen.setdefault(note, {})[reader] = at
    deliveries, after_commit, slowest, missed = [], [], [], 0
    for note, (author, pressed, committed) in sent.items():
        readers = seen.get(note, {})
        missed += sum(1 for index in range(laptops) if index != author and index not in readers)
        times = [(at - pressed) * 1000 for reader, at in readers.items() if reader != author]
        after_commit += [(at - committed) * 1000 for reader, at in readers.items() if reader != author]
        deliveries += times
        if times:
            slowest.append(max(times))
    return {"deliveries": deliveries, "after_commit": after_commit, "slowest": slowest, "missed": missed,
            "notes": len(sent), "commits": commits}


def report(prefix: str, crowd: dict, floor_ms: float) -> None:
    deliveries = crowd["deliveries"]
    figure(f"{prefix}_p50_ms", median(deliveries), "ms", 1)
    figure(f"{prefix}_p95_ms", p95(deliveries), "ms", 1)
    figure(f"{prefix}_all_seen_p95_ms", p95(crowd["slowest"]), "ms", 1)
    figure(f"{prefix}_p95_ratio", p95(deliveries) / floor_ms, "x", 1)
    figure(f"{prefix}_missed", crowd["missed"], "deliveries")
    figure(f"{prefix}_commit_p50_ms", median(crowd["commits"]), "ms", 1)
    # What the sync itself adds once the author's write has committed: the part pg_notify's floor compares with.
    figure(f"{prefix}_after_commit_p95_ms", p95(crowd["after_commit"]), "ms", 1)
    figure(f"{prefix}_after_commit_ratio", p95(crowd["after_commit"]) / floor_ms, "x", 1)
    print(f"# {prefix}: {crowd['notes']} notes, {len(deliveries)} deliveries, mean {statistics.fmean(deliveries):.1f} ms",
          file=sys.stderr)


def main() -> None:
    random.seed(13)
    started = time.monotonic()
    print(f"# cores {os.cpu_count()}, load {os.getloadavg()[0]:.1f}, workers {WORKERS}", file=sys.stderr)
    server = BenchPostgres(max_connections=460)
    url = server.start()
    try:
        teams, step_key = make_event(url, 200)
        floors = []
        for prefix, laptops in (("sync", 30), ("sync200", 200)):
            floors.append(notify_roundtrip_ms(url))
            crowd = run_crowd(url, laptops, teams, step_key)
            report(prefix, crowd, floors[-1])
        figure("pg_notify_roundtrip_ms", median(floors), "ms", 2)
        print(f"# floors before each crowd: {', '.join(f'{f:.2f}' for f in floors)} ms; "
              f"whole run {time.monotonic() - started:.0f} s", file=sys.stderr)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
