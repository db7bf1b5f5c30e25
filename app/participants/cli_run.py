"""Runs ``staatsprint teams form`` and ``staatsprint forget-emails`` (options: app/cli_teams.py).

The teams are printed with their members and organisations, and the rule's warnings, in Dutch or
English (``--lang``, default Dutch); every text from the database passes through ``printable``.
"""

from __future__ import annotations

import argparse
import secrets
from typing import TextIO

from app.event.events import event_template, get_event
from app.participants.formation_model import FormationBoard, Warning
from app.participants.placing import forget_emails, form_teams, formation_boards
from app.pdf.words import word
from app.storage.store import Store
from app.text import printable


def run_teams(store: Store, args: argparse.Namespace, event_id: int, out: TextIO) -> int:
    """0 on success; a refusal raises DomainError (the CLI prints it and exits 2)."""
    lang = getattr(args, "lang", None) or "nl"
    template = event_template(get_event(store, event_id))
    seed = secrets.randbelow(2**31) if args.seed is None else args.seed
    formed = form_teams(store, event_id, template, args.challenge, size=args.size, count=args.count, seed=seed)
    board = next(b for b in formation_boards(store, event_id, template) if b.challenge_key == args.challenge)
    title = template.challenge(args.challenge).title.get(lang)
    print(word("teams_formed", lang, teams=len(formed), challenge=printable(title), seed=seed), file=out)
    write_board(board, lang, out)
    return 0


def write_board(board: FormationBoard, lang: str, out: TextIO) -> None:
    labels = {}
    for column in board.teams:
        label = printable(column.name) if column.name else word("teams_team", lang, number=column.number)
        labels[column.team_id] = label
        room = f" · {word('teams_room', lang, room=printable(column.room))}" if column.room else ""
        started = f" · {word('teams_started', lang)}" if column.started else ""
        print(f"  {label}{room}{started}", file=out)
        for person in column.members:
            details = [printable(text) for text in (person.organisation, person.job_title) if text]
            absent = f" ({word('teams_absent', lang)})" if person.absent else ""
            print(f"    - {printable(person.name)}{absent}{' · ' + ' · '.join(details) if details else ''}", file=out)
    if board.warnings:
        print(word("teams_warnings", lang), file=out)
        for warning in board.warnings:
            where = f"{labels[warning.team_id]}: " if warning.team_id is not None else ""
            print(f"  {where}{warning_text(warning, lang)}", file=out)


def warning_text(warning: Warning, lang: str) -> str:
    params = {name: printable(value) if isinstance(value, str) else value for name, value in warning.params.items()}
    return word(f"teams_{warning.code}", lang, **params)


def run_forget_emails(store: Store, event_id: int, lang: str, out: TextIO) -> int:
    print(word("teams_emails_forgotten", lang, count=forget_emails(store, event_id)), file=out)
    return 0
