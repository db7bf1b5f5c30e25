"""The ``staatsprint`` command line: parsing, and the dispatch to the commands that need no window.

Only the standard library is imported here, so ``staatsprint --help`` answers at once; a command
imports the database stack when it runs (app/cli_commands.py).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TextIO

from app.cli_guide import add_guide_command
from app.cli_backups import add_backups_commands
from app.cli_import import add_import_commands
from app.cli_jury import add_jury_commands
from app.cli_pdf import add_pdf_commands
from app.cli_sync_files import add_export_files
from app.cli_serve import add_serve_command
from app.cli_teams import add_teams_commands
from app.storage.config import ENV_VAR


_KIT_HELP = "open a jury kit to score the pitches (a juror's laptop: no event or database needed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="staatsprint",
        description="Run a one-day design-thinking hackathon (the Staatsprint) offline.",
    )
    _common_options(parser, None)
    parser.add_argument("--kit", metavar="FILE", default=None, help=_KIT_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # The common options are accepted after the command too; there they only override when given.
    shared = argparse.ArgumentParser(add_help=False)
    _common_options(shared, argparse.SUPPRESS)

    gui = commands.add_parser("gui", parents=[shared], help="open the app window (the default)")
    gui.add_argument("--kit", metavar="FILE", default=argparse.SUPPRESS, help=_KIT_HELP)
    new = commands.add_parser("new-event", parents=[shared], help="create an event from a template")
    new.add_argument("--template", default="staatsprint", help="a template key in resources/templates or a .toml path")
    new.add_argument("--date", type=_iso_date, default=None, help="the day, YYYY-MM-DD (default: today)")
    new.add_argument("--name", default=None, help="the event's name (default: the template's title)")
    new.add_argument("--location", default="", help="where it takes place")
    team = commands.add_parser("add-team", parents=[shared], help="add a team to an event")
    team.add_argument("--event", type=int, default=None, help="the event id (default: the newest)")
    team.add_argument("--challenge", default=None, help="the challenge key (see 'info')")
    team.add_argument("--name", default=None, help="the team's name (may come later)")
    info = commands.add_parser("info", parents=[shared], help="show an event: programme, teams with members and roles, phases and steps")
    info.add_argument("--event", type=int, default=None, help="the event id (default: the newest)")
    commands.add_parser("demo", parents=[shared], help="add a demo event: a day in full swing, anchored at this moment")
    add_pdf_commands(commands, shared)
    add_guide_command(commands, shared)
    add_jury_commands(commands, shared)
    add_import_commands(commands, shared)
    add_teams_commands(commands, shared)
    add_serve_command(commands, shared)
    add_backups_commands(commands, shared)
    _export_parser(commands, shared)
    return parser


def _export_parser(commands, shared: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", help="export an event's outcomes or the jury's results as open data, an event archive, a team file or kit")
    kinds = export.add_subparsers(dest="export", metavar="WHAT", required=True)
    outcomes = kinds.add_parser("outcomes", parents=[shared], help="every team's outcomes as JSON (--json) and/or CSV tables (--csv)")
    outcomes.add_argument("--event", type=int, default=None, help="the event id (default: the newest)")
    outcomes.add_argument("--json", metavar="FILE", default=None, help="write the JSON document here (see resources/outcomes.schema.json)")
    outcomes.add_argument("--csv", metavar="DIR", default=None, help="write one CSV table per kind of outcome into this folder")
    outcomes.add_argument("--no-names", dest="names", action="store_false", help="leave out every person's name and organisation")
    jury = kinds.add_parser("jury", parents=[shared], help="the jury's scores and every prize pool's results as CSV tables (--csv)")
    jury.add_argument("--event", type=int, default=None, help="the event id (default: the newest)")
    jury.add_argument("--csv", metavar="DIR", required=True, help="write jury_scores.csv and jury_results.csv into this folder")
    add_export_files(kinds, shared)


def _common_options(parser: argparse.ArgumentParser, default) -> None:
    def given(value):
        return default if default is argparse.SUPPRESS else value

    parser.add_argument("--db", metavar="URL", default=given(None), help=f"sqlite:///FILE, postgresql://… or a file path (default: ${ENV_VAR}, else a file in your data folder)")
    parser.add_argument("--lang", choices=("nl", "en"), default=given(None), help="the language (default: last used in the window, else nl)")
    parser.add_argument("--demo", action="store_true", default=given(False), help="create the demo event when the database has no event")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def run_command(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Run a window-less command; 0 on success, 2 with a message on stderr otherwise."""
    if args.command == "guide":  # needs no database
        from app.cli_guide import run_guide

        return run_guide(args, out)
    from app.cli_commands import run

    return run(args, out)
