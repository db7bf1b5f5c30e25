"""The command line: export/import archive, team-kit, team-file; bad input exits 2 with a message."""

from __future__ import annotations

import io
from contextlib import redirect_stderr

import pytest

from app.cli import build_parser, run_command


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    db = f"sqlite:///{folder / 'home.sqlite'}"
    assert run("--db", db, "demo")[0] == 0
    return db, folder


def test_an_event_moves_by_archive_and_a_team_laptop_hands_in_its_file(home, tmp_path):
    db, folder = home
    archive = tmp_path / "event.staatsprint-archive"
    code, out, _ = run("--db", db, "export", "archive", "--out", str(archive))
    assert code == 0 and str(archive) in out
    laptop = f"sqlite:///{tmp_path / 'laptop.sqlite'}"
    code, out, _ = run("--db", laptop, "import", "archive", str(archive))
    assert code == 0 and "added" in out and "into event 1" in out
    code, out, _ = run("--db", laptop, "import", "archive", str(archive))
    assert code == 0 and "added 0 rows, updated 0" in out
    kit = tmp_path / "team1.staatsprint-teamkit"
    assert run("--db", db, "export", "team-kit", "--team", "1", "--out", str(kit))[0] == 0
    team_file = tmp_path / "team1.staatsprint-team"
    code, out, err = run("--db", laptop, "export", "team-file", "--team", "1", "--kit", str(kit), "--out", str(team_file))
    assert code == 0, err
    code, out, _ = run("--db", db, "import", "team-file", str(team_file), "--dry-run")
    assert code == 0 and "dry run, nothing written" in out and "would add" in out


@pytest.mark.parametrize("argv, words", [
    (("import", "archive", "{folder}/missing.staatsprint-archive"), "could not be read"),
    (("import", "team-file", "{folder}/home.sqlite"), "too large to be a team file|not a Staatsprint file"),
    (("export", "archive", "--out", "{folder}/no/such/folder/x.staatsprint-archive"), "does not exist"),
    (("export", "team-kit", "--team", "999"), "there is no team 999"),
])
def test_bad_input_exits_2_with_a_message(home, argv, words):
    import re

    db, folder = home
    code, out, err = run("--db", db, *(part.format(folder=folder) for part in argv))
    assert code == 2 and re.search(words, err) and "Traceback" not in err


def test_a_team_archive_by_the_command_line_and_its_refusals(home, tmp_path):
    import json
    import stat
    import sys

    db, folder = home
    archive = tmp_path / "team2.staatsprint-archive"
    code, out, err = run("--db", db, "export", "archive", "--team", "2", "--out", str(archive))
    assert code == 0 and "team 2's laptop only" in out, err
    assert '"jury_setting"' not in archive.read_text(encoding="utf-8")
    laptop = f"sqlite:///{tmp_path / 'laptop.sqlite'}"
    code, out, err = run("--db", laptop, "import", "archive", str(archive))
    assert code == 0 and "added" in out, err
    code, out, err = run("--db", db, "import", "archive", str(archive))
    assert code == 2 and "already holds" in err and "nothing was imported" in err and "Traceback" not in err
    kit = tmp_path / "team2.staatsprint-teamkit"
    assert run("--db", db, "export", "team-kit", "--team", "2", "--out", str(kit))[0] == 0
    if sys.platform != "win32":
        assert stat.S_IMODE(kit.stat().st_mode) == 0o600
        assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    team_file = tmp_path / "team2.staatsprint-team"
    code, out, err = run("--db", laptop, "export", "team-file", "--team", "2", "--out", str(team_file))
    assert code == 2 and "team's kit" in err
    assert run("--db", laptop, "export", "team-file", "--team", "2", "--kit", str(kit), "--out", str(team_file))[0] == 0
    code, out, err = run("--db", db, "import", "archive", str(team_file))
    assert code == 2 and "team2.staatsprint-team is a team file, not an event archive" in err
    assert "'" not in err.split(" is ", 1)[1]
    bad = tmp_path / "bad.staatsprint-teamkit"
    bad.write_text("not a kit", encoding="utf-8")
    code, out, err = run("--db", laptop, "export", "team-file", "--team", "2", "--kit", str(bad), "--out", str(team_file))
    assert code == 2 and "is not a team kit" in err and "Expecting" not in err and "char 0" not in err
    assert json.loads(kit.read_text(encoding="utf-8"))["format"] == "staatsprint-team-kit"
