"""``staatsprint pdf agenda``: the real agenda written under its default name or where asked, in Dutch or
English; a refused path, a stray path or an unknown event a one-line message, exit 2, nothing written."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.cli import build_parser, run_command


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    assert run("--db", db, "demo")[0] == 0
    return db


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_the_agenda_goes_to_its_default_name_in_the_current_folder(demo_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = run("--db", demo_db, "pdf", "agenda")
    written = list(tmp_path.iterdir())
    assert code == 0 and len(written) == 1
    assert written[0].name.startswith("Staatsprint 20") and written[0].name.endswith(" – agenda.pdf")
    assert out == f"agenda written: {written[0]}\n"
    text = _text(written[0])
    assert "Programma" in text and "Lunch! VASTE TIJD" in text and "Teams en zalen" in text
    assert "zaal nog niet bekend" not in text and text.count("IN DEZE ZAAL") == 9  # the demo: a room per team, a door sign each


def test_the_agenda_in_english_where_asked(demo_db, tmp_path):
    target = tmp_path / "agenda-en.pdf"
    code, out = run("--db", demo_db, "pdf", "agenda", "--lang", "en", "--event", "1", "--out", str(target))
    assert code == 0 and out == f"agenda written: {target}\n"
    text = _text(target)
    assert "Programme" in text and "FIXED TIME" in text and text.count("IN THIS ROOM") == 9


@pytest.mark.parametrize("argv, words", [
    (("pdf", "agenda", "--out", "{tmp}/missing/agenda.pdf"), "the folder {tmp}/missing does not exist"),
    (("pdf", "agenda", "--out", "/proc/agenda.pdf"), "the folder /proc may not be written to"),
    (("pdf", "agenda", "{tmp}/agenda.pdf"), "use --out PATH"),
    (("pdf", "agenda", "--event", "999"), "event"),
])
def test_a_refusal_is_one_line_on_stderr_exit_2_and_nothing_written(demo_db, tmp_path, monkeypatch, capsys, argv, words):
    monkeypatch.chdir(tmp_path)
    code, out = run("--db", demo_db, *(part.format(tmp=tmp_path) for part in argv))
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.startswith("staatsprint: error: ") and words.format(tmp=tmp_path) in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
