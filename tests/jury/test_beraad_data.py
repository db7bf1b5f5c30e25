"""The juryberaad's data: the feedback PDF for the teams (a page per team, no juror names or scores), the drift."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from app.event.events import create_event_from_template
from app.event.teams import add_team, set_team_name
from app.jury.beraad_data import team_feedback
from app.pdf.feedback import write_feedback
from db.models import Juror, ScoreSheet


@pytest.fixture
def event(sqlite_store, staatsprint_template):
    store = sqlite_store
    event_id = create_event_from_template(store, staatsprint_template, date(2026, 12, 2))
    teams = [add_team(store, event_id, "gemeentelijke_it") for _ in range(3)]
    set_team_name(store, teams[0], "De Datadokters")
    with store.write() as session:
        anne = Juror(event_id=event_id, name="Anne de Vries", position=1, token="a" * 16)
        bram = Juror(event_id=event_id, name="Bram Jansen", position=2, token="b" * 16)
        session.add_all([anne, bram])
        session.flush()
        session.add_all([
            ScoreSheet(juror_id=anne.id, team_id=teams[0], note="privé: twijfel", feedback="Sterk probleem, scherp verwoord.\nWerk het plan uit."),
            ScoreSheet(juror_id=bram.id, team_id=teams[0], feedback="Mooie pitch; denk aan de privacy."),
            ScoreSheet(juror_id=bram.id, team_id=teams[1], feedback="   "),
            ScoreSheet(juror_id=anne.id, team_id=teams[2], not_seen=True),
        ])
    return store, event_id, teams


def test_the_feedback_is_gathered_per_team_without_names(event):
    store, event_id, _teams = event
    items = team_feedback(store, event_id)
    assert [item.team for item in items] == ["Team 1 De Datadokters", "Team 2", "Team 3"]
    assert items[0].texts == ("Sterk probleem, scherp verwoord.\nWerk het plan uit.", "Mooie pitch; denk aan de privacy.")
    assert items[1].texts == () and items[2].texts == ()


def test_the_pdf_has_a_page_per_team_with_the_words_and_no_names_notes_or_scores(event, tmp_path):
    store, event_id, _teams = event
    path = tmp_path / "feedback.pdf"
    pages = write_feedback(store, event_id, path, "Staatsprint Utrecht", date(2026, 12, 2), "nl")
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 3
    first, second = (" ".join(reader.pages[i].extract_text().split()) for i in (0, 1))
    assert "Feedback van de jury" in first and "Team 1 De Datadokters" in first
    assert "Sterk probleem, scherp verwoord." in first and "Werk het plan uit." in first
    assert "Mooie pitch; denk aan de privacy." in first
    assert "De juryleden schreven voor dit team geen feedback." in second
    everything = " ".join(page.extract_text() for page in reader.pages)
    for secret in ("Anne", "Bram", "privé", "twijfel"):
        assert secret not in everything


def test_a_folder_that_is_not_there_writes_nothing(event, tmp_path):
    from app.errors import DomainError

    store, event_id, _teams = event
    with pytest.raises(DomainError):
        write_feedback(store, event_id, tmp_path / "nope" / "f.pdf", "X", date(2026, 12, 2), "en")
    assert not (tmp_path / "nope").exists()


def test_the_drift_is_the_slope_of_score_against_pitch_position():
    from app.jury.beraad_data import drift

    assert drift([(1, 6.0), (2, 6.5), (3, 7.0), (4, 7.5)]) == 0.5
    assert drift([(1, 8.0), (2, 6.0), (3, 7.0)]) == -0.5
    assert drift([(1, 6.0), (2, 7.0)]) is None
    assert drift([(1, 6.0), (1, 7.0), (1, 8.0)]) is None


def test_an_event_without_teams_writes_no_feedback(sqlite_store, staatsprint_template, tmp_path):
    from app.errors import DomainError

    event_id = create_event_from_template(sqlite_store, staatsprint_template, date(2026, 12, 2))
    with pytest.raises(DomainError) as refusal:
        write_feedback(sqlite_store, event_id, tmp_path / "f.pdf", "X", date(2026, 12, 2), "nl")
    assert refusal.value.code == "feedback_no_teams"
    assert not (tmp_path / "f.pdf").exists()
