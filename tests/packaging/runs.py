"""Helpers of the packaging tests: run a built app (bundle or wheel) as a person's machine would, with
nothing of this checkout on its paths, and wait for its start-up markers (ui/startup/startup_probe.py)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = "STAATSPRINT_STARTUP_PROBE"
TIMEOUT = 120


def clean_env(home: Path, path: str = "/nonexistent", **extra: str) -> dict[str, str]:
    """No Python on PATH, no PYTHONPATH/PYTHONHOME, a home and data folder of its own, headless Qt."""
    env = {"HOME": str(home), "PATH": path, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_RUNTIME_DIR": str(home / "run")}
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(extra)
    return env


def run(argv: list[str | Path], home: Path, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in argv], env=clean_env(home, **extra), cwd=home, capture_output=True,
                          text=True, timeout=TIMEOUT)


def start_window(argv: list[str | Path], home: Path, **extra: str) -> tuple[dict[str, float], str, int]:
    """Start the window, wait for ``painted`` and ``interactive``; then the window closes itself as File → Quit
    does (the probe's quit switch). Returns the markers' seconds after start, its stderr and its exit code
    (a child that does not end by itself is ended with SIGTERM: exit code -15)."""
    read_end, write_end = os.pipe()
    env = clean_env(home, **extra)
    env[PROBE] = str(write_end)
    env[PROBE + "_QUIT"] = "1"
    start = time.perf_counter()
    child = subprocess.Popen([str(a) for a in argv], env=env, cwd=home, pass_fds=(write_end,),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    marks: dict[str, float] = {}
    try:
        with os.fdopen(read_end) as markers:
            for line in markers:  # ends when the child exits
                marks[line.strip()] = time.perf_counter() - start
                if "interactive" in marks:
                    break
    finally:
        try:
            _, errors = child.communicate(timeout=TIMEOUT if "interactive" in marks else 1)
        except subprocess.TimeoutExpired:
            child.terminate()
            _, errors = child.communicate(timeout=TIMEOUT)
    return marks, errors, child.returncode


def finalised_juror_file(kit: Path, folder: Path) -> Path:
    """Score every team of ``kit`` 7 on every criterion and finalise a revision newer than the demo's
    (the demo's jurors sent revisions 1-2 already): what a juror's laptop hands the facilitator."""
    from app.jury.juror_desk import open_kit

    desk = open_kit(kit, folder / "desk")
    try:
        for team in desk.scorable:
            for criterion in desk.criteria:
                desk.set_value(team.id, criterion.key, 7)
        for _ in range(4):
            desk.new_revision()
            path = desk.finalise(folder)
        return path
    finally:
        desk.close()


def tree_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def shipped_resources() -> set[str]:
    """Every file under resources/ the app may read: all but the translation sources (the .qm are read)."""
    return {name for name in tree_files(ROOT / "resources") if not name.endswith(".ts")}
