"""Files that hold a key or private work (event archives, team archives, team files, team kits) are
written readable by this user only, where the system allows it (app/sync/join_file.py does the same)."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import DomainError


def write_private(path: Path, data: bytes, code: str = "file_not_written") -> Path:
    """Write ``data`` to ``path`` with mode 0600 (made so from the start, and set again on a file that was
    there); DomainError ``code`` (with ``path``) when it cannot be written."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
    except OSError as exc:
        raise DomainError(code, f"cannot write {path}: {exc.strerror or exc}", path=str(path)) from None
    try:
        path.chmod(0o600)
    except OSError:
        pass  # a FAT stick has no permissions: such a file is handed over in person anyway
    return path
