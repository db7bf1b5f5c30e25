"""``staatsprint export outcomes``: every team's outcomes as a JSON document and/or CSV tables;
``staatsprint export jury --csv DIR``: the jury's scores and results as CSV tables. A CSV folder is made
when its parent exists, as in the window (app/export/files.py ``make_folder``)."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from app.errors import DomainError
from app.export.files import make_folder
from app.export.outcomes import write_outcomes_csv, write_outcomes_json
from app.export.snapshot import event_summary
from app.storage.store import Store


def run_export(store: Store, event_id: int, args: argparse.Namespace, out: TextIO) -> int:
    if args.export == "jury":
        return export_jury(store, event_id, args, out)
    return export_outcomes(store, event_id, args, out)


def export_jury(store: Store, event_id: int, args: argparse.Namespace, out: TextIO) -> int:
    """Both jury tables into ``--csv``, in ``--lang`` (default Dutch); refused while no juror file is in use."""
    from app.export.jury_csv import write_jury_csv
    from app.export.jury_data import jury_export

    folder = Path(args.csv).expanduser()
    _check_folder(folder.parent)
    data = jury_export(store, event_id, args.lang or "nl")
    for path in write_jury_csv(data, make_folder(folder)):
        print(f"written: {path}", file=out)
    return 0


def export_outcomes(store: Store, event_id: int, args: argparse.Namespace, out: TextIO) -> int:
    """Write what ``--json`` and ``--csv`` ask for, in ``--lang`` (default Dutch), names left out on ``--no-names``."""
    if args.json is None and args.csv is None:
        raise DomainError("export_nothing", "say where to write: --json FILE and/or --csv DIR")
    _check_folder(Path(args.json).expanduser().parent if args.json is not None else None)
    _check_folder(Path(args.csv).expanduser().parent if args.csv is not None else None)  # the folder itself is made
    summary = event_summary(store, event_id, args.lang or "nl", args.names, datetime.now(timezone.utc))
    if args.json is not None:
        print(f"written: {write_outcomes_json(summary, Path(args.json).expanduser())}", file=out)
    if args.csv is not None:
        for path in write_outcomes_csv(summary, make_folder(Path(args.csv).expanduser())):
            print(f"written: {path}", file=out)
    return 0


def _check_folder(folder: Path | None) -> None:
    """Refuse a folder that is not there before anything is written (so nothing is half exported)."""
    if folder is not None and not folder.is_dir():
        raise DomainError("export_no_folder", f"nothing was written: the folder {folder} does not exist", folder=str(folder))
