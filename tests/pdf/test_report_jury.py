"""The jury's part of the event report: once the winners are confirmed the podium (an override with its
reason), the ranking with one decimal, the margins in words and the feedback per team without jurors'
names or scores; before that only the line that the results follow after the juryberaad."""

from __future__ import annotations

import dataclasses

from tests.pdf.events import event_summary
from tests.pdf.jury_results import FEEDBACK, JURORS, OVERRIDE, judged_summary
from tests.pdf.test_report import contents, flat, render

PENDING = "De uitslag van de jury volgt na het juryberaad."


def page_with(texts: list[str], needle: str) -> int:
    return next(index for index, text in enumerate(texts) if needle in " ".join(text.split()))


def test_the_podium_ranking_and_margins_once_confirmed():
    _, texts, layout = render(judged_summary())
    text = flat(texts)
    assert "Uitslag van de jury" in contents(layout) and "Feedback van de jury" in contents(layout)
    assert "1e plaats De Bouwers 2 (team 2)" in text and "3e plaats De Bouwers 6 (team 6)" in text
    assert "Winnaar De Bouwers 1 (team 1)" in text  # a per-challenge pool has a winner, not a podium
    assert f"De jury week af van de berekende volgorde: {OVERRIDE}" in text
    assert "RUWE SCORE (beslist)" in text and "8,3 8,4 5" in text and "Team 4 (afwezig bij de pitch)" in text
    assert ("De Bouwers 6 (plaats 4) had De Bouwers 5 (plaats 3) ingehaald of geëvenaard met 1 punt meer van één "
            "jurylid op „Enthousiaste en geloofwaardige pitch”. Eén tikfout had deze plaats kunnen beslissen.") in text
    assert "Geen enkele losse score had Team 4 (plaats 2) naast De Bouwers 1 (plaats 1) kunnen zetten." in text
    assert "Overeenstemming binnen de jury (Kendall's W): 0,72" in text
    assert "De Bouwers 5 (team 5) is beoordeeld door 2 van minimaal 3 juryleden." in text
    assert "Publieksprijs: De Bouwers 6 (team 6)" in text
    assert PENDING not in text


def test_each_pool_stays_on_one_page():
    _, texts, _ = render(judged_summary())
    page = page_with(texts, "Eindklassement")
    whole = " ".join(texts[page].split())
    assert "1e plaats" in whole and "Team 4 (afwezig bij de pitch)" in whole and "0,72" in whole


def test_the_feedback_per_team_without_jurors_or_scores():
    _, texts, _ = render(judged_summary())
    feedback = flat(texts[page_with(texts, "Feedback van de jury Wat de jury"):-1])  # up to the day in numbers, the last page
    for texts_of_team in FEEDBACK.values():
        for line in texts_of_team:
            assert " ".join(line.split()) in feedback
    assert "Team 4 Geen feedback van de jury." in feedback
    assert not any(juror in flat(texts) for juror in JURORS)  # no juror is named anywhere in the report
    assert "8,3" not in feedback and "RUWE SCORE" not in feedback


def test_before_the_confirmation_only_the_line_that_the_results_follow():
    _, texts, layout = render(judged_summary(confirmed=False))
    text = flat(texts)
    assert PENDING in text
    for jury_word in ("Uitslag van de jury Per prijs", "Eindklassement", "RUWE SCORE", "Feedback van de jury", "Juryleden"):
        assert jury_word not in text
    assert not any(line in text for lines in FEEDBACK.values() for line in lines)
    assert "Uitslag van de jury" not in contents(layout)


def test_an_event_without_a_jury_says_nothing_of_it():
    text = flat(render(event_summary())[1])
    assert PENDING not in text and "Uitslag van de jury" not in text


def test_in_english():
    summary = judged_summary("en")
    _, texts, _ = render(dataclasses.replace(summary, jury=dataclasses.replace(summary.jury, pools=summary.jury.pools[-1:])))
    text = flat(texts)
    assert "The jury's results" in text and "Place 1 De Bouwers 2 (team 2)" in text and "RAW SCORE (decides)" in text
    assert "8.3 8.4 5" in text and "with 1 point more from one juror" in text


def test_a_long_ranking_flows_on_with_its_header_repeated():
    from fractions import Fraction

    from app.export.dossier_data import JuryRow

    summary = judged_summary()
    overall = summary.jury.pools[-1]
    ranking = tuple(JuryRow(n, f"Teamnaam {n}", n, Fraction(900 - n * 13, 100), Fraction(905 - n * 13, 100), 5) for n in range(1, 31))
    pools = (dataclasses.replace(overall, ranking=ranking),)
    _, texts, _ = render(dataclasses.replace(summary, jury=dataclasses.replace(summary.jury, pools=pools)))
    first, last = page_with(texts, "Teamnaam 1 (team 1)"), page_with(texts, "Teamnaam 30 (team 30)")
    assert first == page_with(texts, "Uitslag van de jury Per prijs")  # it starts under the chapter's title, no empty page
    assert last == first + 1 and "RUWE SCORE" in texts[last]
    assert all(f"Teamnaam {n} (team {n})" in flat(texts) for n in range(1, 31))


def test_two_places_already_level_are_said_level_not_zero_points_on_none():
    from app.export.dossier_data import JuryMargin
    from app.pdf.report_jury import _margin

    level = JuryMargin(2, "De Bouwers 5", "De Bouwers 6", 0, None)
    assert _margin(level, "nl") == "De Bouwers 5 (plaats 2) en De Bouwers 6 (plaats 3) staan gelijk; de tie-break besliste."
