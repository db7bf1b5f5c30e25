"""Runs ``staatsprint jury kit | import | results`` (options: app/cli_jury.py)."""

from __future__ import annotations

import argparse
from typing import TextIO

from app.storage.store import Store


def run_jury(store: Store, args: argparse.Namespace, event_id: int, out: TextIO) -> int:
    """0 on success; a refusal raises DomainError (the CLI prints it and exits 2); ``import`` returns 2
    itself when a file was refused (after printing the whole report)."""
    if args.jury_command == "kit":
        from app.jury.kit import run_kit_command

        return run_kit_command(store, event_id, args, out)
    if args.jury_command == "import":
        from app.jury.merge import run_import_command

        return run_import_command(store, event_id, args, out)
    from app.jury.results_json import run_results_command

    return run_results_command(store, event_id, args, out)
