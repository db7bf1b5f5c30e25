"""File → Backups… (list, restore, reopen) and the phase-end backup taken while the window runs the event.

The watcher looks every ``CHECK_MS`` whether the programme has passed the end of a phase of the open
event (app/storage/phase_backups.py) and takes that phase's backup once, in a worker thread (the window
does not wait for it); a backup that cannot be written is said in the status bar, once per phase, and the
work goes on (it is in the database as before)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from app.errors import DomainError
from app.storage.backups import Backup
from ui.common.messages import message_for, tell
from ui.storage.backups_dialog import BackupsDialog

log = logging.getLogger(__name__)
CHECK_MS = 30_000  # a phase's end is noticed within half a minute; the first look after that much too


def add_backups_action(window: QMainWindow, menu: QMenu, make_action) -> None:
    """File → Backups…, and the phase-end watcher of this window. Only the app that runs the event restores
    (a team's or juror's login may not replace the event: the action is disabled there)."""
    action = make_action(menu, QCoreApplication.translate("backups", "&Backups…"), lambda: open_backups(window), "backupsAction")
    window.phase_backups = PhaseBackupWatcher(window)
    menu.aboutToShow.connect(lambda: action.setEnabled(window.phase_backups.runs_the_event()))


def window_url(window) -> str:
    return window.store.engine.url.render_as_string(hide_password=False)


def open_backups(window) -> BackupsDialog:
    dialog = BackupsDialog(window_url(window), window, lang=window.lang)
    dialog.accepted.connect(lambda: dialog.chosen is not None and restore_in_window(window, dialog.chosen))
    dialog.open()
    return dialog


def restore_in_window(window, backup: Backup) -> bool:
    """Restore ``backup`` into the window's database and reopen it in a new window; False (and said) when
    refused, the database then as it was."""
    from app.storage.database import open_database
    from app.storage.restore import restore_archive, restore_sqlite
    from db.engine import INTERACTIVE
    from db.migrate import sqlite_file

    window.phase_backups.wait()  # a phase-end backup being taken ends before the database is replaced
    store = window.store
    current = window.event_view.workspace.event.id if window.event_view is not None else None
    path = sqlite_file(store.engine)
    try:
        if path is not None:
            store.engine.dispose()  # no connection of ours may be open while the file is replaced
            restore_sqlite(backup, path)
            store = open_database(window_url(window), waits=INTERACTIVE).store
        else:
            restore_archive(backup, store)
    except DomainError as error:
        tell(window, error, QCoreApplication.translate("backups", "Not restored"))
        return False
    reopen(window, store, current)
    return True


def reopen(window, store, wanted: int | None) -> None:
    from app.event.events import list_events
    from ui.sync.joined_events import replace_window

    events = list_events(store)
    event_id = wanted if any(e.id == wanted for e in events) else (events[0].id if events else None)
    switch = getattr(window, "switch_database", None)  # app/main.py's: the new window becomes the app's
    if switch is not None and event_id is not None:
        switch(store, event_id)
    else:
        replace_window(window, store, event_id)


class PhaseBackupWatcher(QObject):
    """Takes the backup at a phase's end in the app that runs the event (app/storage/phase_backups.py).

    Whether one is due is decided in the window's thread (one small query and the backups folder's
    listing); the backup itself is taken in a worker thread: on a big day it takes long enough to be a
    visible hitch (bench/phase_backup.py: about half a second for a 10,000-note event's archive on
    PostgreSQL). The worker touches no widget: it only reads the database (its own connection) and writes
    the backups folder; it reports back by a signal, delivered in the window's thread. At most one runs
    per event and phase in the whole app (a relaunched window's watcher does not start a second)."""

    done = Signal(object)  # the Backup taken
    failed = Signal(int, str, object)  # event id, phase, the DomainError
    _running: set = set()  # (database key, event id, phase) being taken, app-wide
    _lock = threading.Lock()

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._failed: set[tuple[int, str]] = set()  # said once: (event, phase)
        self._runs: dict[int, bool] = {}
        self._worker: threading.Thread | None = None
        self.failed.connect(self._say_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> str | None:
        """Start the due phase's backup in the background; the phase started (None: nothing to do)."""
        from app.storage.backups import database_key
        from app.storage.phase_backups import phase_backup_due

        view = self._window.event_view
        if view is None or not self.runs_the_event():
            return None
        ws = view.workspace
        try:
            phase = phase_backup_due(ws.store, ws.event, ws.template, self._window.timers.clock.now())
        except DomainError as error:
            self._say_failed(ws.event.id, "", error)
            return None
        if phase is None or (ws.event.id, phase) in self._failed:
            return None
        key = (database_key(ws.store.engine.url), ws.event.id, phase)
        with self._lock:
            if key in self._running:
                return None
            self._running.add(key)
        self._worker = threading.Thread(target=self._take, args=(key, ws.store, ws.event, phase, ws.template),
                                        name="phase-backup")  # not a daemon: a quit waits for the file to be whole
        self._worker.start()
        return phase

    def _take(self, key, store, event, phase: str, template) -> None:
        """In the worker thread: take it, then say how it went (to the window's thread, by a signal)."""
        from app.storage.phase_backups import take_phase_backup

        try:
            try:
                backup = take_phase_backup(store, event, phase, template)
            except DomainError as error:
                self.failed.emit(event.id, phase, error)
            except Exception as error:  # noqa: BLE001 — a backup never takes the app down; it is said instead
                log.exception("the phase-end backup failed")
                self.failed.emit(event.id, phase, DomainError("backup_failed", f"cannot save a backup ({error})", path="", reason=str(error)))
            else:
                self.done.emit(backup)
        except RuntimeError:
            pass  # the window closed meanwhile: nobody to tell; the backup (if taken) is in the folder
        finally:
            with self._lock:
                self._running.discard(key)

    def wait(self, timeout: float | None = None) -> None:
        """Until a backup being taken is done (before a restore replaces the database, and in tests)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _say_failed(self, event_id: int, phase: str, error) -> None:
        self._failed.add((event_id, phase))
        self._window.statusBar().showMessage(message_for(error), 60_000)

    def runs_the_event(self) -> bool:
        from app.sync.whoami import runs_the_event, who_am_i

        key = id(self._window.store)
        if key not in self._runs:
            self._runs[key] = runs_the_event(who_am_i(self._window.store))
        return self._runs[key]
