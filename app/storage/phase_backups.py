"""The backup at a phase's end: what "phase end" means, and taking it at most once per phase per event.

A phase ends when the programme passes it: when the programme item that follows the phase starts, by
the (possibly shifted) programme (``app.day.programme.phase_window``), on the event's clock (the server's
on a shared event). Not when a team moves on: teams finish at different moments, the programme is the
one moment the whole room shares. Only the app that runs the event takes it (SQLite: the one laptop;
PostgreSQL: the facilitator's login), so a room of team laptops does not write ten copies.

At most once per phase per event: a phase whose backup is in the folder (its ``.json`` names the
database, the event's uid and the phase) is not taken again. An app opened after several phases ended
takes one backup, for the last one ended (it holds the earlier ones' work too).
"""

from __future__ import annotations

from datetime import datetime

from app.day.programme import phase_window, programme_items
from app.day.template import Template
from app.storage.backups import Backup, archive_backup, database_key, list_backups, sqlite_backup
from app.storage.store import Store
from db.migrate import HEAD, sqlite_file


def last_ended_phase(template: Template, items, now: datetime) -> str | None:
    """The key of the last phase whose end the programme has passed at ``now`` (None: none yet)."""
    ended = None
    for phase in template.phases:
        window = phase_window(template, items, phase.key)
        if window is not None and window[1] <= now:
            ended = phase.key
    return ended


def phase_backup_due(store: Store, event, template: Template, now: datetime) -> str | None:
    """The phase whose end backup should be taken now (None: none, or taken already)."""
    phase = last_ended_phase(template, programme_items(store, event.id), now)
    if phase is None:
        return None
    key = database_key(store.engine.url)
    taken = any(b.reason == "phase-end" and b.phase == phase and b.event_uid == (event.uid or "")
                for b in list_backups(key))
    return None if taken else phase


def take_phase_backup(store: Store, event, phase: str, template: Template | None = None) -> Backup:
    """SQLite: the whole file; PostgreSQL: the event's archive. DomainError ``backup_failed`` otherwise."""
    titles = {}
    if template is not None:
        title = template.phase(phase).title
        titles = {"phase_nl": title.nl, "phase_en": title.en}
    path = sqlite_file(store.engine)
    if path is not None:
        return sqlite_backup(path, "phase-end", HEAD, event_uid=event.uid or "", event_name=event.name, phase=phase, **titles)
    return archive_backup(store, event.id, "phase-end", phase=phase, **titles)


def backup_if_due(store: Store, event, template: Template, now: datetime) -> Backup | None:
    phase = phase_backup_due(store, event, template, now)
    return take_phase_backup(store, event, phase, template) if phase is not None else None
