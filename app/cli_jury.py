"""The ``staatsprint jury`` commands' options: a juror's kit, importing juror files, the results.

Only the standard library, like app/cli.py; app/jury/cli_run.py runs them.
"""

from __future__ import annotations


def add_jury_commands(commands, shared) -> None:
    jury = commands.add_parser("jury", parents=[shared], help="the jury: kits for the jurors, importing their files, the results")
    kinds = jury.add_subparsers(dest="jury_command", metavar="WHAT", required=True)
    kit = kinds.add_parser("kit", parents=[shared], help="write a juror's kit (the file they score with, on any laptop)")
    kit.add_argument("--juror", required=True, metavar="NAME", help="the juror's name as set up (or 'all': every juror)")
    kit.add_argument("--out", metavar="PATH", default=None, help="the file to write, or a folder (default: the current folder)")
    imported = kinds.add_parser("import", parents=[shared], help="import finalised juror files; exit 0 when all were accepted or duplicates")
    imported.add_argument("files", nargs="+", metavar="FILE", help="juror files (.json)")
    results = kinds.add_parser("results", parents=[shared], help="every prize pool's ranking, agreement, stability and margins")
    results.add_argument("--json", action="store_true", help="print JSON (the format is in the README)")
    for parser in (kit, imported, results):
        parser.add_argument("--event", type=int, default=None, help="the event id (default: the newest)")
