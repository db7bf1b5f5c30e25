"""Export jobs: checked, run in-process, and run in a worker process with progress, failures and cancel."""

from __future__ import annotations

import sys
import time
import types
from pathlib import Path

import pytest

from app.errors import DomainError
from app.export.jobs import ExportJob, checked, run
from app.export.worker import ExportProcess, Failed, Finished, Progress
from tests.export import fakes


def job(tmp_path: Path, kind: str = "report", **kw) -> ExportJob:
    return ExportJob(kind=kind, target=kw.pop("target", tmp_path / "out.pdf"), lang=kw.pop("lang", "nl"), event_id=1, **kw)


def until_done(process: ExportProcess, timeout: float = 60.0) -> list:
    """Every event the worker sends until it finishes or fails."""
    events, deadline = [], time.monotonic() + timeout
    while process.running and time.monotonic() < deadline:
        events += process.poll()
        time.sleep(0.02)
    assert not process.running, "the worker did not answer"
    return events


def until(process: ExportProcess, kind: type, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for event in process.poll():
            if isinstance(event, kind):
                return event
        time.sleep(0.02)
    raise AssertionError(f"no {kind.__name__} from the worker")


@pytest.mark.parametrize("bad, code", [
    (dict(kind="flyer"), "export_kind"),
    (dict(lang="de"), "export_lang"),
    (dict(kind="poster", size="B2", team_id=1), "export_size"),
    (dict(kind="dossier"), "export_no_team"),
    (dict(kind="outcomes", format="xlsx"), "export_format"),
])
def test_a_job_that_cannot_be_made_is_refused_with_its_reason(tmp_path, bad, code):
    with pytest.raises(DomainError) as refused:
        checked(job(tmp_path, **bad))
    assert refused.value.code == code


def test_a_folder_that_is_not_there_is_refused_before_anything_is_read(tmp_path):
    with pytest.raises(DomainError) as refused:
        checked(job(tmp_path, target=tmp_path / "gone" / "report.pdf"))
    assert refused.value.code == "export_no_folder" and refused.value.params["folder"] == str(tmp_path / "gone")
    assert checked(job(tmp_path, "outcomes", target=tmp_path / "tables", format="csv"))  # made by the export itself


def test_run_writes_the_rendered_file_whole(tmp_path):
    target = tmp_path / "report.pdf"
    seen = []
    written = run(job(tmp_path, target=target), fakes.summary(3), lambda d, t: seen.append((d, t)), fakes.render_text)
    assert written == (target,)
    assert target.read_text().splitlines() == ["report nl A1 Team 1", "report nl A1 Team 2", "report nl A1 Team 3"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_refused_render_leaves_an_earlier_file_untouched(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the earlier export")
    with pytest.raises(DomainError):
        run(job(tmp_path, target=target), fakes.summary(), None, fakes.render_refused)
    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_the_outcomes_go_to_the_writers_of_the_outcomes(tmp_path, monkeypatch):
    calls = []
    outcomes = types.SimpleNamespace(write_outcomes_json=lambda summary, path: calls.append(("json", path)),
                                     write_outcomes_csv=lambda summary, folder: [folder / "teams.csv"])
    monkeypatch.setitem(sys.modules, "app.export.outcomes", outcomes)
    assert run(job(tmp_path, "outcomes", target=tmp_path / "o.json"), fakes.summary()) == (tmp_path / "o.json",)
    assert calls == [("json", tmp_path / "o.json")]
    folder = tmp_path / "new folder"
    assert run(job(tmp_path, "outcomes", target=folder, format="csv"), fakes.summary()) == (folder / "teams.csv",)
    assert folder.is_dir()


def test_the_worker_renders_in_another_process_with_progress(tmp_path):
    target = tmp_path / "Staatsprint – eventrapport.pdf"
    process = ExportProcess.started(job(tmp_path, target=target, lang="en"), fakes.summary(4, "en"), fakes.render_text)
    events = until_done(process)
    assert [e for e in events if isinstance(e, Progress)] == [Progress(n, 4) for n in range(1, 5)]
    assert events[-1] == Finished((target,))
    assert target.read_text().count("report en") == 4


def test_a_refusal_comes_back_as_its_code_and_message_and_nothing_is_written(tmp_path):
    process = ExportProcess.started(job(tmp_path), fakes.summary(), fakes.render_refused)
    events = until_done(process)
    assert events[-1] == Failed("export_fake_refusal", "the fake renderer refuses", {"reason": "fake"})
    assert list(tmp_path.iterdir()) == []


def test_an_unforeseen_failure_is_a_message_not_a_traceback(tmp_path):
    process = ExportProcess.started(job(tmp_path), fakes.summary(), fakes.render_broken)
    failed = until_done(process)[-1]
    assert isinstance(failed, Failed) and failed.code == "export_unexpected"
    assert "ZeroDivisionError: division by zero" in failed.message and "Traceback" not in failed.message
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_refused_by_the_worker(tmp_path):
    target = tmp_path / "missing" / "report.pdf"
    failed = until_done(ExportProcess.started(job(tmp_path, target=target), fakes.summary(), fakes.render_text))[-1]
    assert failed.code == "export_no_folder"
    assert list(tmp_path.iterdir()) == []


def test_cancel_kills_the_worker_and_leaves_no_file(tmp_path):
    process = ExportProcess.started(job(tmp_path), fakes.summary(), fakes.render_slowly)
    until(process, Progress)
    process.cancel()
    assert not process.running and process.outcome.code == "export_cancelled"
    assert not process._process.is_alive()
    assert list(tmp_path.iterdir()) == []


def test_cancel_while_the_file_is_being_written_removes_the_temporary_file(tmp_path):
    process = ExportProcess.started(job(tmp_path), fakes.summary(), fakes.render_into_the_file_slowly)
    until(process, Progress)
    assert [p.suffix for p in tmp_path.iterdir()] == [".part"]  # the worker is inside write_atomically
    process.cancel()
    assert list(tmp_path.iterdir()) == []


def test_a_worker_that_dies_without_a_word_is_reported(tmp_path):
    process = ExportProcess.started(job(tmp_path), fakes.summary(), fakes.render_slowly)
    until(process, Progress)
    process._process.kill()
    failed = until_done(process)[-1]
    assert failed.code == "export_worker_died"


def test_a_frozen_build_lets_a_spawned_export_worker_run_before_anything_else(monkeypatch):
    import multiprocessing

    from app.main import main

    calls = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("freeze_support"))
    with pytest.raises(SystemExit):
        main(["--help"])
    assert calls == ["freeze_support"]


def test_a_worker_started_ahead_waits_for_its_job_then_does_it(tmp_path):
    process = ExportProcess("report", fakes.render_text)
    assert process.fits("report", fakes.render_text) and not process.fits("dossier", fakes.render_text)
    assert process.poll() == [] and not process.running
    process.submit(job(tmp_path), fakes.summary(2))
    assert until_done(process)[-1] == Finished((tmp_path / "out.pdf",))
    assert not process.fits("report", fakes.render_text)


def test_a_worker_started_ahead_and_never_used_is_killed_on_cancel(tmp_path):
    process = ExportProcess("dossier", fakes.render_text)
    process.cancel()
    assert not process._process.is_alive() and list(tmp_path.iterdir()) == []


def test_the_jury_job_writes_both_tables_into_its_folder_made_when_missing(tmp_path):
    from datetime import UTC, date, datetime
    from fractions import Fraction

    from app.export.jury_lines import JuryExport, ResultLine, ScoreLine

    data = JuryExport("Jurydag", date(2026, 11, 24), "nl",
                      (ScoreLine("A", 1, "Team 1", "Pitch", 7, False, "file", 1, datetime(2026, 11, 24, 16, 0, tzinfo=UTC)),),
                      (ResultLine("Eindklassement", 1, "Team 1", Fraction(7), Fraction(7), 1, 1, 1, "raw"),))
    written = run(checked(job(tmp_path, "jury", target=tmp_path / "jury")), data)
    assert [p.name for p in written] == ["jury_scores.csv", "jury_results.csv"] and all(p.is_file() for p in written)
