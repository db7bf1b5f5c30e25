"""The jury's PDFs and the event report say what they are in their metadata: a title, the author
"Staatsprint" (never reportlab's "anonymous") and a subject (never "unspecified"), in the PDF's language."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from app.jury.audience import make_codes
from app.jury.beraad_data import TeamFeedback
from app.pdf.audience_slips import save_slips
from app.pdf.feedback import render_feedback
from app.pdf.report import render_report
from tests.jury.reveal_event import make_event
from tests.pdf.events import event_summary


def _meta(data: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(data)).metadata
    return {"title": info.title, "author": info.author, "subject": info.subject, "creator": info.creator}


@pytest.mark.parametrize(("lang", "subject"), [("nl", "Wat de jury elk team meegeeft, per team op een eigen pagina"),
                                               ("en", "What the jury tells each team, one page per team")])
def test_the_feedback_pdf_says_what_it_is(lang, subject):
    out = io.BytesIO()
    render_feedback([TeamFeedback("Team 1 De Datadokters", ("Sterk probleem.",))], "Staatsprint Utrecht", date(2026, 12, 2), lang, out)
    meta = _meta(out.getvalue())
    assert meta["author"] == meta["creator"] == "Staatsprint"
    assert meta["subject"] == subject and meta["title"].startswith("Staatsprint Utrecht — ")


def test_the_audience_slips_say_what_they_are(sqlite_store, tmp_path):
    event = make_event(sqlite_store)
    make_codes(event.store, event.event_id, event.template.jury)
    path = tmp_path / "slips.pdf"
    save_slips(event.store, event.event_id, "nl", path)
    meta = _meta(path.read_bytes())
    assert meta["author"] == meta["creator"] == "Staatsprint"
    assert meta["subject"] == "Stemcodes voor de publieksprijs: één strookje per deelnemer"
    assert meta["title"].startswith("Publieksprijs — ")


def test_the_event_report_says_what_it_is():
    out = io.BytesIO()
    summary = event_summary(2)
    render_report(summary, out)
    meta = _meta(out.getvalue())
    assert meta["author"] == meta["creator"] == "Staatsprint"
    assert meta["subject"] == {"nl": "Verslag van de dag voor de organisator: de teams per challenge en de cijfers",
                               "en": "The day's report for the organiser: the teams per challenge and the numbers"}[summary.lang]
    assert "anonymous" not in meta.values() and "unspecified" not in meta.values()
