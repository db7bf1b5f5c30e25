"""``staatsprint serve`` on the command line: what it prints, Ctrl+C, and its refusals (exit 2, one line)."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from app.cli_serve import run_serve
from app.cli import build_parser, run_command
from app.storage.database import open_store
from tests.pg import _free_port

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def local():
    from app.demo.event import create_demo_event

    folder = Path(tempfile.mkdtemp(prefix="staatsprint-cli-"))
    folder.chmod(0o755)
    url = f"sqlite:///{folder / 'event.sqlite'}"
    store = open_store(url)
    event_id = create_demo_event(store)
    yield store, event_id, url, folder
    store.engine.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    return run_command(build_parser().parse_args(argv), io.StringIO())


def _serve(local, *options: str) -> list[str]:
    _store, _event, url, _folder = local
    return ["--db", url, "serve", "--listen", "127.0.0.1", *options]


def test_a_port_in_use_is_refused(local, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(_serve(local, "--port", str(port), "--folder", str(local[3] / "busy")))
    error = capsys.readouterr().err
    assert code == 2 and f"port {port} is in use" in error and "Traceback" not in error


def test_a_folder_that_cannot_be_written_is_refused(local, capsys):
    blocker = local[3] / "a-file"
    blocker.write_text("not a folder")
    code = main(_serve(local, "--port", str(_free_port()), "--folder", str(blocker / "server")))
    error = capsys.readouterr().err
    assert code == 2 and "cannot write in" in error and "Traceback" not in error


def test_no_postgresql_programs_is_said(local, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("STAATSPRINT_PG_BIN", str(tmp_path))
    code = main(_serve(local, "--port", str(_free_port()), "--folder", str(local[3] / "none")))
    error = capsys.readouterr().err
    assert code == 2 and "no PostgreSQL server programs" in error and "Traceback" not in error
    assert not (local[3] / "none" / "data").exists()


def test_serve_says_where_and_stops_cleanly_on_ctrl_c(local, monkeypatch):
    store, event_id, _url, folder = local
    port = _free_port()
    args = argparse.Namespace(folder=str(folder / "server"), join_files=None, port=port, listen="127.0.0.1", host=None,
                              members=False, durable=False)
    out = io.StringIO()
    interrupter = threading.Thread(target=_interrupt_when_ready, args=(out,), daemon=True)
    interrupter.start()
    assert run_serve(store, args, event_id, out) == 0
    interrupter.join()
    said = out.getvalue()
    assert f"address:   127.0.0.1  port {port}" in said
    assert str(folder / "server-join-files") in said
    assert "your own (the facilitator's) join file: facilitator-" in said
    assert "no network address found" in said  # --listen 127.0.0.1 and no --host: nothing else was found to put in the files
    assert "never show it on the beamer" in said and "event server stopped" in said
    assert not (folder / "server" / "data" / "postmaster.pid").exists()
    assert len(list((folder / "server-join-files").iterdir())) > 1


def _interrupt_when_ready(out: io.StringIO) -> None:
    deadline = time.monotonic() + 60
    while "press Ctrl+C" not in out.getvalue() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGINT)
