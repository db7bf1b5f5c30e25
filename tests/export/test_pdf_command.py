"""``staatsprint pdf dossier|poster|report``: the file written where asked (or under its default name
here), where it went printed, and every refusal a message with exit 2 and nothing written."""

from __future__ import annotations

import io

import pytest

import app.export.jobs as jobs
import app.export.pdf_command as pdf_command
from app.cli import build_parser, run_command
from tests.export import fakes


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    assert run("--db", db, "demo")[0] == 0
    return db


@pytest.fixture
def fake_pdf(monkeypatch):
    """The snapshot and the renderers faked: what the command hands them is what is checked."""
    asked = []

    def read(store, job, now):
        asked.append(job)
        return fakes.summary(2, job.lang) if job.kind == "report" else fakes.dossier(lang=job.lang)

    monkeypatch.setattr(pdf_command, "read_data", read)
    monkeypatch.setattr(jobs, "render_pdf", fakes.render_text)
    return asked


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


def test_the_dossier_goes_to_its_default_name_in_the_current_folder(demo_db, fake_pdf, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = run("--db", demo_db, "pdf", "dossier", "--team", "1")
    written = list(tmp_path.iterdir())
    assert code == 0 and len(written) == 1
    assert written[0].name.startswith("Staatsprint 20") and written[0].name.endswith(" – Team 1 – dossier.pdf")  # no name yet
    assert out == f"dossier written: {written[0]}\n"
    job = fake_pdf[0]
    assert (job.kind, job.lang, job.team_id is not None) == ("dossier", "nl", True)


def test_the_poster_takes_its_size_language_and_path(demo_db, fake_pdf, tmp_path):
    target = tmp_path / "poster.pdf"
    code, out = run("--db", demo_db, "pdf", "poster", "--team", "2", "--size", "a0", "--lang", "en", "--out", str(target))
    assert code == 0 and out == f"poster written: {target}\n"
    assert target.read_text() == "poster en A0 De Datadragers\n"  # the fake dossier's team
    assert (fake_pdf[0].size, fake_pdf[0].lang) == ("A0", "en")


def test_a_folder_as_out_gets_the_default_name_and_the_report_leaves_names_out(demo_db, fake_pdf, tmp_path):
    code, out = run("--db", demo_db, "pdf", "poster", "--team", "3", "--out", str(tmp_path))
    assert code == 0 and [p.name.endswith(" – Team 3 Bits & Banen – poster A1.pdf") for p in tmp_path.iterdir()] == [True]
    code, out = run("--db", demo_db, "pdf", "report", "--no-names", "--out", str(tmp_path))
    assert code == 0
    assert any(p.name.endswith(" – eventrapport zonder namen.pdf") for p in tmp_path.iterdir())
    assert fake_pdf[1].with_names is False and fake_pdf[1].team_id is None


@pytest.mark.parametrize("argv, words", [
    (("pdf", "dossier", "--team", "99"), "has no team 99"),
    (("pdf", "poster", "--team", "1", "--size", "B2"), "not a poster size: 'B2'"),
    (("pdf", "report", "--event", "999"), "event"),
])
def test_a_refusal_is_one_line_on_stderr_exit_2_and_nothing_written(demo_db, fake_pdf, tmp_path, monkeypatch, capsys, argv, words):
    monkeypatch.chdir(tmp_path)
    code, out = run("--db", demo_db, *argv)
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.startswith("staatsprint: error: ") and words in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_path_is_refused_and_leaves_nothing(demo_db, fake_pdf, tmp_path, capsys):
    target = tmp_path / "missing" / "dossier.pdf"
    code, _ = run("--db", demo_db, "pdf", "dossier", "--team", "1", "--out", str(target))
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_team_is_required(capsys):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["pdf", "dossier"])
    assert exit_.value.code == 2 and "--team" in capsys.readouterr().err


def test_a_path_without_out_gets_a_hint_to_use_out(demo_db, fake_pdf, tmp_path, capsys):
    code, out = run("--db", demo_db, "pdf", "dossier", "--team", "8", str(tmp_path / "x.pdf"))
    err = capsys.readouterr().err
    assert code == 2 and out == "" and "use --out PATH" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == [] and fake_pdf == []


def test_proc_may_not_be_written_to(demo_db, fake_pdf, capsys):
    assert run("--db", demo_db, "pdf", "dossier", "--team", "8", "--out", "/proc/x.pdf")[0] == 2
    err = capsys.readouterr().err
    assert "the folder /proc may not be written to" in err and "does not exist" not in err
