"""A crash during an export leaves a hidden ``.NAME.xxxxxxxx.part``; the next export into that folder
removes it — only temporaries of our own naming, regular files, older than this session."""

from __future__ import annotations

import os
import time

from app.export.files import SESSION_VAR, remove_stale_temporaries, write_atomically


def _aged(path, seconds_before: float, start: float):
    path.write_bytes(b"%PDF-1.4 half")
    os.utime(path, (start - seconds_before, start - seconds_before))
    return path


def test_the_next_export_removes_only_stale_temporaries_of_our_naming(tmp_path, monkeypatch):
    start = time.time()
    monkeypatch.setenv(SESSION_VAR, repr(start))
    stale = _aged(tmp_path / ".dossier.pdf.k3j_9x2a.part", 60, start)  # a killed earlier session's
    other_stale = _aged(tmp_path / ".poster.pdf.abcdefgh.part", 3600, start)  # any export's, same folder
    current = tmp_path / ".dossier.pdf.zzzzzzzz.part"  # this session's, still being written
    current.write_bytes(b"busy")
    os.utime(current, (start + 1, start + 1))
    not_ours = [_aged(tmp_path / name, 60, start) for name in (".notes.part", "dossier.pdf.abcdefgh.part",
                                                                ".dossier.pdf.ABCDEFGH.part", ".x.abcdefgh.part.bak")]
    (tmp_path / ".link.pdf.abcdefgh.part").symlink_to(not_ours[0])
    kept_before = {p.name: p.read_bytes() for p in [current, *not_ours]}

    write_atomically(tmp_path / "dossier.pdf", lambda out: out.write(b"%PDF-1.4 whole %%EOF"))

    assert (tmp_path / "dossier.pdf").read_bytes() == b"%PDF-1.4 whole %%EOF"
    assert not stale.exists() and not other_stale.exists()
    assert {p.name: p.read_bytes() for p in [current, *not_ours]} == kept_before
    assert (tmp_path / ".link.pdf.abcdefgh.part").is_symlink()


def test_a_folder_that_cannot_be_read_is_left_alone(tmp_path):
    assert remove_stale_temporaries(tmp_path / "not-there") == []
