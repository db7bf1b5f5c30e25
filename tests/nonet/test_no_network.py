"""No network: the app and its CLI, run in a network namespace of their own (``unshare -n``: only
loopback, brought up), under ``strace -f -e trace=connect,sendto,sendmsg``, make no network call —
Qt, libpq and every library included, which a Python socket patch would not see. Allowed: Unix
sockets, the kernel's netlink, and TCP to the test's own PostgreSQL on loopback, started inside the
namespace (tests/nonet/inside.py).

Steps, on SQLite and on PostgreSQL: ``demo``, ``info``, ``pdf dossier``, ``jury kit``, a juror's desk
scoring and finalising, ``jury import`` of that file, ``export outcomes``, and the window with the demo
until it is live and 2 s beyond. A control step that does try the network must be caught, so an
empty trace never passes for a clean one.

Skipped, saying why, where the namespace cannot be made (``unshare`` not permitted) or strace is
missing (scripts/test installs it on Debian).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.nonet.trace_check import network_calls, traced_processes

INSIDE = Path(__file__).resolve().parent / "inside.py"
STEPS = ("demo", "info", "pdf_dossier", "jury_kit", "juror_desk", "jury_import", "export", "window")
DATABASE_STEPS = ("demo", "info", "pdf_dossier", "jury_kit", "jury_import", "export", "window")  # the juror's desk has none


def _unshare() -> list[str]:
    """``unshare -n`` as root (PostgreSQL then runs as its own user, as tests/pg.py does), else ``-rn``;
    skips when neither the namespace nor strace can be had."""
    if shutil.which("strace") is None:
        pytest.skip("NO-NETWORK PROOF NOT RUN: strace is not installed (apt-get install strace; scripts/test does)")
    command = ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-rn"]
    try:
        subprocess.run([*command, "true"], check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as error:
        pytest.skip(f"NO-NETWORK PROOF NOT RUN: {' '.join(command)} is not permitted here ({error})")
    return command


def _run_inside(engine: str, folder: Path) -> dict:
    command = _unshare()
    if engine == "postgresql" and os.geteuid() != 0:
        pytest.skip("NO-NETWORK PROOF ON POSTGRESQL NOT RUN: inside 'unshare -r' the user is root, which PostgreSQL "
                    "refuses, and without root no other user can be taken: run the suite as root (CI does)")
    done = subprocess.run([*command, sys.executable, str(INSIDE), engine, str(folder)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    if "unavailable" in results:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI: {results['unavailable']}")
        pytest.skip(f"PostgreSQL not available: {results['unavailable']}")
    return results


def _check(results: dict, folder: Path, port: int | None) -> None:
    for step in STEPS:
        outcome = results[step]
        assert outcome["code"] == 0, f"{step} failed: {outcome}"
        trace = (folder / f"{step}.trace").read_text(encoding="utf-8", errors="replace")
        assert traced_processes(trace) >= 1, f"{step}: strace saw no program start"
        assert network_calls(trace, port) == [], f"{step} made network calls"
        if port is not None and step in DATABASE_STEPS:
            assert f"htons({port})" in trace, f"{step}: never reached the test's PostgreSQL (was it used?)"
    assert "interactive" in results["window"]["marks"]
    control = (folder / "control.trace").read_text(encoding="utf-8", errors="replace")
    assert any("192.0.2.1" in line for line in network_calls(control, port)), "the control's network call was not seen"


def test_the_app_makes_no_network_call_on_sqlite(tmp_path):
    results = _run_inside("sqlite", tmp_path)
    _check(results, tmp_path, None)
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.postgres
def test_the_app_makes_no_network_call_on_postgresql(tmp_path):
    results = _run_inside("postgresql", tmp_path)
    assert results["server"]["host"] == "127.0.0.1"
    _check(results, tmp_path, results["server"]["port"])
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")
