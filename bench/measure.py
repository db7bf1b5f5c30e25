"""What every benchmark shares: fresh child processes, medians, and `figure value unit` lines.

A benchmark times what a person waits for, so most figures are taken in a fresh process (no
warm caches, no objects left over from another measurement). The parent runs a child script
with ``run_child``; the child does its work and hands back one JSON object with ``reply``.
Children run the way an installed app runs: from compiled ``.pyc`` files (``compile_sources``
once, and ``PYTHONDONTWRITEBYTECODE`` unset for them), offscreen, with the repository on the path.

Figures are printed one per line, ``figure_name value unit``; a figure with a floor (the same
work done by bare Qt in the same run) also prints ``…_floor_…`` and ``…_ratio`` lines.
Nothing here imports Qt: a child imports in its own order, like the app it measures.
"""

from __future__ import annotations

import compileall
import json
import math
import os
import statistics
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPLY = "BENCH-REPLY "  # the prefix of the child's one line of results on stdout
SOURCES = ("app", "ui", "db", "bench")


class ChildFailed(RuntimeError):
    """A child process ended without a reply (its stderr says why)."""


def compile_sources(root: Path = ROOT, packages: Iterable[str] = SOURCES) -> None:
    """What an installed app has, so no child compiles while timed: the ``.pyc`` files and the
    compiled translations (``.qm``; without them the app would start in untranslated English)."""
    for package in packages:
        compileall.compile_dir(str(root / package), quiet=1)
    subprocess.run([sys.executable, str(root / "scripts" / "build_translations.py")], check=True, stdout=subprocess.DEVNULL)


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # read the compiled files, as an installed app does
    return env


def run_child(script: Path, *args: str, timeout: float = 120.0, **env: str) -> dict:
    """Run ``script`` with ``args`` in a fresh Python process and return the object it replied."""
    done = subprocess.run(
        [sys.executable, str(script), *args],
        cwd=ROOT, env=child_env(**env), capture_output=True, text=True, timeout=timeout,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(REPLY):
            return json.loads(line[len(REPLY):])
    raise ChildFailed(f"{script.name} {' '.join(args)} exited {done.returncode} without a reply:\n{done.stderr[-3000:]}")


def reply(result: dict) -> None:
    """The child's side: hand the results to the parent (the last thing a child prints)."""
    print(REPLY + json.dumps(result), flush=True)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank: a value that was really measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def rss_mb() -> float:
    """The memory this process holds now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def figure(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name} {value:.{digits}f} {unit}", flush=True)


def with_floor(name: str, value: float, floor: float, unit: str, digits: int = 0) -> None:
    """``name`` and its floor (``board_open_ms`` → ``board_open_floor_ms``), then their ratio."""
    stem, _, suffix = name.rpartition("_")
    figure(name, value, unit, digits)
    figure(f"{stem}_floor_{suffix}", floor, unit, digits)
    figure(f"{stem}_ratio", value / floor if floor > 0 else math.inf, "x", 1)
