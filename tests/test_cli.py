"""The command line: new-event and info, and clear refusals that change nothing."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from app.cli import build_parser, run_command
from tests.conftest import MINI_TEMPLATE


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


def test_new_event_and_info_show_the_day(db_url):
    code, out = run("--db", db_url, "new-event", "--date", "2026-03-11", "--location", "Den Haag")
    assert code == 0 and "created from staatsprint.toml" in out
    code, out = run("--db", db_url, "info")
    assert code == 0
    assert "Staatsprint digitale overheid voor betere dienstverlening" in out
    assert "09:30  Opening" in out and "17:05" in out
    assert "5 min  " in out and "55 min" in out


def test_info_lists_teams_with_members_and_roles(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert run("--db", db, "demo")[0] == 0
    code, out = run("--db", db, "info", "--lang", "en")
    assert code == 0
    assert "Teams" in out and "(Team captain, Timekeeper)" in out  # one demo captain keeps time too
    assert out.count("    - ") >= 24  # every member on a line


def test_a_second_template_makes_an_event_too(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    code, _ = run("--db", db, "new-event", "--template", str(MINI_TEMPLATE))
    assert code == 0
    code, out = run("--db", db, "info")
    assert "Mini" in out and "3 min" in out


def test_a_broken_template_is_refused_on_stderr_and_nothing_is_written(tmp_path, capsys):
    broken = tmp_path / "broken.toml"
    broken.write_text(MINI_TEMPLATE.read_text(encoding="utf-8").replace("minutes = 3\n", "minutes = -3\n", 1), encoding="utf-8")
    db = tmp_path / "x.sqlite"
    code, _ = run("--db", f"sqlite:///{db}", "new-event", "--template", str(broken))
    assert code == 2
    err = capsys.readouterr().err
    assert "broken.toml" in err and "minutes" in err and "greater than 0" in err
    assert not db.exists()  # refused before the database was even opened


def test_options_work_before_and_after_the_command(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    run("--db", db, "demo")
    assert "Team captain" in run("--db", db, "--lang", "en", "info")[1]
    assert "Team captain" in run("info", "--db", db, "--lang", "en")[1]
    assert "Teamcaptain" in run("--lang", "en", "info", "--db", db, "--lang", "nl")[1]
    assert build_parser().parse_args(["--demo", "gui"]).demo is True


def test_add_team_then_info_shows_it(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    run("--db", db, "new-event")
    code, out = run("--db", db, "add-team", "--challenge", "it_personeel", "--name", "Bits & Banen")
    assert code == 0 and "team 1 added" in out
    assert "Bits & Banen · Tekort aan IT-personeel" in run("--db", db, "info")[1]


def test_add_team_with_an_unknown_challenge_is_refused(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    run("--db", db, "new-event")
    assert run("--db", db, "add-team", "--challenge", "klimaat")[0] == 2
    assert "no challenge 'klimaat'" in capsys.readouterr().err
    assert "Teams\n\nFasen" in run("--db", db, "info")[1]


def test_an_unwritable_database_path_is_a_message_not_a_traceback(capsys):
    code, _ = run("--db", "/proc/event.sqlite", "info")
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot reach database" in err and "/proc/event.sqlite" in err


def test_an_unreachable_database_exits_non_zero(capsys):
    code, _ = run("--db", "postgresql://nobody@127.0.0.1:1/none", "info")
    assert code == 2
    assert "cannot reach database" in capsys.readouterr().err


def test_info_on_an_empty_database_says_what_to_do(tmp_path, capsys):
    code, _ = run("--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "info")
    assert code == 2
    assert "new-event" in capsys.readouterr().err


def test_a_bad_date_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["new-event", "--date", "13 maart"])
    assert caught.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_python_m_app_and_the_entry_point_agree(tmp_path):
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "y.sqlite"), "info"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no event yet" in result.stderr
    assert (tmp_path / "y.sqlite").exists()  # a bare path means an SQLite file there


def test_a_write_on_a_read_only_file_exits_2_with_the_reason_and_no_traceback(tmp_path):
    path = tmp_path / "event.sqlite"
    assert run("--db", str(path), "new-event")[0] == 0
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = subprocess.run([sys.executable, "-m", "app", "--db", read_only, "add-team"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("staatsprint: error: saving failed: the database cannot be written to")
    assert "Nothing was changed" in result.stderr
    assert "Teams\n\nFasen" in run("--db", str(path), "info")[1]  # no team was added


def test_a_write_that_waited_in_vain_for_the_lock_exits_2(tmp_path, capsys, monkeypatch):
    import sqlite3

    from db.engine import Waits

    path = tmp_path / "event.sqlite"
    assert run("--db", str(path), "new-event")[0] == 0
    monkeypatch.setattr("app.cli_commands.BATCH", Waits(lock_s=0.2))  # the command line's wait, shortened for the test
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing, and goes on writing
    try:
        assert run("--db", str(path), "add-team")[0] == 2
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("staatsprint: error: saving failed: the database is busy") and "Traceback" not in err


HELP_LOADS = """
import sys
from app.main import main
try:
    main(["--help"])
except SystemExit:
    pass
print(sorted(name for name in ("sqlalchemy", "sqlmodel", "alembic", "db.engine", "PySide6") if name in sys.modules))
"""


def test_help_answers_without_loading_the_database_stack_or_qt():
    result = subprocess.run([sys.executable, "-c", HELP_LOADS], capture_output=True, text=True, timeout=60)
    assert "usage: staatsprint" in result.stdout and "new-event" in result.stdout
    assert result.stdout.splitlines()[-1] == "[]"


def _info_into(tmp_path, stdout) -> subprocess.CompletedProcess:
    db = str(tmp_path / "z.sqlite")
    subprocess.run([sys.executable, "-m", "app", "--db", db, "demo"], capture_output=True, timeout=60, check=True)
    return subprocess.run([sys.executable, "-m", "app", "--db", db, "info"], stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60)


def test_info_read_by_a_reader_that_stops_early_is_no_error(tmp_path):
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has had its lines: every write meets a closed pipe
    with os.fdopen(write_end, "w") as closed:
        result = _info_into(tmp_path, closed)
    assert result.returncode == 0 and result.stderr == ""


def test_info_that_cannot_be_written_says_so_in_one_line_and_exits_2(tmp_path):
    with open("/dev/full", "w") as full:
        result = _info_into(tmp_path, full)
    assert result.returncode == 2
    assert result.stderr == "staatsprint: error: cannot write the output: No space left on device\n"
