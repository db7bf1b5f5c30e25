"""``staatsprint pdf dossier|poster|report|agenda``: read the data, render, write the file, say where.

The command line has no window to keep responsive, so the job runs in this process
(app/export/jobs.py); a refusal is a DomainError, which app/cli_commands.py prints (exit 2).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from app.errors import DomainError
from app.event.events import event_template, get_event
from app.event.teams import TeamView, team_views
from app.export.jobs import ExportJob, checked, export_note, read_data, run
from app.export.names import default_name, team_label
from app.storage.store import Store

WHAT = {"dossier": "dossier", "poster": "poster", "report": "event report", "agenda": "agenda"}


def run_pdf(store: Store, args: argparse.Namespace, event_id: int, out: TextIO) -> int:
    kind = args.pdf_kind
    if args.stray is not None:
        raise DomainError("pdf_stray_path", f"unexpected {args.stray!r}: to say where the PDF goes, use --out PATH (--out {args.stray})",
                          path=args.stray)
    event = get_event(store, event_id)
    team = _team(store, event, args.team) if kind in ("dossier", "poster") else None
    lang = args.lang or "nl"
    size = getattr(args, "size", "A1").upper()
    with_names = getattr(args, "with_names", True)
    name = default_name(event.day, kind, lang, team_label(team.number, team.name) if team else "", size=size, with_names=with_names)
    job = checked(ExportJob(kind, _target(args.out, name), lang, event_id, team.id if team else None, size, with_names))
    data = read_data(store, job, datetime.now(UTC))
    written = run(job, data)
    print(f"{WHAT[kind]} written: {written[0]}", file=out)
    note = export_note(job, data, "en")
    if note:
        print(note, file=out)
    return 0


def _team(store: Store, event, number: int) -> TeamView:
    teams = team_views(store, event.id, event_template(event))
    found = next((team for team in teams if team.number == number), None)
    if found is None:
        numbers = ", ".join(str(team.number) for team in teams) or "none yet"
        raise DomainError("team_unknown", f"event {event.id} has no team {number} (its teams: {numbers}); see 'staatsprint info'",
                          number=number)
    return found


def _target(out: str | None, name: str) -> Path:
    """The path given (a folder: the default name in it), else the default name in the current folder."""
    if out is None:
        return Path.cwd() / name
    path = Path(out).expanduser()
    return path / name if path.is_dir() else path
