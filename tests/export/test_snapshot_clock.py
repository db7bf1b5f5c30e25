"""Every time in the PDFs and the open outcomes is on the event's clock (the template's meta.timezone,
Europe/Amsterdam in the demo), not UTC nor the computer's zone."""

from __future__ import annotations

import io
import os
import time
from datetime import timedelta

import pytest
from pypdf import PdfReader

from app.event.events import event_template, get_event
from app.export.outcomes import outcomes_document
from app.export.snapshot import event_summary, team_dossier
from app.pdf.dossier import render_dossier
from app.pdf.report import render_report


@pytest.fixture
def computer_in_new_york():
    """The computer's own zone differs from the event's: the PDFs must not follow it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _team_id(demo, number: int) -> int:
    return next(t.team_id for t in event_summary(demo.store, demo.event_id, "nl", True, demo.now).teams
                if t.team_number == number)


def test_the_snapshot_moment_is_on_the_events_clock(demo):
    zone = event_template(get_event(demo.store, demo.event_id)).meta.timezone
    summary = event_summary(demo.store, demo.event_id, "nl", True, demo.now)
    assert zone == "Europe/Amsterdam"
    assert summary.made_at == demo.now  # the same moment ...
    assert summary.made_at.utcoffset() == timedelta(hours=1)  # ... on Amsterdam's winter clock
    assert all(team.made_at.utcoffset() == timedelta(hours=1) for team in summary.teams)


def test_the_dossier_report_and_json_print_the_events_time(demo, computer_in_new_york):
    # demo.now is 14:30 UTC on 24 November: 15:30 in Amsterdam, 09:30 in New York.
    dossier = team_dossier(demo.store, demo.event_id, _team_id(demo, 8), "nl", demo.now)
    out = io.BytesIO()
    render_dossier(dossier, out)
    cover = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "15:30 uur" in cover and "09:30" not in cover and "14:30" not in cover

    summary = event_summary(demo.store, demo.event_id, "nl", True, demo.now)
    out = io.BytesIO()
    render_report(summary, out)
    report_cover = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "15:30 uur" in report_cover and "14:30" not in report_cover

    assert outcomes_document(summary)["event"]["made_at"] == "2026-11-24T15:30:00+01:00"
