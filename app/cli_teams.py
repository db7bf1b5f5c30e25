"""The ``staatsprint teams form`` and ``staatsprint forget-emails`` commands' options.

Only the standard library, like app/cli.py; app/participants/cli_run.py runs them.
"""

from __future__ import annotations

import argparse


def add_teams_commands(commands, shared: argparse.ArgumentParser) -> None:
    teams = commands.add_parser("teams", help="team formation: the participants of a challenge into teams")
    kinds = teams.add_subparsers(dest="teams_command", metavar="WHAT", required=True)
    form = kinds.add_parser("form", parents=[shared], help="form a challenge's teams by the rule (started teams are left alone)")
    form.add_argument("--challenge", required=True, metavar="KEY", help="the challenge's key (see 'info')")
    how = form.add_mutually_exclusive_group(required=True)
    how.add_argument("--size", type=int, metavar="N", help="teams of at most N members, as few as hold everyone")
    how.add_argument("--count", type=int, metavar="N", help="exactly N teams")
    form.add_argument("--seed", type=int, metavar="N", default=None,
                      help="the proposal's seed: the same seed gives the same teams (default: a new one, printed)")
    forget = commands.add_parser("forget-emails", parents=[shared], help="empty every participant's e-mail address (personal data, after the event)")
    for parser in (form, forget):
        parser.add_argument("--event", type=int, default=None, help="the event id (default: the newest)")
