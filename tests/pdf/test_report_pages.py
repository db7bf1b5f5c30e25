"""The report keeps each team on whole pages: a challenge's heading stands above its first team, a team a
little longer than a page is compacted or shrunk onto one page with its car, and no page is nearly empty."""

from __future__ import annotations

import dataclasses

from app.pdf.report_pages import SHRINK_LIMIT
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


def test_a_team_just_longer_than_a_page_keeps_its_car_on_its_one_page():
    for words in (180, 220):  # about 1.1 and 1.25 times the room under the team's headings
        pages, texts, layout = render(_with_pitch(words))
        entries = contents(layout)
        start = entries["De Bouwers 1 (team 1)"]
        page = " ".join(texts[start - 1].split())
        assert "risico0" in page and f"risico{words - 1}" in page and "Totaal" in page, words
        assert entries["Team 4"] == start + 1  # the next team starts on the next page: team 1 took one


def test_a_much_longer_team_flows_on_and_the_contents_still_point_at_every_heading():
    summary = _with_pitch(int(1800 * SHRINK_LIMIT))
    pages, texts, layout = render(summary)
    for title, page in contents(layout).items():
        assert title in " ".join(texts[page - 1].split()), title
    joined = " ".join(" ".join(text.split()) for text in texts)
    assert f"risico{int(1800 * SHRINK_LIMIT) - 1}" in joined
