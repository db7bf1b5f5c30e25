"""An export rendered in a separate process, so the window never waits for it.

Why a process: reportlab is pure Python, so a render in a thread of the window's process would hold
the GIL and starve the event loop (timers, paints) for as long as it runs. Why ``multiprocessing``
with the "spawn" context rather than QProcess running ``python -m app.export.worker``: it needs no
Qt (this module is in app/, and the CLI or a test can use it without a window); "spawn" starts a
fresh interpreter on every platform, so no Qt or SQLite state is forked into the worker; and in a
PyInstaller build there is no ``python`` to run, while spawn re-runs the frozen executable, which
``multiprocessing.freeze_support()`` (called first in app/main.py) turns into the worker.

The job and its data are pickled in the window's process and written to the worker's pipe by a
background thread (a blocking write of megabytes of pictures must not stall the window). The worker
answers with ``Progress``, then ``Finished`` or ``Failed`` (a DomainError's code, message and
params: never a traceback). ``poll`` never blocks; ``cancel`` kills the worker, and no file is left:
the worker renders in memory and writes the file whole at the end (app/export/jobs.py).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import DomainError
from app.export.jobs import Data, ExportJob, Render, run

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


@dataclass(frozen=True)
class Finished:
    paths: tuple[Path, ...]


@dataclass(frozen=True)
class Failed:
    code: str
    message: str
    params: dict = field(default_factory=dict)

    def error(self) -> DomainError:
        return DomainError(self.code, self.message, **self.params)


Event = Progress | Finished | Failed


class ExportProcess:
    """One job rendering in its own process; ``render`` replaces the real renderers (a test's fake,
    a top-level function, since it is pickled by name)."""

    def __init__(self, job: ExportJob, data: Data, render: Render | None = None) -> None:
        self.job = job
        self.outcome: Finished | Failed | None = None
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_work, args=(child, render), name="staatsprint-export", daemon=True)
        self._process.start()
        child.close()
        payload = pickle.dumps((job, data), protocol=pickle.HIGHEST_PROTOCOL)
        self._sender = threading.Thread(target=self._send, args=(payload,), name="staatsprint-export-send", daemon=True)
        self._sender.start()

    def _send(self, payload: bytes) -> None:
        try:
            self._conn.send_bytes(payload)
        except OSError:
            pass  # the worker was cancelled before it read its job

    @property
    def running(self) -> bool:
        return self.outcome is None

    def poll(self) -> list[Event]:
        """What the worker said since the last poll (never waits). A worker that ended without a
        word (killed by the system, out of memory) is reported as failed."""
        if self.outcome is not None:
            return []
        alive = self._process.is_alive()  # before reading: whatever it said before it ended is read below
        events: list[Event] = []
        while self.outcome is None and self._readable():
            try:
                event = self._conn.recv()
            except (EOFError, OSError):
                break  # the worker's end of the pipe closed: it ended
            events.append(event)
            if isinstance(event, (Finished, Failed)):
                self.outcome = event
        if self.outcome is None and not alive:
            self.outcome = Failed("export_worker_died", f"the export stopped unexpectedly (exit code {self._process.exitcode}); nothing was written",
                                  {"exitcode": self._process.exitcode})
            events.append(self.outcome)
        if self.outcome is not None:
            self._conn.close()  # the ended worker is reaped later by multiprocessing: waiting for it here could stall the window
        return events

    def _readable(self) -> bool:
        try:
            return self._conn.poll()
        except (EOFError, OSError):
            return False

    def cancel(self) -> None:
        """Stop the worker now; whatever it had written under a temporary name goes too."""
        if self.outcome is not None:
            return
        self._process.kill()
        self._process.join(timeout=5)
        self._conn.close()
        self.outcome = Failed("export_cancelled", "the export was cancelled; nothing was written")
        for leftover in _temporaries(self.job):
            leftover.unlink(missing_ok=True)


def _temporaries(job: ExportJob) -> list[Path]:
    """The temporary files app/export/files.py writes before renaming: ".NAME.xxxx.part" beside the target."""
    if job.kind == "outcomes" and job.format == "csv":
        folder, pattern = job.target, ".*.part"
    else:
        folder, pattern = job.target.parent, f".{job.target.name}.*.part"
    try:
        return list(folder.glob(pattern))
    except OSError:
        return []


def _work(conn, render: Render | None) -> None:
    """The worker process: read the job, run it, say how it went."""
    if hasattr(os, "nice"):
        os.nice(10)  # the window comes first when both want the processor
    job, data = pickle.loads(conn.recv_bytes())
    try:
        paths = run(job, data, lambda done, total: conn.send(Progress(done, total)), render)
        conn.send(Finished(paths))
    except DomainError as error:
        conn.send(Failed(error.code, error.message, dict(error.params)))
    except Exception as error:  # an export must answer, whatever went wrong; the details go to stderr
        log.error("export %s failed:\n%s", job.kind, traceback.format_exc())
        conn.send(Failed("export_unexpected", f"the export failed ({type(error).__name__}: {error}); nothing was written",
                         {"reason": f"{type(error).__name__}: {error}"}))
    finally:
        conn.close()
