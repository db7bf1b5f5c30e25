"""An export running beside the window: started with its data, watched by a timer, stoppable.

The rendering happens in another process (app/export/worker.py), so the window's event loop, its
timers and its paints keep going; a QTimer asks the worker what happened every ``POLL_MS`` (never
waiting) and turns it into signals. Closing the app kills a running worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.export.jobs import Data, ExportJob, Render
from app.export.worker import ExportProcess, Failed, Finished, Progress
from ui.export.export_messages import export_message

POLL_MS = 50  # how soon progress and the end show; a poll costs microseconds


class ExportRunner(QObject):
    progress = Signal(int, int)  # done, total (the report's teams; 0, 1 then 1, 1 for one file)
    finished = Signal(str)  # the path written (for the outcomes as CSV: their folder)
    failed = Signal(str)  # why, in the UI's language

    def __init__(self, parent: QObject | None = None, render: Render | None = None) -> None:
        super().__init__(parent)
        self.render = render  # None: the real renderers; a test's fake otherwise
        self._process: ExportProcess | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.running

    def prepare(self, kind: str) -> None:
        """Start a worker for an export of ``kind`` ahead, so it loads its renderer while the person chooses."""
        if self._process is None or not self._process.fits(kind, self.render):
            self.cancel()
            self._process = ExportProcess(kind, self.render)

    def start(self, job: ExportJob, data: Data) -> None:
        """Render ``job`` from ``data`` (already read) in a worker process; one export at a time."""
        self.prepare(job.kind)
        self._process.submit(job, data)
        self._timer.start()

    def cancel(self) -> None:
        """Kill the worker (running, or waiting for a job); the file it was making is not left behind.
        No signal follows."""
        self._timer.stop()
        if self._process is not None:
            self._process.cancel()

    def _poll(self) -> None:
        process = self._process
        for event in process.poll():
            if isinstance(event, Progress):
                self.progress.emit(event.done, event.total)
            elif isinstance(event, Finished):
                self._timer.stop()
                self.finished.emit(str(process.job.target))
            elif isinstance(event, Failed):
                self._timer.stop()
                self.failed.emit(export_message(event.error()))
