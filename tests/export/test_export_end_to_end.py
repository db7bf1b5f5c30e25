"""The exports with the real snapshot and renderers: the CLI's files and the worker's, read back with pypdf."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from app.cli import build_parser, run_command
from app.export.jobs import ExportJob, read_data
from app.export.worker import ExportProcess, Finished
from app.storage.database import open_store

MEMBER = "Noëlle Hendriks"  # a member of the demo's team 1


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    assert run("--db", db, "demo")[0] == 0
    return db


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run_command(build_parser().parse_args(list(argv)), out), out.getvalue()


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_dossier_of_a_demo_team_holds_its_name_and_members(demo_db, tmp_path):
    target = tmp_path / "dossier.pdf"
    assert run("--db", demo_db, "pdf", "dossier", "--team", "3", "--out", str(target)) == (0, f"dossier written: {target}\n")
    assert "Bits & Banen" in text_of(target)


def test_the_poster_in_english_on_a4(demo_db, tmp_path):
    target = tmp_path / "poster.pdf"
    code, _ = run("--db", demo_db, "pdf", "poster", "--team", "8", "--size", "A4", "--lang", "en", "--out", str(target))
    page = PdfReader(target).pages[0]
    assert code == 0 and (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_the_report_names_the_participants_unless_asked_not_to(demo_db, tmp_path):
    named, nameless = tmp_path / "named.pdf", tmp_path / "nameless.pdf"
    assert run("--db", demo_db, "pdf", "report", "--out", str(named))[0] == 0
    assert run("--db", demo_db, "pdf", "report", "--no-names", "--out", str(nameless))[0] == 0
    assert MEMBER in text_of(named) and MEMBER not in text_of(nameless)


def test_the_worker_renders_the_real_report_with_progress_per_team(demo_db, tmp_path):
    store = open_store(demo_db)
    job = ExportJob("report", tmp_path / "report.pdf", "nl", 1)
    process = ExportProcess.started(job, read_data(store, job, datetime.now(UTC)))
    events, deadline = [], time.monotonic() + 120
    while process.running and time.monotonic() < deadline:
        events += process.poll()
        time.sleep(0.05)
    assert events[-1] == Finished((job.target,))
    progress = [(e.done, e.total) for e in events[:-1]]
    assert progress[-1][0] == progress[-1][1] > 1
    assert len(PdfReader(job.target).pages) > 3
    store.engine.dispose()


def test_the_outcomes_as_json_and_as_csv_tables_through_the_jobs(demo_db, tmp_path):
    from app.export.jobs import run as run_job

    store = open_store(demo_db)
    for job in (ExportJob("outcomes", tmp_path / "o.json", "nl", 1),
                ExportJob("outcomes", tmp_path / "tables", "en", 1, format="csv")):
        written = run_job(job, read_data(store, job, datetime.now(UTC)))
        assert written and all(path.is_file() and path.stat().st_size > 0 for path in written)
    assert (tmp_path / "o.json").read_text(encoding="utf-8").lstrip().startswith("{")
    assert all(path.parent == tmp_path / "tables" and path.suffix == ".csv" for path in (tmp_path / "tables").iterdir())
    store.engine.dispose()
