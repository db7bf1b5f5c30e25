"""Run inside a network namespace (``unshare -n``): bring loopback up, start the test's own PostgreSQL
there when asked, then run the app's commands one by one, each under
``strace -f -e trace=connect,sendto,sendmsg``, and write what happened to ``OUT/results.json`` (each
command's exit code and output) and ``OUT/<step>.trace`` (every connect/send of the process tree).

    python tests/nonet/inside.py sqlite|postgresql OUT

Nothing here judges the traces: tests/nonet/test_no_network.py does, outside.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
TRACED = "connect,sendto,sendmsg,execve"  # execve: proof that every process of the tree was traced


def loopback_up() -> None:
    """``ip link set lo up`` without iproute2: the namespace starts with loopback down."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sh", b"lo", 0)
        flags = struct.unpack("16sh", fcntl.ioctl(sock, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sh", b"lo", flags | IFF_UP))


def environment(out: Path, url: str) -> dict[str, str]:
    home = out / "home"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("http", "HTTP", "https", "no_proxy"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), STAATSPRINT_DB=url, STAATSPRINT_BACKUPS=str(home / "backups"))
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def traced(out: Path, step: str, argv: list[str]) -> list[str]:
    return ["strace", "-f", "-qq", "-e", f"trace={TRACED}", "-e", "signal=none", "-o", str(out / f"{step}.trace"),
            sys.executable, *argv]


def run_step(out: Path, results: dict, step: str, argv: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(traced(out, step, argv), env=env, cwd=out, capture_output=True, text=True, timeout=300)
    results[step] = {"argv": argv, "code": done.returncode, "stdout": done.stdout[-2000:], "stderr": done.stderr[-2000:]}


def run_window(out: Path, results: dict, env: dict[str, str]) -> None:
    """The window with the demo event, until it is live (its start-up probe says so), then 2 s more
    (what loads after the first frame), then closed."""
    read_end, write_end = os.pipe()
    env = dict(env, STAATSPRINT_STARTUP_PROBE=str(write_end))
    argv = ["-m", "app", "--lang", "en", "--demo"]
    child = subprocess.Popen(traced(out, "window", argv), env=env, cwd=out, pass_fds=(write_end,), start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    marks = []
    with os.fdopen(read_end) as markers:
        for line in markers:
            marks.append(line.strip())
            if "interactive" in marks:
                break
    time.sleep(2.0)
    os.killpg(child.pid, signal.SIGTERM)  # the app, not only strace (strace would detach and leave it running)
    try:
        _, stderr = child.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        _, stderr = child.communicate()
    results["window"] = {"argv": argv, "code": 0 if "interactive" in marks else 1, "marks": marks, "stderr": stderr[-2000:]}


# The tracer's control: an attempt the test must flag (TEST-NET-1 address, port 80), so an empty trace
# can never pass for a clean one.
CONTROL = """
import socket
try:
    socket.create_connection(("192.0.2.1", 80), timeout=1)
except OSError as error:
    print(error)
"""


def juror_file(out: Path, env: dict[str, str]) -> str:
    """A juror scores every team on the desk (the juror's laptop) and finalises twice (revision 2 supersedes
    the demo's revision 1): a Python step of its own."""
    return f"""
import pathlib, sys
from app.jury.juror_desk import open_kit
kit = sorted(pathlib.Path({str(out / 'kits')!r}).glob('*.json'))[0]
desk = open_kit(kit, {str(out / 'desk')!r})
for team in desk.scorable:
    for criterion in desk.criteria:
        desk.set_value(team.id, criterion.key, criterion.max)
pathlib.Path({str(out / 'files')!r}).mkdir(exist_ok=True)
desk.finalise({str(out / 'files')!r})  # revision 1: the demo has this juror's revision 1 already
desk.new_revision()
print(desk.finalise({str(out / 'files')!r}))
"""


def main(engine: str, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    loopback_up()
    server = None
    results: dict = {"engine": engine}
    try:
        if engine == "postgresql":
            from tests.pg import ThrowawayPostgres

            from tests.pg import PostgresUnavailable

            try:
                server = ThrowawayPostgres()
                server.start()
            except PostgresUnavailable as error:
                results["unavailable"] = str(error)
                server = None
                return 0
            url = server.superuser_url
            results["server"] = {"host": server.host, "port": server.port}
        else:
            url = f"sqlite:///{out / 'event.sqlite'}"
        env = environment(out, url)
        for step, argv in (
            ("demo", ["-m", "app", "demo"]),
            ("info", ["-m", "app", "--lang", "en", "info"]),
            ("pdf_dossier", ["-m", "app", "--lang", "en", "pdf", "dossier", "--team", "1", "--out", str(out / "dossier.pdf")]),
            ("jury_kit", ["-m", "app", "jury", "kit", "--juror", "all", "--out", str(out / "kits")]),
            ("juror_desk", ["-c", juror_file(out, env)]),
        ):
            run_step(out, results, step, argv, env)
        files = sorted(str(path) for path in (out / "files").glob("*r2.json"))
        run_step(out, results, "jury_import", ["-m", "app", "--lang", "en", "jury", "import", *files], env)
        run_step(out, results, "export", ["-m", "app", "export", "outcomes", "--json", str(out / "outcomes.json"),
                                          "--csv", str(out / "csv")], env)
        run_window(out, results, env)
        run_step(out, results, "control", ["-c", CONTROL], env)
    finally:
        if server is not None:
            server.stop()
        (out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
