"""Collect the UI's strings into resources/translations/staatsprint_{nl,en}.ts (Qt lupdate).

Run after changing UI text, then translate the new entries (Qt Linguist, or by
editing the .ts); tests/test_translations.py fails while any entry is unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if not lupdate:
        raise SystemExit("pyside6-lupdate not found: install the project first")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    # Dutch: every string. English: the source language, only plural forms need entries.
    for target in ("resources/translations/staatsprint_nl.ts", "resources/translations/staatsprint_en.ts"):
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", target], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
