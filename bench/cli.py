"""``staatsprint --help`` as a person waits for it: a fresh process until it exits.

    python bench/cli.py

cli_help_ms    ``python -m app --help`` (what the ``staatsprint`` console script runs: ``app.main:main``),
               with the project's ``.pyc`` files compiled first as an installed app has them: from
               ``Popen`` until the process has exited, its help read. Median of RUNS runs.
cli_floor_ms   ``python -c pass`` started the same way, interleaved with the runs above: the interpreter's
               own start on this machine, the floor of cli_help_ms.
Not timed: the ``compileall``; a terminal's drawing of the text.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9


def elapsed_ms(argv: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "ui", "db"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    floor, help_ = [], []
    for _ in range(RUNS):
        floor.append(elapsed_ms(["-c", "pass"]))
        help_.append(elapsed_ms(["-m", "app", "--help"]))
    print(f"cli_floor_ms {statistics.median(floor):.0f} ms")
    print(f"cli_help_ms {statistics.median(help_):.0f} ms")
    print(f"cli_help_ratio {statistics.median(help_) / statistics.median(floor):.2f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
