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

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.measure import ROOT, child_env, compile_sources, median, with_floor  # noqa: E402

RUNS = 9


def elapsed_ms(argv: list[str]) -> float:
    env = child_env()
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    compile_sources()
    floor, help_ = [], []
    for _ in range(RUNS):
        floor.append(elapsed_ms(["-c", "pass"]))
        help_.append(elapsed_ms(["-m", "app", "--help"]))
    with_floor("cli_help_ms", median(help_), median(floor), "ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
