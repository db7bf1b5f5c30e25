"""The window-less commands of ``staatsprint``: new-event, add-team, info, demo, pdf, jury, export outcomes|jury,
import participants, teams form, forget-emails."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from app.day.programme import phase_window
from app.day.template_file import load_template
from app.errors import DomainError
from app.event.events import (
    create_event_from_file,
    event_template,
    get_event,
    list_events,
    programme,
    today,
)
from app.event.teams import add_team, team_views
from app.cli_export import run_export
from app.cli_sync_files import is_sync_file_command, run_sync_file
from app.paths import template_path
from app.storage.config import database_url
from app.storage.database import open_database
from app.storage.store import Store
from app.text import LABEL_MAX, printable, shorten
from db.engine import BATCH


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run the command ``args`` names; 0 on success, 2 with a message on stderr otherwise."""
    try:
        template = _template_path(args.template) if args.command == "new-event" else None
        if template is not None:
            load_template(template)  # a broken template is refused before anything is opened or written
        if args.command == "backups":  # before opening: the database may be the damaged one
            from app.storage.backups_cli import run_backups

            return run_backups(database_url(args.db), args, out)
        opened = open_database(database_url(args.db), waits=BATCH)
        for notice in opened.notices():
            print(f"staatsprint: {notice}", file=sys.stderr)
        store = opened.store
        if is_sync_file_command(args):
            return run_sync_file(store, args, out)
        if args.command == "new-event":
            return _new_event(store, template, args, out)
        if args.command == "add-team":
            return _add_team(store, args, out)
        if args.command == "info":
            return _info(store, args, out)
        if args.command == "export":
            return run_export(store, _newest_event(store, args.event), args, out)
        if args.command == "demo":
            from app.demo.event import create_demo_event

            event_id = create_demo_event(store)
            print(f"demo event {event_id} created", file=out)
            return 0
        if args.command == "jury":
            from app.jury.cli_run import run_jury

            return run_jury(store, args, _newest_event(store, args.event), out)
        if args.command == "import":
            from app.participants.import_command import run_import

            return run_import(store, args, _newest_event(store, args.event), out)
        if args.command == "teams":
            from app.participants.cli_run import run_teams

            return run_teams(store, args, _newest_event(store, args.event), out)
        if args.command == "forget-emails":
            from app.participants.cli_run import run_forget_emails

            return run_forget_emails(store, _newest_event(store, args.event), args.lang or "nl", out)
        if args.command == "serve":
            from app.cli_serve import run_serve

            return run_serve(store, args, _newest_event(store, args.event), out)
        if args.command == "pdf":
            from app.export.pdf_command import run_pdf

            return run_pdf(store, args, _newest_event(store, args.event), out)
    except DomainError as exc:
        print(f"staatsprint: error: {exc}", file=sys.stderr)
        return 2
    raise ValueError(f"not a command: {args.command}")


def _template_path(value: str) -> Path:
    return Path(value) if value.endswith(".toml") else template_path(value)


def _new_event(store: Store, path: Path, args: argparse.Namespace, out: TextIO) -> int:
    event_id = create_event_from_file(store, path, args.date or today(load_template(path)), args.name, args.location)
    print(f"event {event_id} created from {path.name}", file=out)
    return 0


def _newest_event(store: Store, wanted: int | None) -> int:
    events = list_events(store)
    if not events:
        raise DomainError("no_events", "the database holds no event yet: run 'staatsprint new-event' or 'staatsprint demo'")
    return wanted if wanted is not None else max(e.id for e in events)


def _add_team(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    event_id = _newest_event(store, args.event)
    team_id = add_team(store, event_id, args.challenge, args.name)
    print(f"team {team_id} added to event {event_id}", file=out)
    return 0


# The labels of 'info' in each language of --lang (the window's texts are Qt's; this is the CLI's).
LABELS = {
    "nl": {"event": "Evenement", "template": "sjabloon", "programme": "Programma", "teams": "Teams", "team": "Team",
           "at": "nu bij", "phases": "Fasen", "min": "min"},
    "en": {"event": "Event", "template": "template", "programme": "Programme", "teams": "Teams", "team": "Team",
           "at": "at", "phases": "Phases", "min": "min"},
}


def _info(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    """The event as text. Every text from the database or the template is passed through
    ``printable``, so a name holding terminal escapes shows them instead of obeying them."""
    event = get_event(store, _newest_event(store, args.event))
    template = event_template(event)
    lang = args.lang or "nl"
    label = LABELS[lang]
    zone = ZoneInfo(template.meta.timezone)
    w = lambda line="": print(line, file=out)  # noqa: E731
    p = printable
    w(f"{label['event']} {event.id}: {p(event.name)}")
    w(f"  {event.day.isoformat()}{' · ' + p(event.location) if event.location else ''} · {label['template']} {p(event.template_key)}")
    w()
    w(label["programme"])
    for item in programme(store, event.id):
        title = item.title_en if lang == "en" else item.title_nl
        w(f"  {item.starts_at.astimezone(zone):%H:%M}  {p(title)}")
    w()
    w(label["teams"])
    for team in team_views(store, event.id, template):
        challenge = template.challenge(team.challenge_key).title.get(lang) if team.challenge_key else "-"
        step = template.step(team.current_step).title.get(lang) if team.current_step else template.kennismaking.title.get(lang)
        w(f"  {p(team.label(label['team']))} · {p(challenge)} · {label['at']}: {p(step)}")
        for member in team.members:
            roles = ", ".join(template.role(r).title.get(lang) for r in member.roles)
            organisation = shorten(member.kennismaking.get(template.kennismaking.summary or "", ""), LABEL_MAX)
            w(f"    - {p(member.name)}{' (' + p(roles) + ')' if roles else ''}{' · ' + p(organisation) if organisation else ''}")
    w()
    w(label["phases"])
    for phase in template.phases:
        window = phase_window(template, programme(store, event.id), phase.key)  # shifts included
        times = "-".join(f"{moment.astimezone(zone):%H:%M}" for moment in window) if window else f"{phase.start}-{phase.end}"
        w(f"  {phase.number} {p(phase.title.get(lang))}  {times}")
        for step in phase.steps:
            w(f"    {step.minutes:>3} {label['min']}  {p(step.title.get(lang))}  [{step.kind.value}]")
    return 0
