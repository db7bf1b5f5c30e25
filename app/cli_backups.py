"""The ``staatsprint backups list|restore`` commands' options (only the standard library, like app/cli.py);
app/storage/backups_cli.py runs them, without opening the database first (it may be the damaged one)."""

from __future__ import annotations

import argparse


def add_backups_commands(commands, shared: argparse.ArgumentParser) -> None:
    backups = commands.add_parser("backups", help="the automatic backups of the database: list them, restore one")
    kinds = backups.add_subparsers(dest="backups_command", metavar="WHAT", required=True)
    kinds.add_parser("list", parents=[shared], help="the backups of this database, newest first, numbered, with their times")
    restore = kinds.add_parser("restore", parents=[shared], help="replace the database (SQLite) or the event (PostgreSQL) with backup N "
                               "of 'backups list'; the current one is kept aside first. Close the window first.")
    restore.add_argument("number", type=int, metavar="N", help="the backup's number in 'backups list'")
