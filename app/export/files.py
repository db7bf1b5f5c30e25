"""Writing an exported file so that it is either there whole or not at all.

The file is written under a temporary name in the folder it is meant for, flushed to disk, then renamed
over the name asked for (an atomic step on one file system). A full disk, a folder that is not there or
may not be written, or any failure of the writer leaves no file behind, and an earlier file of that name
untouched. Failures of the disk become a DomainError whose message says what to do.

A crash (a SIGKILL, a power cut) between the first write and the rename leaves the hidden temporary
``.NAME.xxxxxxxx.part``, never a half file under NAME. The next write into that folder removes such
leftovers: only names of this exact shape, regular files of this user, last written before this app's
session began (``SESSION_VAR``: the time the first process of the session imported this module; export
workers inherit it). A temporary of this session, or of another Staatsprint still writing, is newer.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from app.errors import DomainError

T = TypeVar("T")

SESSION_VAR = "STAATSPRINT_SESSION_START"
os.environ.setdefault(SESSION_VAR, repr(time.time()))  # set once per session: spawned export workers inherit it
_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")  # what tempfile.mkstemp(prefix=".NAME.", suffix=".part") makes


def write_atomically(path: Path | str, write: Callable[[BinaryIO], T]) -> T:
    """Call ``write`` with a binary file that becomes ``path`` when it returns; its result is returned."""
    path = Path(path)
    remove_stale_temporaries(path.parent)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _refusal(exc, path) from exc
    try:
        os.chmod(temporary, _shared_mode())  # mkstemp makes it private (0600); an export is meant to be shared
        with os.fdopen(handle, "wb") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _refusal(exc, path) from exc
        raise
    return result


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporaries a crashed earlier session left in ``folder`` (see the module's text); the
    ones removed. Best effort: a folder that cannot be read, or a file that cannot go, is left as it is."""
    start = float(os.environ.get(SESSION_VAR) or time.time())
    removed = []
    try:
        names = [name for name in os.listdir(folder) if _TEMPORARY.match(name)]
    except OSError:
        return removed
    for name in names:
        candidate = Path(folder) / name
        try:
            info = candidate.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < start and _ours(info):
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def _ours(info: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def make_folder(folder: Path | str) -> Path:
    """``folder``, made when it is not there yet but its parent is (the one rule of the window and the
    command line); a DomainError when its parent is missing or it may not be made."""
    folder = Path(folder)
    if not folder.parent.is_dir():
        raise DomainError("export_no_folder", f"nothing was written: the folder {folder.parent} does not exist",
                          path=str(folder), folder=str(folder.parent))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise DomainError("export_not_writable", f"the folder {folder} cannot be made ({exc.strerror or exc}). Choose another folder.",
                          path=str(folder), folder=str(folder)) from exc
    return folder


def _shared_mode() -> int:
    """The mode a new file gets from the user's umask (usually 0644), as open() would give it."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _refusal(exc: OSError, path: Path) -> DomainError:
    """What a failed write of ``path`` means, in words a person can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DomainError("export_disk_full", f"{path.name} was not written: the disk is full. Free some space and try again.",
                           path=str(path))
    if exc.errno == errno.ENOENT and not path.parent.is_dir():
        return DomainError("export_no_folder", f"{path.name} was not written: the folder {path.parent} does not exist.",
                           path=str(path), folder=str(path.parent))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):  # ENOENT in a folder that is there: /proc
        return DomainError("export_not_writable", f"{path.name} was not written: the folder {path.parent} may not be written to. "
                           "Choose another folder.", path=str(path), folder=str(path.parent))
    if exc.errno == errno.EISDIR:
        return DomainError("export_is_folder", f"{path} is a folder. Give a file name.", path=str(path))
    return DomainError("export_failed", f"{path.name} was not written ({exc.strerror or exc}). Nothing was changed.",
                       path=str(path), reason=str(exc.strerror or exc))
