"""``staatsprint export archive|team-file|team-kit`` and ``staatsprint import archive|team-file``: an event
moved between databases, a team's work on a stick (app/sync/archive.py, app/sync/team_file.py).

Parsing uses only the standard library, like app/cli.py; running imports the database stack.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

EXPORTS = ("archive", "team-file", "team-kit")
IMPORTS = ("archive", "team-file")


def add_export_files(kinds, shared: argparse.ArgumentParser) -> None:
    archive = kinds.add_parser("archive", parents=[shared], help="a whole event as one sealed file (to move it to another database, or keep it)")
    archive.add_argument("--event", type=int, default=None, metavar="N", help="the event id (default: the newest)")
    archive.add_argument("--team", type=int, default=None, metavar="T", help="only what team T's laptop needs: the event, "
                         "programme, team names and that team's own work (no jury data, no other team's work)")
    archive.add_argument("--out", metavar="FILE", required=True, help="the archive to write (.staatsprint-archive)")
    team = kinds.add_parser("team-file", parents=[shared], help="a team's whole work as one sealed file, for the facilitator (no network)")
    team.add_argument("--team", type=int, required=True, metavar="N", help="the team id (see 'info')")
    team.add_argument("--out", metavar="FILE", required=True, help="the team file to write (.staatsprint-team)")
    team.add_argument("--kit", metavar="FILE", default=None, help="the team's kit: signs on a laptop without the event's secret")
    kit = kinds.add_parser("team-kit", parents=[shared], help="a team's kit: lets a laptop that never joined sign that team's files")
    kit.add_argument("--team", type=int, required=True, metavar="N", help="the team id (see 'info')")
    kit.add_argument("--out", metavar="FILE", default=None, help="write the kit here (default: print it); it holds a key: hand it over, never on the beamer")


def add_import_files(kinds, shared: argparse.ArgumentParser) -> None:
    archive = kinds.add_parser("archive", parents=[shared], help="an event archive: merged row by row by version (the same file twice changes nothing)")
    archive.add_argument("file", metavar="FILE", help="the .staatsprint-archive file")
    archive.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    team = kinds.add_parser("team-file", parents=[shared], help="a team file into its event: merged row by row by version")
    team.add_argument("file", metavar="FILE", help="the .staatsprint-team file")
    team.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")


def is_sync_file_command(args: argparse.Namespace) -> bool:
    return (args.command == "export" and getattr(args, "export", None) in EXPORTS) or (
        args.command == "import" and getattr(args, "import_kind", None) in IMPORTS)


def run_sync_file(store, args: argparse.Namespace, out: TextIO) -> int:
    """Run one of these commands; a refusal is a DomainError (the caller prints it, exit 2)."""
    if args.command == "export":
        return _export(store, args, out)
    return _import(store, args, out)


def _export(store, args: argparse.Namespace, out: TextIO) -> int:
    if args.export == "archive":
        from app.cli_commands import _newest_event
        from app.sync.archive import write_archive
        from app.sync.team_archive import write_team_archive

        event_id = _newest_event(store, args.event)
        if args.team is None:
            path = write_archive(store, event_id, _out_path(args.out))
            print(f"written: {path} (the whole event, with the jury's secret: keep it like the database)", file=out)
        else:
            path = write_team_archive(store, event_id, args.team, _out_path(args.out))
            print(f"written: {path} (team {args.team}'s laptop only; it signs its team files with the team's kit)", file=out)
        return 0
    if args.export == "team-file":
        from app.sync.team_file import read_team_kit, write_team_file

        kit = read_team_kit(Path(args.kit).expanduser()) if args.kit else None
        path = write_team_file(store, args.team, _out_path(args.out), kit)
        print(f"written: {path}", file=out)
        return 0
    from app.sync.team_file import team_kit

    kit = json.dumps(team_kit(store, args.team), indent=1, ensure_ascii=False) + "\n"
    if args.out is None:
        print(kit, end="", file=out)
        return 0
    path = _out_path(args.out)
    _write(path, kit)
    print(f"written: {path} (it holds the team's key: hand it to that team only)", file=out)
    return 0


def _import(store, args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file).expanduser()
    if args.import_kind == "archive":
        from app.sync.archive import import_archive

        report = import_archive(store, path, dry_run=args.dry_run)
    else:
        from app.sync.team_file import import_team_file

        report = import_team_file(store, path, dry_run=args.dry_run)
    what = f"event {report.event_id} ({report.event_name})"
    print(f"{'dry run, nothing written: ' if report.dry_run else ''}{path.name} into {what}", file=out)
    for line in report.lines():
        print(line, file=out)
    return 0


def _out_path(value: str) -> Path:
    from app.errors import DomainError

    path = Path(value).expanduser()
    if not path.parent.is_dir():
        raise DomainError("file_folder_missing", f"the folder {path.parent} does not exist (a typo?); nothing was written",
                          folder=str(path.parent))
    if path.is_dir():
        raise DomainError("file_is_folder", f"{path} is a folder: give a file name", path=str(path))
    return path


def _write(path: Path, text: str) -> None:
    from app.sync.private_file import write_private

    write_private(path, text.encode("utf-8"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit("run: staatsprint export|import …")
