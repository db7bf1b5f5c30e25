"""Build the one-folder bundle in dist/staatsprint, only when something it is made of changed.

    .venv/bin/python packaging/bundle.py [--force]

The fingerprint covers every file under app/, ui/, db/, resources/ and packaging/, pyproject.toml and
setup.py (the .qm translations compiled first), the Python version and every installed distribution's
version; it is written to dist/staatsprint.stamp after a build that succeeded, so a failed or interrupted
build is made again. A file lock (build/bundle.lock) lets several test workers ask at once: one builds, the
others wait and find it built. A built bundle is also kept (hard links) in ~/.cache/staatsprint/bundles/
under its fingerprint, so a fresh clone of the same sources on this machine (CI) takes it instead of
building again; the two newest are kept. Prints the bundle's folder."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "staatsprint"
STAMP = DIST / "staatsprint.stamp"
LOCK = ROOT / "build" / "bundle.lock"
SOURCES = ("app", "ui", "db", "resources", "packaging")
FILES = ("pyproject.toml", "setup.py")
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "staatsprint" / "bundles"
KEPT = 2


def fingerprint() -> str:
    installed = sorted({f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions()})
    digest = hashlib.sha256("|".join([sys.version, *installed]).encode())
    paths = [ROOT / name for name in FILES]
    for folder in SOURCES:
        paths += [p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(paths):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.exists() else b"-")
    return digest.hexdigest()


def ensure_bundle(force: bool = False) -> Path:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], cwd=ROOT, check=True)
        wanted = fingerprint()
        built = STAMP.read_text().strip() if STAMP.is_file() else ""
        if force or built != wanted or not (BUNDLE / "staatsprint").is_file():
            STAMP.unlink(missing_ok=True)
            if force or not restore(wanted):
                build()
                keep(wanted)
            STAMP.write_text(wanted + "\n")
    return BUNDLE


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def restore(wanted: str) -> bool:
    """The bundle of these very sources from the cache, if one was built on this machine."""
    kept = CACHE / wanted
    if not (kept / "staatsprint").is_file():
        return False
    shutil.rmtree(BUNDLE, ignore_errors=True)
    try:
        shutil.copytree(kept, BUNDLE, symlinks=True, copy_function=_link_or_copy)
    except (OSError, shutil.Error):  # dropped meanwhile by another clone's keep(): build instead
        shutil.rmtree(BUNDLE, ignore_errors=True)
        return False
    print(f"the bundle of these sources was built before: taken from {kept}", file=sys.stderr)
    return True


def keep(wanted: str) -> None:
    """Put the new bundle into the cache (built aside, then renamed: another clone may do the same) and
    drop all but the newest KEPT."""
    CACHE.mkdir(parents=True, exist_ok=True)
    aside = CACHE / f".{wanted}.{os.getpid()}"
    shutil.copytree(BUNDLE, aside, symlinks=True, copy_function=_link_or_copy)
    try:
        aside.rename(CACHE / wanted)
    except OSError:
        shutil.rmtree(aside, ignore_errors=True)
    entries = sorted((p for p in CACHE.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime)
    for old in entries[:-KEPT]:
        shutil.rmtree(old, ignore_errors=True)


def build() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
               "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "staatsprint.spec")]
    print("building the bundle (PyInstaller, about half a minute)…", file=sys.stderr, flush=True)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run(command, cwd=ROOT, env=env, check=True)


if __name__ == "__main__":
    print(ensure_bundle(force="--force" in sys.argv[1:]))
