"""Build the one-folder bundle in dist/staatsprint, only when something it is made of changed.

    .venv/bin/python packaging/bundle.py [--force]

The fingerprint covers every file under app/, ui/, db/, resources/ and packaging/, pyproject.toml and
setup.py (the .qm translations compiled first), the Python and PyInstaller versions; it is written to dist/staatsprint.stamp after a build that
succeeded, so a failed or interrupted build is made again. A file lock (build/bundle.lock) lets several
test workers ask at once: one builds, the others wait and find it built. Prints the bundle's folder."""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "staatsprint"
STAMP = DIST / "staatsprint.stamp"
LOCK = ROOT / "build" / "bundle.lock"
SOURCES = ("app", "ui", "db", "resources", "packaging")
FILES = ("pyproject.toml", "setup.py")


def fingerprint() -> str:
    import PyInstaller

    digest = hashlib.sha256(f"{sys.version}|{PyInstaller.__version__}".encode())
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
            build()
            STAMP.write_text(wanted + "\n")
    return BUNDLE


def build() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
               "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "staatsprint.spec")]
    print("building the bundle (PyInstaller, about half a minute)…", file=sys.stderr, flush=True)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run(command, cwd=ROOT, env=env, check=True)


if __name__ == "__main__":
    print(ensure_bundle(force="--force" in sys.argv[1:]))
