"""``staatsprint export jury --csv DIR``: both tables written into the folder (made when its parent is
there); before any juror file is in use, and for a folder whose parent is missing, exit 2 with the
message and nothing written."""

from __future__ import annotations

import io

import pytest

from app.cli import build_parser, run_command
from app.export import snapshot_jury
from app.storage.database import open_store
from tests.export.jury_event import jury_event, local_results, score


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot_jury, "pool_results", local_results)
    url = f"sqlite:///{tmp_path / 'jury.sqlite'}"
    store = open_store(url)
    made = jury_event(store)
    yield url, made
    store.engine.dispose()


def test_both_tables_are_written_into_a_new_folder(db, tmp_path):
    url, made = db
    score(made, 0, {0: (7, 8), 1: (6, 5)})
    code, out = run("--db", url, "export", "jury", "--csv", str(tmp_path / "jury"), "--lang", "en")
    assert code == 0
    assert out.splitlines() == [f"written: {tmp_path / 'jury' / 'jury_scores.csv'}", f"written: {tmp_path / 'jury' / 'jury_results.csv'}"]
    assert (tmp_path / "jury" / "jury_results.csv").read_text(encoding="utf-8-sig").startswith("pool;team_number;")


def test_no_scores_yet_exits_2_with_the_message(db, tmp_path, capsys):
    url, _made = db
    code, out = run("--db", url, "export", "jury", "--csv", str(tmp_path / "jury"))
    assert code == 2 and out == ""
    assert "there are no jury scores yet" in capsys.readouterr().err
    assert not (tmp_path / "jury").exists()


def test_a_missing_parent_folder_exits_2(db, tmp_path, capsys):
    url, made = db
    score(made, 0, {0: (7, 8)})
    assert run("--db", url, "export", "jury", "--csv", str(tmp_path / "nowhere" / "jury"))[0] == 2
    assert "does not exist" in capsys.readouterr().err


def test_the_folder_is_required():
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "jury"])
