"""bench/sync's worker process: a share of the laptops, each a real app Store plus a listener.

Started by bench/sync.py (multiprocessing, spawn). Each laptop is a ``Store`` on its own engine
(what the window opens: INTERACTIVE waits) and its own async psycopg connection that LISTENs on the
app's channel. A laptop writes a note with the app's own operation (``app.board.board.add_note``,
in a worker thread: the app's writes are synchronous) every 2–4 s, jittered; on each notification
its listener decodes the payload (``app.sync.wire.decode``), skips its own, and for a note of its own team
re-reads that note through its Store (what its board would do); a note of another team is "seen"
once decoded (the board it shows does not change). Times are CLOCK_MONOTONIC, which is one clock
for every process on the machine.

The listener is the app's own (``app.sync.listener.Listener``: autocommit async psycopg, ``LISTEN
staatsprint``, ``conn.notifies()``, its heartbeat); a laptop sees what it publishes on the store's feed.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time

from sqlalchemy.engine import make_url

SEEN, SENT = "seen", "sent"


def libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Laptop:
    def __init__(self, index: int, url: str, team_id: int, step_key: str) -> None:
        from app.storage.store import Store
        from db.engine import INTERACTIVE, make_engine

        self.index, self.url, self.team_id, self.step_key = index, url, team_id, step_key
        self.store = Store(make_engine(url, INTERACTIVE))
        self.sent: list[tuple[int, float, float]] = []  # note id, when Enter was pressed, when add_note returned
        self.seen: list[tuple[int, float]] = []  # note id, when this laptop had it
        self.listening = asyncio.Event()
        self.busy = asyncio.Lock()  # one thing at a time on the work connection, as on the app's one UI thread

    async def listen(self, known: frozenset[str], stop: asyncio.Event) -> None:
        """The app's own listener (app.sync.listener) on this laptop's store; a note heard on its feed is seen."""
        from app.sync.listener import Listener

        loop = asyncio.get_running_loop()
        listener = Listener(self.store)
        listener.on_status.append(lambda status: status.connected and self.listening.set())

        def heard(batch) -> None:
            if threading.get_ident() != self._loop_thread:
                return  # its own write, told by its own store (in a worker thread): not a delivery
            for change in batch:
                if change.table == "note" and change.action == "insert":
                    loop.create_task(self._saw(change.row_id, change.team_id))

        self._loop_thread = threading.get_ident()
        unsubscribe = self.store.feed.subscribe(heard)
        try:
            await listener.run()
        finally:
            unsubscribe()
            listener.stop()

    async def _saw(self, row_id: int, team_id: int | None) -> None:
        from db.models import Note

        if team_id == self.team_id:  # its board shows it: read it, as the board would
            async with self.busy:
                await asyncio.get_running_loop().run_in_executor(None, self._read, Note, row_id)
        self.seen.append((row_id, time.monotonic()))

    def _read(self, model, row_id: int) -> None:
        with self.store.read() as session:
            if session.get(model, row_id) is None:
                raise RuntimeError(f"note {row_id} announced but not readable")

    async def type_notes(self, until: float, rng: random.Random) -> None:
        from app.board.board import add_note

        loop = asyncio.get_running_loop()
        await asyncio.sleep(rng.uniform(0, 3))  # the room does not start typing in step
        count = 0
        while time.monotonic() < until:
            count += 1
            text = f"idee {self.index}-{count}"
            pressed = time.monotonic()
            async with self.busy:
                note_id = await loop.run_in_executor(None, add_note, self.store, self.team_id, self.step_key, None,
                                                     text, rng.uniform(0, 900), rng.uniform(0, 600))
            self.sent.append((note_id, pressed, time.monotonic()))
            await asyncio.sleep(rng.uniform(2.0, 4.0))


async def _run(url: str, laptops: list[tuple[int, int]], step_key: str, seconds: float, ready, go) -> dict:
    from concurrent.futures import ThreadPoolExecutor

    from sqlmodel import SQLModel

    import db.models  # noqa: F401  (the tables the wire knows)

    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=8))
    known = frozenset(SQLModel.metadata.tables)
    clients = [Laptop(index, url, team_id, step_key) for index, team_id in laptops]
    stop = asyncio.Event()
    listeners = [asyncio.create_task(client.listen(known, stop)) for client in clients]
    for client in clients:
        await client.listening.wait()
    ready.set()
    await loop.run_in_executor(None, go.wait)
    until = time.monotonic() + seconds
    rng = random.Random(laptops[0][0])
    await asyncio.gather(*(client.type_notes(until, random.Random(rng.random())) for client in clients))
    await asyncio.sleep(2.0)  # the last notes reach everyone
    stop.set()
    for task in listeners:
        task.cancel()
    await asyncio.gather(*listeners, return_exceptions=True)
    for client in clients:
        client.store.engine.dispose()
    return {SENT: [(client.index, note, at, done) for client in clients for note, at, done in client.sent],
            SEEN: [(client.index, note, at) for client in clients for note, at in client.seen]}


def work(url: str, laptops: list[tuple[int, int]], step_key: str, seconds: float, ready, go, results) -> None:
    """The worker's entry: run its laptops, put their sends and sightings on ``results``."""
    results.put(asyncio.run(_run(url, laptops, step_key, seconds, ready, go)))
