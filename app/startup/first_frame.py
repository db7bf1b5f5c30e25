"""What the window showed when it last ran, so the next start paints it before the database is read.

A small JSON file per database next to the preferences (its name carries the database's key; only
the few most recently written are kept), written atomically whenever what the window shows changes
(see ui/startup/first_frame_keeper.py). It holds texts only: the event, the team, the page, the phases and the
navigator's rows; never a timer's digits. A missing, unreadable, foreign or mismatched file (another
database, another language) means no early frame: the window then starts as it always did.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

FORMAT = "staatsprint-first-frame/2"
FILE_PATTERN = "first-frame*.json"  # this module's files, those of an earlier version included
KEPT = 4  # snapshots of this many databases, the most recently written
# The preferences the live window opens by (ui/window/main_window.py, ui/window/event_view.py, ui/day/navigator.py). They
# are one set for every database: a snapshot is shown only while they are as it was taken with them.
RESTORED = ("event_id", "team_id", "page", "place", "identity", "theme", "navigator_hidden", "text_size")


@dataclass(frozen=True)
class NavigatorRow:
    text: str
    minutes: str  # "5 min", or "" for a row without minutes
    heading: bool  # a phase's title
    bold: bool  # a phase's title, or the team's step
    current: bool  # the row of the page shown


@dataclass(frozen=True)
class Snapshot:
    database: str  # the database's address: a snapshot of another database is never shown
    lang: str
    theme: str
    window_title: str
    event: str  # the header's event line
    event_choice: str  # the event picker's text ("" when there is one event: no picker)
    team: str
    identity: str
    phases: tuple[tuple[str, str], ...]  # (text, state: done/current/todo) per phase chip
    navigator: tuple[NavigatorRow, ...]
    navigator_shown: bool
    page_title: str  # the heading of the page shown (a step, the team, the challenge)
    page_title_role: str  # its style: h1 or h2
    page_title_at: tuple[int, int]  # where it sits in the page area
    restored: tuple[str, ...]  # the preferences named in RESTORED, when it was taken ("" for none)


def restored(get) -> tuple[str, ...]:
    """The preferences named in RESTORED, read with ``get(key)`` (None for a missing one)."""
    return tuple(get(key) or "" for key in RESTORED)


def database_key(url: str) -> str:
    """What a snapshot records of its database: a digest, so no password is ever written to it."""
    return hashlib.sha256(url.encode()).hexdigest()


def default_folder() -> Path:
    """Next to the preferences (ui/common/preferences.py uses the same folder)."""
    from platformdirs import user_config_path

    return user_config_path("staatsprint", appauthor=False)


def snapshot_path(folder: Path, database: str) -> Path:
    """The file of this database's snapshot (``database`` is its key, see database_key)."""
    return folder / f"first-frame-{database[:16]}.json"


def write_snapshot(path: Path, snapshot: Snapshot) -> None:
    """Atomically: a reader sees the old file or the new one, never half of one. The snapshots of
    all but the KEPT most recently written databases are then removed."""
    import tempfile  # only the running window writes: the start, which reads, does without it

    data = json.dumps({"format": FORMAT, **asdict(snapshot)}, ensure_ascii=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".first-frame-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise
    _prune(path.parent)


def _prune(folder: Path) -> None:
    def age(file: Path) -> float:
        try:
            return -file.stat().st_mtime
        except OSError:  # removed meanwhile by another window
            return 0.0

    for old in sorted(folder.glob(FILE_PATTERN), key=age)[KEPT:]:
        old.unlink(missing_ok=True)


def read_snapshot(path: Path, database: str, lang: str | None, preferences: tuple[str, ...] | None = None) -> Snapshot | None:
    """The snapshot for this database (and language and preferences, see RESTORED, when asked for);
    None when there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        snapshot = _parse(data)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if snapshot.database != database or (lang is not None and snapshot.lang != lang):
        return None
    if preferences is not None and snapshot.restored != preferences:
        return None
    return snapshot


def _parse(data: dict) -> Snapshot:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a first-frame snapshot")
    texts = {key: _text(data[key]) for key in ("database", "lang", "theme", "window_title", "event", "event_choice", "team", "identity", "page_title", "page_title_role")}
    phases = tuple((_text(text), _text(state)) for text, state in data["phases"])
    rows = tuple(
        NavigatorRow(_text(row["text"]), _text(row["minutes"]), _flag(row["heading"]), _flag(row["bold"]), _flag(row["current"])) for row in data["navigator"]
    )
    x, y = (_number(value) for value in data["page_title_at"])
    kept = tuple(_text(value) for value in data["restored"])
    return Snapshot(**texts, phases=phases, navigator=rows, navigator_shown=_flag(data["navigator_shown"]), page_title_at=(x, y), restored=kept)


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError("a text was expected")
    return value


def _flag(value) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false was expected")
    return value


def _number(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("a whole number was expected")
    return value
