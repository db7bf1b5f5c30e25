"""``staatsprint backups list`` and ``staatsprint backups restore N``."""

from __future__ import annotations

import argparse
from typing import TextIO

from app.errors import DomainError
from app.storage.backups import Backup, database_key, list_backups
from app.storage.restore import restore_backup

REASON_TEXT = {"migration": "before an upgrade", "phase-end": "end of a phase", "before-restore": "kept aside at a restore"}


def run_backups(url: str, args: argparse.Namespace, out: TextIO) -> int:
    mine = list_backups(database_key(url))
    if args.backups_command == "list":
        if not mine:
            print(f"no backups of {_shown(url)} yet", file=out)
        for number, backup in enumerate(mine, 1):
            print(f"{number:3}  {describe(backup)}\n     {backup.path}", file=out)
        return 0
    if not 1 <= args.number <= len(mine):
        raise DomainError("backup_unknown", f"there is no backup {args.number} of {_shown(url)} "
                          f"(there are {len(mine)}: see 'staatsprint backups list'); nothing was changed",
                          number=str(args.number), count=str(len(mine)))
    chosen = mine[args.number - 1]
    aside = restore_backup(url, chosen)
    print(f"restored backup {args.number} ({describe(chosen)})", file=out)
    if aside is not None:
        print(f"the database as it was is kept at {aside}", file=out)
    return 0


def describe(backup: Backup) -> str:
    when = backup.moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    what = REASON_TEXT.get(backup.reason, backup.reason)
    parts = [when, what]
    if backup.phase:
        parts.append(f"phase {backup.phase}")
    if backup.event_name:
        parts.append(f"event {backup.event_name}")
    if backup.revision:
        parts.append(f"schema {backup.revision}")
    return " · ".join(parts)


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
