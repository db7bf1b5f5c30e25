"""Database addresses, without importing the database stack (the command line's --help needs them)."""

from __future__ import annotations

from pathlib import Path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
