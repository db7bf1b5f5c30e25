"""The ``staatsprint import participants`` command's options: a registration export into an event.

Only the standard library, like app/cli.py; app/participants/import_command.py runs it.
"""

from __future__ import annotations

import argparse

from app.cli_sync_files import add_import_files


def add_import_commands(commands, shared: argparse.ArgumentParser) -> None:
    imported = commands.add_parser("import", help="import a registration file (CSV or XLSX), an event archive or a team file")
    kinds = imported.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    participants = kinds.add_parser(
        "participants", parents=[shared],
        help="the participants of a registration export; exit 0 when every row was imported or skipped, 2 when a row was refused (then nothing is written)")
    participants.add_argument("file", metavar="FILE", help="the registration export: .csv or .xlsx")
    participants.add_argument("--event", type=int, default=None, metavar="N", help="the event id (default: the newest)")
    participants.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    participants.add_argument("--json", action="store_true", help="print the report as JSON (the format is in the README)")
    participants.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                              help="the field of a column the header does not say, e.g. --map \"Werkgever=organisation\" "
                                   "(fields: name, email, organisation, job_title, motivation, challenge, ignore)")
    participants.add_argument("--sheet", metavar="NAME", default=None, help="the sheet of an XLSX (default: the one most like registrations: most recognised columns)")
    add_import_files(kinds, shared)
