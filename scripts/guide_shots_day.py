"""The day the guide's pictures show, the same on every run: a pinned clock on the workbook's day, a
data folder of its own (``/tmp/staatsprint``, the path the backups dialog names) and the backups a
facilitator's laptop would hold by the afternoon.

``use_own_data_folder()`` must run before the app reads its paths (scripts/guide_shots.py calls it
before importing the app): HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME then point away from
this machine's, so no shot names a real home folder and no real database or backup is touched.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

DAY = date(2026, 3, 12)  # a Thursday: the workbook's day, 09:30-17:05
ZONE = ZoneInfo("Europe/Amsterdam")  # the template's time zone
DATA_HOME = Path("/tmp")  # platformdirs: $XDG_DATA_HOME/staatsprint, so the dialog shows /tmp/staatsprint/backups
MARKER = ".guide-shots"  # a data folder this script made (and may empty again)


def at(clock_time: str) -> datetime:
    """``HH:MM`` (or ``HH:MM:SS``) on the guide's day, in the event's time zone."""
    parts = [int(part) for part in clock_time.split(":")]
    return datetime(DAY.year, DAY.month, DAY.day, *parts, tzinfo=ZONE)


class PinnedClock:
    """The window's clock for the shots: stands still at a chosen moment of the day; the script moves it
    to a moment that fits the screen it shows next (timers and "now" lines show the same every run)."""

    def __init__(self, clock_time: str = "11:59") -> None:
        self.moment = at(clock_time)

    def set(self, clock_time: str) -> None:
        self.moment = at(clock_time)

    def now(self) -> datetime:
        return self.moment.astimezone(ZoneInfo("UTC"))


def use_own_data_folder() -> Path:
    """Point the app's folders at fresh temporary ones; the data folder (``/tmp/staatsprint``)."""
    folder = DATA_HOME / "staatsprint"
    lock = open(DATA_HOME / "staatsprint-guide-shots.lock", "w")  # noqa: SIM115 - held for the whole run
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit("guide_shots: another run is making the guide's pictures (it holds /tmp/staatsprint-guide-shots.lock)")
    use_own_data_folder.lock = lock
    if folder.exists() and not (folder / MARKER).exists():
        sys.exit(f"guide_shots: {folder} exists and was not made by this script: move it away first")
    home = Path(tempfile.mkdtemp(prefix="staatsprint-guide-home-"))
    os.environ.update(HOME=str(home), XDG_DATA_HOME=str(DATA_HOME), XDG_CONFIG_HOME=str(home / "config"),
                      XDG_CACHE_HOME=str(home / "cache"))
    os.environ["TZ"] = "Europe/Amsterdam"  # the laptop's clock shows the event's local times (the backups list)
    time.tzset()
    os.environ.pop("STAATSPRINT_BACKUPS", None)
    os.environ.pop("STAATSPRINT_DB", None)
    empty_data_folder()
    return folder


def empty_data_folder() -> Path:
    folder = DATA_HOME / "staatsprint"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / MARKER).touch()
    return folder


def remove_data_folder() -> None:
    shutil.rmtree(DATA_HOME / "staatsprint", ignore_errors=True)
    shutil.rmtree(os.environ["HOME"], ignore_errors=True)


def take_backups(store, event_id: int, until: str) -> None:
    """The backups a laptop holds at ``until``: one before this morning's upgrade, then one at the end of
    each phase the programme has passed (taken through app/storage/backups.py, dated when the app would)."""
    from app.day.programme import phase_window, programme_items
    from app.event.events import event_template, get_event
    from app.storage.backups import register, sqlite_backup
    from app.storage.phase_backups import take_phase_backup
    from db.migrate import HEAD, sqlite_file

    event = get_event(store, event_id)
    template = event_template(event)
    moments = [("migration", None, at("08:47:12"))]
    items = programme_items(store, event_id)
    for phase in template.phases:
        window = phase_window(template, items, phase.key)
        if window is not None and window[1].replace(tzinfo=window[1].tzinfo or ZoneInfo("UTC")) <= at(until):
            moments.append(("phase-end", phase.key, window[1].replace(tzinfo=window[1].tzinfo or ZoneInfo("UTC")) + timedelta(seconds=3)))  # the watcher's next tick
    for reason, phase, moment in moments:
        if reason == "migration":
            backup = sqlite_backup(sqlite_file(store.engine), "migration", HEAD)
        else:
            backup = take_phase_backup(store, event, phase, template)
        register(replace(backup, made_at=moment.astimezone(ZoneInfo("UTC")).isoformat()))
