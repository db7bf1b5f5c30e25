"""An export is written whole or not at all: failures leave no file and keep an older one."""

from __future__ import annotations

import errno
import os

import pytest

from app.errors import DomainError
from app.export.files import make_folder, write_atomically


def test_the_file_appears_with_what_was_written_and_the_writers_result(tmp_path):
    target = tmp_path / "dossier.pdf"
    assert write_atomically(target, lambda out: out.write(b"%PDF-1.4 ok")) == 11
    assert target.read_bytes() == b"%PDF-1.4 ok"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # as any new file, not private like a temp file


def test_a_writer_that_fails_leaves_no_file_and_the_old_one_untouched(tmp_path):
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"old")

    def half_then_fail(out):
        out.write(b"%PDF half")
        raise ValueError("renderer broke")

    with pytest.raises(ValueError, match="renderer broke"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def test_a_full_disk_says_so_and_leaves_nothing(tmp_path):
    def disk_full(out):
        out.write(b"%PDF")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(DomainError) as caught:
        write_atomically(tmp_path / "report.pdf", disk_full)
    assert caught.value.code == "export_disk_full" and "the disk is full" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(DomainError) as caught:
        write_atomically(tmp_path / "nowhere" / "report.pdf", lambda out: out.write(b"x"))
    assert caught.value.code == "export_no_folder" and "does not exist" in caught.value.message


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_folder_that_may_not_be_written_is_refused_with_a_message(tmp_path, monkeypatch, code):
    def read_only(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("app.export.files.tempfile.mkstemp", read_only)
    with pytest.raises(DomainError) as caught:
        write_atomically(tmp_path / "report.pdf", lambda out: out.write(b"x"))
    assert caught.value.code == "export_not_writable" and "Choose another folder" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_there_but_refuses_files_is_not_called_missing(tmp_path, monkeypatch):
    def no_entry(*args, **kwargs):  # as /proc answers: ENOENT although the folder exists
        raise OSError(errno.ENOENT, os.strerror(errno.ENOENT))

    monkeypatch.setattr("app.export.files.tempfile.mkstemp", no_entry)
    with pytest.raises(DomainError) as caught:
        write_atomically(tmp_path / "x.pdf", lambda out: out.write(b"x"))
    assert caught.value.code == "export_not_writable" and "may not be written to" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_proc_may_not_be_written_to():
    with pytest.raises(DomainError) as caught:
        write_atomically("/proc/x.pdf", lambda out: out.write(b"x"))
    assert caught.value.code == "export_not_writable" and "the folder /proc may not be written to" in caught.value.message


def test_a_folder_is_made_when_its_parent_exists_and_refused_when_not(tmp_path):
    assert make_folder(tmp_path / "csv") == tmp_path / "csv" and (tmp_path / "csv").is_dir()
    assert make_folder(tmp_path / "csv") == tmp_path / "csv"  # there already: fine
    with pytest.raises(DomainError) as caught:
        make_folder(tmp_path / "gone" / "csv")
    assert caught.value.code == "export_no_folder" and f"the folder {tmp_path / 'gone'} does not exist" in caught.value.message
    assert not (tmp_path / "gone").exists()
