"""``staatsprint guide pdf --lang nl|en --out FILE``: the facilitators' guide as a printable PDF.

The parser needs only the standard library, like app/cli.py; the command needs no database.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

DEFAULT_NAME = "staatsprint-guide-{lang}.pdf"


def add_guide_command(commands, shared: argparse.ArgumentParser) -> None:
    guide = commands.add_parser("guide", help="the facilitators' guide: write it as a PDF")
    kinds = guide.add_subparsers(dest="guide_kind", metavar="WHAT", required=True)
    pdf = kinds.add_parser("pdf", parents=[shared], help="the guide as a printable A4 PDF, in Dutch or English")
    pdf.add_argument("--out", metavar="PATH", default=None,
                     help="the file to write, or a folder for the default name (default: staatsprint-guide-LANG.pdf here)")


def target(out: str | None, lang: str) -> Path:
    path = Path(out) if out else Path.cwd()
    return path / DEFAULT_NAME.format(lang=lang) if path.is_dir() else path


def run_guide(args: argparse.Namespace, out: TextIO) -> int:
    """Write the guide's PDF; 0, or 2 with the message on stderr (a broken guide, a folder not writable)."""
    from app.errors import DomainError
    from app.pdf.guide import write_guide_pdf

    lang = args.lang or "nl"
    path = target(args.out, lang)
    try:
        pages = write_guide_pdf(lang, path)
    except DomainError as error:
        print(f"staatsprint: {error.message}", file=sys.stderr)
        return 2
    print(f"{path} ({pages} pages)", file=out)
    return 0
