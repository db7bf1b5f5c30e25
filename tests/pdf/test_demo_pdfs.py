"""The PDFs made from the real demo event: team 8's dossier (a finished pitch) and the 9-team report keep
every page well filled, the cover on one page, and the contents pointing at the right pages; team 8's
poster holds its whole pitch, and the race leader's two sheets leave out what it has not filled in."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from app.demo.event import create_demo_event
from app.export.snapshot import event_summary, team_dossier
from app.pdf.dossier import render_dossier
from app.pdf.poster import render_poster
from app.pdf.report import render_report
from app.storage.database import open_store
from tests.pdf.test_dossier_cover import near_empty_pages
from tests.pdf.test_report import contents

NOW = datetime(2026, 3, 11, 10, 59, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_summary(tmp_path_factory):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}")
    event_id = create_demo_event(store, NOW)
    summary = event_summary(store, event_id, "nl", True, NOW)
    team8 = next(team for team in summary.teams if team.team_number == 8)
    yield summary, team_dossier(store, event_id, team8.team_id, "nl", NOW)
    store.engine.dispose()


def _reader(render, data) -> PdfReader:
    out = io.BytesIO()
    render(data, out)
    return PdfReader(io.BytesIO(out.getvalue()))


def test_team_8s_dossier_has_its_cover_on_one_page_and_no_nearly_empty_page(demo_summary):
    _, dossier = demo_summary
    texts = [page.extract_text() for page in _reader(render_dossier, dossier).pages]
    assert "Stand van 11 maart 2026, 11:59 uur" in texts[0]
    assert near_empty_pages(texts) == []


def test_the_demo_report_keeps_its_teams_on_well_filled_pages_with_the_right_contents(demo_summary):
    summary, _ = demo_summary
    reader = _reader(render_report, summary)
    texts = [page.extract_text() for page in reader.pages]
    assert near_empty_pages(texts[2:-1]) == []
    entries = contents(reader.pages[1].extract_text(extraction_mode="layout"))
    assert len(entries) == 3 + 9 + 1
    for title, page in entries.items():
        assert title in " ".join(texts[page - 1].split()), title
    teams = [page for title, page in entries.items() if title not in summary.challenges and page != len(texts)]
    assert teams == sorted(set(teams)) and teams[0] == 3  # each team starts a page of its own, in order
    for page in range(3, len(texts)):  # a page without a team's heading continues the team before it
        assert page in teams or "(vervolg)" in texts[page - 1], page


@pytest.mark.parametrize("size", ["A1", "A4"])
def test_team_8s_finished_pitch_fits_its_poster_whole(demo_summary, size):
    _, dossier = demo_summary
    reader = _reader(lambda data, out: render_poster(data, out, size), dossier)
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1 and "…" not in text and "Nog niet ingevuld" not in text
    assert "Stichting Omscholing Publiek voor nieuwe instroom" in text


def test_the_race_leaders_two_sheets_leave_out_its_empty_yell(demo_summary):
    summary, _ = demo_summary
    team9 = next(team for team in summary.teams if team.team_number == 9)
    winner = replace(team9, race=replace(team9.race, winner=True, prize_sheets=2))
    reader = _reader(render_poster, winner)
    assert len(reader.pages) == 2
    second = reader.pages[1].extract_text()
    assert "Nog niet ingevuld" not in second and "ONZE YELL" not in second and "WAT KOST HET" in second
