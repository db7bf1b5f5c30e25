"""An export rendered in a separate process, so the window never waits for it.

Why a process: reportlab is pure Python, so a render in a thread of the window's process would hold
the GIL and starve the event loop (timers, paints) for as long as it runs. Why ``multiprocessing``
with the "spawn" context rather than QProcess running ``python -m app.export.worker``: it needs no
Qt (this module is in app/, and the CLI or a test can use it without a window); "spawn" starts a
fresh interpreter on every platform, so no Qt or SQLite state is forked into the worker; and in a
PyInstaller build there is no ``python`` to run, while spawn re-runs the frozen executable, which
``multiprocessing.freeze_support()`` (called first in app/main.py) turns into the worker.

The worker is started ahead, when a dialog opens, and imports its renderer (reportlab and the
fonts: seconds on a slow laptop) while the person chooses. The job and its data are then pickled in
the window's process and written to the worker's pipe by a background thread (a blocking write of
megabytes of pictures must not stall the window). The worker answers with ``Progress``, then
``Finished`` or ``Failed`` (a DomainError's code, message and params: never a traceback). ``poll`` never blocks; ``cancel`` kills the worker, and no file is left:
the worker renders in memory and writes the file whole at the end (app/export/jobs.py).
"""

from __future__ import annotations

import _thread
import importlib
import logging
import multiprocessing
import os
import pickle
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import DomainError
from app.export.jobs import RENDERERS, Data, ExportJob, Render, run

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
    """A worker process for one export of ``kind``. Started ahead (when a dialog opens), it imports
    that kind's renderer while the person still chooses; ``submit`` then hands it the job and its data.
    ``render`` replaces the real renderers (a test's fake: a top-level function, pickled by name)."""

    def __init__(self, kind: str, render: Render | None = None) -> None:
        self.kind, self.render = kind, render
        self.job: ExportJob | None = None
        self.outcome: Finished | Failed | None = None
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_work, args=(child, kind, render), name="staatsprint-export", daemon=True)
        self._process.start()
        child.close()

    @classmethod
    def started(cls, job: ExportJob, data: Data, render: Render | None = None) -> ExportProcess:
        """A worker for ``job``, started and given it at once."""
        process = cls(job.kind, render)
        process.submit(job, data)
        return process

    def fits(self, kind: str, render: Render | None) -> bool:
        """Can this worker still take an export of ``kind`` rendered by ``render``?"""
        return self.job is None and self.outcome is None and (self.kind, self.render) == (kind, render) and self._process.is_alive()

    def submit(self, job: ExportJob, data: Data) -> None:
        self.job = job
        payload = pickle.dumps((job, data), protocol=pickle.HIGHEST_PROTOCOL)
        # The low-level thread: threading.Thread.start() waits until the new thread has run, which on a
        # busy machine held the window for tens of milliseconds (bench/pdf.py).
        _thread.start_new_thread(self._send, (payload,))

    def _send(self, payload: bytes) -> None:
        try:
            self._conn.send_bytes(payload)
        except OSError:
            pass  # the worker was cancelled before it read its job

    @property
    def running(self) -> bool:
        """Given a job and not yet finished, failed or cancelled."""
        return self.job is not None and self.outcome is None

    def poll(self) -> list[Event]:
        """What the worker said since the last poll (never waits). A worker that ended without a
        word (killed by the system, out of memory) is reported as failed."""
        if not self.running:
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
            self._conn.close()
            self._process.join(timeout=0)  # reaped if it has ended; never waited for (that could stall the window)
        return events

    def _readable(self) -> bool:
        try:
            return self._conn.poll()
        except (EOFError, OSError):
            return False

    def cancel(self) -> None:
        """Stop the worker now (also one still waiting for its job); whatever it had written under a
        temporary name goes too."""
        if self.outcome is not None:
            return
        self._process.kill()
        self._process.join(timeout=5)
        self._conn.close()
        self.outcome = Failed("export_cancelled", "the export was cancelled; nothing was written")
        for leftover in _temporaries(self.job) if self.job is not None else ():
            leftover.unlink(missing_ok=True)


def _temporaries(job: ExportJob) -> list[Path]:
    """The temporary files app/export/files.py writes before renaming: ".NAME.xxxx.part" beside the target."""
    if job.kind == "jury" or (job.kind == "outcomes" and job.format == "csv"):
        folder, pattern = job.target, ".*.part"
    else:
        folder, pattern = job.target.parent, f".{job.target.name}.*.part"
    try:
        return list(folder.glob(pattern))
    except OSError:
        return []


def _work(conn, kind: str, render: Render | None) -> None:
    """The worker process: load the renderer, wait for the job, run it, say how it went."""
    if hasattr(os, "nice"):
        os.nice(10)  # the window comes first when both want the processor
    if render is None:
        _preload(kind)
    try:
        job, data = pickle.loads(conn.recv_bytes())
    except EOFError:
        return  # the window closed its end before giving a job: nothing to do
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


def _preload(kind: str) -> None:
    """Import what ``kind`` renders with while the person still chooses. A module that fails to
    import fails again when the job runs, and is reported then."""
    try:
        for module in RENDERERS[kind]:
            importlib.import_module(module)
    except Exception:
        log.warning("preloading the %s export failed:\n%s", kind, traceback.format_exc())
