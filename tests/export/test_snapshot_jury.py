"""The event summary's jury part read from the database: nothing without jurors, only "not confirmed"
before the chair confirms, then the pools, the confirmed podium with its reason and the feedback texts
(never a private note, never a not-seen sheet's text); the summary still pickles, and the report made
through ``staatsprint pdf report`` carries it."""

from __future__ import annotations

import io
import pickle
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlmodel import select

from app.cli import build_parser, run_command
from app.export import snapshot_jury
from app.export.dossier_data import JuryResults
from app.export.snapshot import event_summary
from app.storage.database import open_store
from db.models import Juror
from tests.export.jury_event import confirm, jury_event, local_results, score

NOW = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)


@pytest.fixture
def judged(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot_jury, "pool_results", local_results)
    store = open_store(f"sqlite:///{tmp_path / 'jury.sqlite'}")
    made = jury_event(store, ("De Datadragers", "Kennistafel", None))
    score(made, 0, {0: (7, 8), 1: (6, 5), 2: None}, {0: "Sterk idee.", 1: "Scherper pitchen.", 2: "niet gezien"}, note="PRIVÉ")
    score(made, 1, {0: (9, 9), 1: (8, 8)}, {1: "Mooi storyboard."}, note="PRIVÉ")
    yield made
    store.engine.dispose()


def test_no_jurors_no_jury_part(judged):
    with judged.store.write() as session:
        for juror in session.exec(select(Juror)):
            session.delete(juror)
    assert event_summary(judged.store, judged.event_id, "nl", True, NOW).jury is None


def test_before_the_confirmation_only_that_it_is_not_confirmed(judged):
    summary = event_summary(judged.store, judged.event_id, "nl", True, NOW)
    assert summary.jury == JuryResults(False, 2)
    assert summary.extra == {}


def test_once_confirmed_the_results_the_podium_and_the_feedback(judged):
    confirm(judged, [1, 0], reason="De jury koos voor de impact.")
    summary = event_summary(judged.store, judged.event_id, "nl", False, NOW)
    jury = summary.jury
    assert jury.confirmed and jury.jurors == 2 and summary.extra == {"juryleden": 2}
    (pool,) = jury.pools
    assert pool.title == "Eindklassement" and pool.deciding == "raw"
    assert [(row.team_number, row.rank, row.jurors) for row in pool.ranking] == [(1, 1, 2), (2, 2, 2), (3, None, 0)]
    assert [(p.place, p.team_name, p.reason) for p in pool.podium] == [(1, "Kennistafel", "De jury koos voor de impact."),
                                                                        (2, "De Datadragers", "De jury koos voor de impact.")]
    assert [(m.higher, m.lower, m.points, m.criterion) for m in pool.margins] == [("De Datadragers", "Kennistafel", 1, "Pitch")]
    assert [(f.team_name, f.texts) for f in jury.feedback] == [
        ("De Datadragers", ("Sterk idee.",)), ("Kennistafel", ("Scherper pitchen.", "Mooi storyboard.")), ("Team 3", ())]
    assert "PRIVÉ" not in repr(summary) and "Marieke" not in repr(jury)
    assert pickle.loads(pickle.dumps(summary)) == summary


def test_the_pdf_report_command_carries_the_results(judged, tmp_path):
    confirm(judged, [0, 1])
    url = str(judged.store.engine.url)
    code = run_command(build_parser().parse_args(["--db", url, "pdf", "report", "--out", str(tmp_path / "r.pdf")]), io.StringIO())
    assert code == 0
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "Uitslag van de jury" in text and "1e plaats De Datadragers (team 1)" in text and "Mooi storyboard." in text
    assert "PRIVÉ" not in text and "Marieke" not in text


def test_a_shared_prize_is_one_line_saying_it_is_shared():
    from app.export.dossier_data import JuryPlace
    from app.pdf.report_jury import prize_lines

    prizes = (("Publieksprijs", JuryPlace(1, 2, "Kennistafel", "shared")), ("Publieksprijs", JuryPlace(2, 4, "Team 4", "shared")),
              ("Publieksprijs", JuryPlace(3, 5, "Het Wiel", "shared")), ("Idee Race", JuryPlace(1, 3, "Leentjebuur", "")))
    assert prize_lines(prizes, "nl") == [("Publieksprijs (gedeeld)", "Kennistafel (team 2), Team 4 en Het Wiel (team 5)"),
                                         ("Idee Race", "Leentjebuur (team 3)")]
