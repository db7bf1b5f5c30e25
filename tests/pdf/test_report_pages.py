"""The report keeps each team on whole pages: a challenge's heading stands above its first team, a team
longer than a page flows onto the next under a "(vervolg)" heading and is never shrunk, and no page is
nearly empty."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader

from app.pdf.report import render_report
from tests.pdf.events import CHALLENGES, PITCH, event_summary, pitch_sections
from tests.pdf.test_dossier_cover import near_empty_pages
from tests.pdf.test_report import contents, render

RACE_LINE = "Plaats 2 van 6 teams"  # the team's race, printed beside its car


def _with_pitch(words: int):
    """The six-team event with team 1's risks answer ``words`` words long."""
    summary = event_summary(6)
    risks = " ".join(f"risico{i}" for i in range(words))
    team = dataclasses.replace(summary.teams[0], sections=pitch_sections({**PITCH, "risks": risks}))
    return dataclasses.replace(summary, teams=(team, *summary.teams[1:]))


def _body_pages(texts: list[str]) -> list[str]:
    """The pages between the contents and the closing numbers."""
    return texts[2:-1]


def test_a_challenges_heading_shares_its_page_with_its_first_team():
    pages, texts, layout = render(event_summary(6))
    entries = contents(layout)
    first_teams = {CHALLENGES[0]: "De Bouwers 1 (team 1)", CHALLENGES[1]: "De Bouwers 2 (team 2)",
                   CHALLENGES[2]: "De Bouwers 3 (team 3)"}
    for challenge, team in first_teams.items():
        assert entries[challenge] == entries[team], challenge
        assert team in " ".join(texts[entries[challenge] - 1].split())


def test_no_page_of_the_report_is_nearly_empty():
    for summary in (event_summary(6), event_summary(20)):
        _, texts, _ = render(summary)
        assert near_empty_pages(_body_pages(texts)) == []


def _sizes_of(summary, word: str) -> list[float]:
    """The printed sizes (points) of every piece of text holding ``word``, scaling included."""
    out = io.BytesIO()
    render_report(summary, out)
    sizes: list[float] = []

    def visit(text, cm, tm, font, font_size):
        if word in text:
            sizes.append(font_size * abs(tm[3]) * abs(cm[3]))

    for page in PdfReader(io.BytesIO(out.getvalue())).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_a_team_longer_than_a_page_flows_on_under_a_continued_heading_at_full_size():
    for words in (180, 220, 600):  # about 1.1, 1.25 and 3 times the room under the team's headings
        summary = _with_pitch(words)
        pages, texts, layout = render(summary)
        entries = contents(layout)
        start = entries["De Bouwers 1 (team 1)"]
        first, after = (" ".join(texts[index].split()) for index in (start - 1, start))
        assert "risico0" in first and "De Bouwers 1 (team 1) (vervolg)" in after, words
        joined = " ".join(" ".join(text.split()) for text in texts)
        assert f"risico{words - 1}" in joined and "Totaal: 34" in joined
        assert min(_sizes_of(summary, "risico")) >= 8, words  # the small style's 8.5 pt, never shrunk


def test_only_a_page_that_starts_inside_a_team_gets_a_continued_heading():
    _, texts, layout = render(_with_pitch(220))
    joined = " ".join(" ".join(text.split()) for text in texts)
    assert joined.count("(vervolg)") == 1
    for title, page in contents(layout).items():
        assert title in " ".join(texts[page - 1].split()), title


def test_the_pitch_table_takes_the_full_width_of_the_text_above_it():
    from app.pdf.report_team import team_section
    from app.pdf.style import FRAME_WIDTH
    from reportlab.platypus import Table

    tables = [part for part in team_section(_with_pitch(600).teams[0], True) if isinstance(part, Table)]
    assert tables and all(sum(table._colWidths) == FRAME_WIDTH for table in tables)
