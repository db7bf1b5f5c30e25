"""A crash while a backup was written (a SIGKILL mid-copy) leaves its ``.part`` in the backups folder; the
next backup removes such leftovers once they are old enough to be certainly not in flight."""

from __future__ import annotations

import os
import time

from app.storage.backups import STALE_PART_S, list_backups, sqlite_backup
from app.storage.database import open_store


def test_the_next_backup_removes_old_temporaries_only(tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    monkeypatch.setenv("STAATSPRINT_BACKUPS", str(folder))
    db = tmp_path / "dag.sqlite"
    open_store(f"sqlite:///{db}").engine.dispose()
    folder.mkdir()
    old = [folder / name for name in ("dag-phase-end-20260101-090000-000000.sqlite.part",
                                      "dag-phase-end-20260101-090000-000000.sqlite.json.part")]
    for part in old:
        part.write_bytes(b"half")
        os.utime(part, (time.time() - STALE_PART_S - 60,) * 2)
    recent = folder / "dag-phase-end-20260101-100000-000000.sqlite.part"  # maybe another process's, in flight
    recent.write_bytes(b"busy")
    other = folder / "notes.txt"
    other.write_text("not a temporary")
    os.utime(other, (time.time() - STALE_PART_S - 60,) * 2)

    made = sqlite_backup(db, "phase-end")

    assert [b.path for b in list_backups()] == [made.path]
    assert not any(part.exists() for part in old)
    assert recent.read_bytes() == b"busy" and other.read_text() == "not a temporary"
