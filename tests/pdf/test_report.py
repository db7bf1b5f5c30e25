"""The organiser's report: cover, contents with the right pages, every team, the day's numbers, no names on request."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from app.export.dossier_data import Answer
from app.pdf.report import render_report
from tests.pdf.dossiers import EVENT, empty_dossier, long_answer
from tests.pdf.events import CHALLENGES, PITCH, event_summary, names_in, pitch_sections

CONTENTS_LINE = re.compile(r"^\s*(\S.*?)\s*(?:\.\s*){3,}(\d+)$")  # a title, dot leaders, a page number


def render(summary, progress=None) -> tuple[int, list[str], str]:
    """The page count, each page's text, and the contents page's text in layout order (its lines whole)."""
    out = io.BytesIO()
    pages = render_report(summary, out, progress)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == pages
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.01)
    return pages, [page.extract_text() or "" for page in reader.pages], reader.pages[1].extract_text(extraction_mode="layout")


def flat(texts: list[str]) -> str:
    return " ".join(" ".join(text.split()) for text in texts)


def contents(layout: str) -> dict[str, int]:
    """The contents page's entries: title -> page number."""
    entries = {}
    for line in layout.splitlines():
        if match := CONTENTS_LINE.match(line):
            entries[match.group(1).strip()] = int(match.group(2))
    return entries


@pytest.fixture(scope="module")
def six_teams():
    return render(event_summary(6))


def test_the_cover_names_the_event_its_day_and_place(six_teams):
    _, texts, _ = six_teams
    cover = " ".join(texts[0].split())
    for expected in (EVENT, "Verslag van de dag", "12 november 2026", "Beatrix Theater, Utrecht"):
        assert expected in cover


def test_every_teams_problem_idea_pitch_race_and_vehicle_are_in(six_teams):
    _, texts, _ = six_teams
    text = flat(texts)
    for number in (1, 2, 3, 5, 6):
        assert f"De Bouwers {number} (team {number})" in text
    for expected in (*PITCH.values(), "Gemeenten willen hun inwoners snel helpen",
                     "Ronde 1: 14", "Totaal: 34", "Plaats 2 van 6 teams", "Winnaar van de Idea Race",
                     "De overheid kiest de bestemming", "Wdo, eIDAS, GEMMA en NORA", "De markt regelt de reis"):
        assert expected in text


def test_the_contents_list_every_challenge_and_team_with_the_page_it_starts_on(six_teams):
    pages, texts, layout = six_teams
    entries = contents(layout)
    teams = [f"De Bouwers {n} (team {n})" for n in (1, 2, 3, 5, 6)] + ["Team 4"]
    assert set(entries) == {*CHALLENGES, *teams, "De dag in cijfers"}
    for title, page in entries.items():
        assert title in " ".join(texts[page - 1].split()), title
    assert entries["De dag in cijfers"] == pages


def test_challenges_come_in_the_templates_order_with_their_teams_by_number(six_teams):
    entries = contents(six_teams[2])
    order = sorted(entries, key=entries.get)
    assert order[:3] == [CHALLENGES[0], "De Bouwers 1 (team 1)", "Team 4"]
    assert entries[CHALLENGES[0]] < entries[CHALLENGES[1]] < entries[CHALLENGES[2]]


def test_the_closing_page_has_the_days_numbers(six_teams):
    _, texts, _ = six_teams
    last = " ".join(texts[-1].split())
    summary = event_summary(6)
    for value, label in ((6, "Teams"), (summary.participants, "Deelnemers"), (summary.notes, "Briefjes"),
                         (summary.ideas, "Ideeën"), (summary.votes, "Stemmen")):
        assert f"{value} {label}" in last
    assert "CHALLENGE TEAMS" in last


def test_the_closing_pages_tiles_fill_their_rows_and_its_counts_align_right():
    from reportlab.lib.enums import TA_RIGHT

    from app.pdf.report_numbers import _grid, _per_challenge, balanced_rows

    assert [len(row) for row in balanced_rows(list(range(5)), 3)] == [3, 2]
    assert [len(row) for row in balanced_rows(list(range(7)), 3)] == [3, 2, 2]
    assert [len(row) for row in balanced_rows(list(range(6)), 3)] == [3, 3]
    rows = _grid([(9, "teams"), (44, "deelnemers"), (363, "briefjes"), (48, "ideeën"), (503, "stemmen")])
    assert [len(row._cellvalues[0]) for row in rows] == [3, 2]
    assert all(cell for row in rows for cell in row._cellvalues[0])  # no empty tile: no hole in the grid
    assert all(sum(row._colWidths) == pytest.approx(rows[0]._colWidths[0] * 3) for row in rows)
    table = _per_challenge(event_summary(6))[0]
    assert all(row[1].style.alignment == TA_RIGHT for row in table._cellvalues)


def test_with_names_the_members_and_presenter_are_in(six_teams):
    text = flat(six_teams[1])
    team = event_summary(6).teams[0]
    assert team.presenter in text and team.members[0].organisation in text


def test_without_names_no_participants_name_or_organisation_is_anywhere():
    summary = event_summary(6, with_names=False)
    _, texts, _ = render(summary)
    text = flat(texts)
    names = set().union(*(names_in(team) for team in summary.teams))
    assert len(names) > 40
    assert [name for name in names if name in text] == []
    assert "Zonder namen en organisaties van deelnemers" in text
    assert PITCH["idea"] in text  # the content itself stays


def test_progress_is_reported_per_team_rising_to_the_total():
    seen = []
    render(event_summary(6), lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})
    assert len(seen) >= 6


def test_an_empty_team_says_what_is_missing():
    summary = dataclasses.replace(event_summary(1), teams=(empty_dossier(),), participants=0, notes=0, ideas=0, votes=0)
    pages, texts, _ = render(summary)
    text = flat(texts)
    assert pages == 4  # cover, contents, the team (without a challenge), the numbers
    for expected in ("Zonder challenge", "Team 7",
                     "Nog niet ingevuld: probleemstelling, gepitcht idee, pitch, Build Your Vehicle",
                     "Nog niet aan de Idea Race toegekomen."):
        assert expected in text


def test_what_is_missing_is_one_dutch_list_said_once():
    missing = ("Nog geen gekozen thema", "Nog geen probleemstelling", "Build Your Vehicle is nog leeg",
               "Nog 18 van de 20 pitchvragen open")
    team = dataclasses.replace(empty_dossier(), missing=missing)
    summary = dataclasses.replace(event_summary(1), teams=(team,), participants=0, notes=0, ideas=0, votes=0)
    text = flat(render(summary)[1])
    assert ("Wat nog ontbreekt: nog geen gekozen thema, nog geen probleemstelling, Build Your Vehicle is nog leeg, "
            "nog 18 van de 20 pitchvragen open") in text
    assert "Nog niet ingevuld:" not in text  # not the same list a second time


def test_a_team_with_some_parts_empty_names_those_and_shows_the_rest():
    summary = event_summary(1)
    team = dataclasses.replace(summary.teams[0], problem=None, vehicle=(),
                               sections=pitch_sections({**PITCH, "cost": ""}))
    _, texts, _ = render(dataclasses.replace(summary, teams=(team,)))
    text = flat(texts)
    assert "PROBLEEMSTELLING" not in text
    assert "Wat gaat het kosten? Nog niet ingevuld" in text
    assert "Nog geen briefjes op het voertuig." in text and "Totaal: 34" in text
    assert PITCH["idea"] in text


def test_teams_with_little_filled_in_share_a_page_and_no_team_is_split():
    teams = tuple(dataclasses.replace(empty_dossier(), team_id=n, team_number=n, challenge=CHALLENGES[0]) for n in (7, 8))
    summary = dataclasses.replace(event_summary(1), teams=teams)
    pages, texts, layout = render(summary)
    assert pages == 4
    assert contents(layout)["Team 7"] == contents(layout)["Team 8"] == 3


def test_twenty_teams_each_get_their_page_in_the_contents():
    pages, texts, layout = render(event_summary(20))
    entries = contents(layout)
    assert len([title for title in entries if "(team " in title or title == "Team 4"]) == 20
    assert pages == 2 + 19 + 1  # the empty team 4 fits under team 1
    for title, page in entries.items():
        assert title in " ".join(texts[page - 1].split()), title


def test_a_very_long_answer_flows_on_whole():
    summary = event_summary(1)
    team = dataclasses.replace(summary.teams[0], sections=pitch_sections({**PITCH, "problem": long_answer()}))
    _, texts, _ = render(dataclasses.replace(summary, teams=(team,)))
    assert long_answer()[-60:].strip() in flat(texts)


def test_an_english_report_uses_english_words():
    _, texts, _ = render(event_summary(2, lang="en"))
    text = flat(texts)
    for expected in ("Report of the day", "Contents", "The day in numbers", "PITCHED IDEA", "Participants"):
        assert expected in text


def test_only_the_embedded_noto_sans_draws_the_report():
    out = io.BytesIO()
    render_report(event_summary(3), out)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    fonts = {str(font.get_object()["/BaseFont"]) for page in pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("NotoSans" in name for name in fonts)


def test_a_taken_over_answer_says_where_it_came_from_and_keeps_its_lines():
    summary = event_summary(1)
    people = Answer("who_needed", "Wie heb je nodig voor jullie idee?", "Bestuurder: Inkoop, jurist\nPassagiers: Leveranciers",
                    source="taken_over", source_label="overgenomen uit Build Your Vehicle (bestuurder en passagiers)")
    pitch = summary.teams[0].sections[0]
    sections = (dataclasses.replace(pitch, answers=tuple(people if a.key == "who_needed" else a for a in pitch.answers)),
                *summary.teams[0].sections[1:])
    team = dataclasses.replace(summary.teams[0], sections=sections)
    _, texts, _ = render(dataclasses.replace(summary, teams=(team,)))
    lines = [line.strip() for text in texts for line in text.splitlines()]
    assert "Bestuurder: Inkoop, jurist" in lines and "Passagiers: Leveranciers" in lines  # one zone a line
    assert "overgenomen uit Build Your Vehicle (bestuurder en passagiers)" in flat(texts)


def test_while_the_race_runs_the_standing_is_provisional_and_nobody_has_won():
    summary = event_summary(2)
    teams = tuple(dataclasses.replace(team, race=dataclasses.replace(team.race, final=False, winner=False))
                  for team in summary.teams)
    text = flat(render(dataclasses.replace(summary, teams=teams))[1])
    assert "Plaats 2 van 6 teams in de race" in text and "Voorlopige stand: de race loopt nog" in text
    assert "Winnaar" not in text
    final = flat(render(summary)[1])
    assert "Voorlopige stand" not in final and "Winnaar van de Idea Race" in final
