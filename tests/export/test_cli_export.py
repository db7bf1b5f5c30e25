"""``staatsprint export outcomes``: JSON and CSV from the command line; every refusal exits 2 with its
message on stderr (never a traceback) and writes nothing."""

from __future__ import annotations

import errno
import io
import json

import pytest

from app.cli import build_parser, run_command
from app.export import files
from app.export.outcomes_schema import check_outcomes


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'demo.sqlite'}"
    assert run("--db", db, "demo")[0] == 0
    return db


def test_json_and_csv_in_english_without_names(demo_db, tmp_path):
    (tmp_path / "csv").mkdir()
    code, out = run("--db", demo_db, "export", "outcomes", "--json", str(tmp_path / "uitkomsten.json"),
                    "--csv", str(tmp_path / "csv"), "--lang", "en", "--no-names")
    assert code == 0 and out.count("written: ") == 8
    document = json.loads((tmp_path / "uitkomsten.json").read_text(encoding="utf-8"))
    check_outcomes(document)
    assert document["event"]["language"] == "en" and document["event"]["with_names"] is False
    assert all(team["members"] == [] for team in document["teams"])
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        f"{name}.csv" for name in ("teams", "knelpunten", "themes", "race", "ideas", "timeline", "answers"))


def test_by_default_dutch_with_names(demo_db, tmp_path):
    assert run("--db", demo_db, "export", "outcomes", "--json", str(tmp_path / "u.json"))[0] == 0
    document = json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))
    assert document["event"]["language"] == "nl" and document["event"]["with_names"] is True
    assert any(team["members"] for team in document["teams"])


@pytest.mark.parametrize("argv, message", [
    ((), "say where to write: --json FILE and/or --csv DIR"),
    (("--csv", "{tmp}/nergens/csv"), "nothing was written: the folder {tmp}/nergens does not exist"),
    (("--json", "{tmp}/u.json", "--csv", "{tmp}/nergens/csv"), "the folder {tmp}/nergens does not exist"),
    (("--json", "{tmp}/nergens/u.json"), "the folder {tmp}/nergens does not exist"),
    (("--event", "99", "--json", "{tmp}/u.json"), "there is no event 99"),
])
def test_a_refusal_exits_2_with_its_message_and_writes_nothing(demo_db, tmp_path, capsys, argv, message):
    code, out = run("--db", demo_db, "export", "outcomes", *(a.format(tmp=tmp_path) for a in argv))
    err = capsys.readouterr().err
    assert code == 2 and out == "" and message.format(tmp=tmp_path) in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_an_empty_database_has_no_event_to_export(tmp_path, capsys):
    code, _ = run("--db", f"sqlite:///{tmp_path / 'leeg.sqlite'}", "export", "outcomes", "--json", str(tmp_path / "u.json"))
    assert code == 2 and "holds no event yet" in capsys.readouterr().err
    assert not (tmp_path / "u.json").exists()


def test_an_unwritable_folder_or_a_full_disk_exits_2(demo_db, tmp_path, capsys, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    assert run("--db", demo_db, "export", "outcomes", "--csv", str(tmp_path))[0] == 2
    assert "teams.csv was not written: the folder" in capsys.readouterr().err
    monkeypatch.undo()

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    assert run("--db", demo_db, "export", "outcomes", "--json", str(tmp_path / "u.json"))[0] == 2
    assert "u.json was not written: the disk is full" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_export_names_what_to_export(capsys):
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["export"])
    assert stopped.value.code == 2 and "required: WHAT" in capsys.readouterr().err


def test_a_missing_csv_folder_is_made_when_its_parent_exists_as_in_the_window(demo_db, tmp_path):
    code, out = run("--db", demo_db, "export", "outcomes", "--csv", str(tmp_path / "nieuw"))
    assert code == 0 and out.count("written: ") == 7
    assert (tmp_path / "nieuw" / "teams.csv").is_file()


def test_proc_may_not_be_written_to(demo_db, capsys):
    assert run("--db", demo_db, "export", "outcomes", "--json", "/proc/x.json")[0] == 2
    err = capsys.readouterr().err
    assert "the folder /proc may not be written to" in err and "does not exist" not in err
