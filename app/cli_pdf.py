"""The ``staatsprint pdf`` commands' options: a team's dossier, its flip-over poster, the event report, the agenda.

Only the standard library, like app/cli.py; app/export/pdf_command.py runs them.
"""

from __future__ import annotations

import argparse


def add_pdf_commands(commands, shared: argparse.ArgumentParser) -> None:
    pdf = commands.add_parser("pdf", parents=[shared], help="write a PDF: a team's dossier or flip-over poster, the event report, or the agenda")
    kinds = pdf.add_subparsers(dest="pdf_kind", metavar="KIND", required=True)
    dossier = kinds.add_parser("dossier", parents=[shared], help="a team's whole day, A4")
    _team(dossier)
    poster = kinds.add_parser("poster", parents=[shared], help="a team's pitch on one flip-over sheet (two for the Idea Race winner)")
    _team(poster)
    poster.add_argument("--size", default="A1", help="the paper: A0, A1 (the default), A3 or A4")
    report = kinds.add_parser("report", parents=[shared], help="the event report for the organiser: every team, per challenge")
    report.add_argument("--no-names", dest="with_names", action="store_false",
                        help="leave out participants' names and organisations (for sharing outside the event)")
    agenda = kinds.add_parser("agenda", parents=[shared],
                              help="the day's programme, the challenges, the teams with their members and rooms, and a door sign per room, A4")
    for parser in (dossier, poster, report, agenda):
        parser.add_argument("--event", type=int, default=None, help="the event id (default: the newest)")
        parser.add_argument("--out", metavar="PATH", default=None,
                            help="the file to write, or a folder for the default name (default: the default name in the current folder)")
        parser.add_argument("stray", nargs="?", default=None, help=argparse.SUPPRESS)  # a path without --out: a hint, not argparse's error


def _team(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--team", type=int, required=True, metavar="N", help="the team's number (Team 3: --team 3; see 'info')")
