"""The juryberaad's sentences: the podium's certainty, the margins, the dissenter, in Dutch and English."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from app.jury.plain_words import Line, number, panel_lines, podium_lines, text, verdict
from app.jury.results_model import Margin, Tie
from tests.jury.beraad_fixture import challenge, names, overall, tied

TEAMS = [11, 12, 13, 14, 15, 16]
NAMES = names(TEAMS)


def _texts(lines, lang="nl"):
    return [text(line, lang) for line in lines]


def test_the_podium_lines_say_who_changes_it_and_how_close_the_places_are():
    lines = _texts(podium_lines(overall(TEAMS), NAMES))
    assert lines == [
        "Zonder Carla Smit staat een ander team op het podium.",
        "Zonder Dirk Bakker wisselt de volgorde op het podium.",
        "4 punten van één jurylid op één criterium scheiden plaats 1 en 2 (Dirk Bakker, Pitch).",
        "Eén punt van één jurylid op één criterium scheidt plaats 2 en 3 (Carla Smit, Impact).",
        "Plaats 3 en 4: geen enkele losse score kan dit omdraaien.",
    ]


def test_the_tones_mark_the_one_point_margin_and_the_changed_set_as_alerts():
    tones = [line.tone for line in podium_lines(overall(TEAMS), NAMES)]
    assert tones == ["alert", "warn", "ok", "alert", "ok"]
    assert verdict(overall(TEAMS)).key == "beraad_verdict_close"


def test_a_winner_that_no_juror_changes_is_firm():
    result = challenge(TEAMS)
    assert _texts(podium_lines(result, NAMES), "en") == [
        "The winner stays the same whichever juror is left out.",
        "5 points from one juror on one criterion separate places 1 and 2 (Anne de Vries, Actieplan).",
    ]
    assert verdict(result) == Line("beraad_verdict_firm_winner", "ok")
    assert text(verdict(result), "nl") == "Stevig: geen jurylid en geen losse score verandert de winnaar."
    assert text(Line("beraad_without_set_winner", "alert", {"juror": ["Eva Visser", "Anne de Vries"]}), "nl") == \
        "Zonder Eva Visser en Anne de Vries wint een ander team."


def test_a_tie_waiting_for_the_chair_says_the_chair_decides():
    result = tied(TEAMS)
    assert verdict(result).key == "beraad_verdict_open"
    assert _texts(podium_lines(result, NAMES))[0] == "Plaats 2: 1 De Datadokters en 4 De Bruggenbouwers staan gelijk. De voorzitter beslist."
    broken = replace(result, ties=(Tie(3, (11, 14), (14, 11), "head_to_head"),))
    assert _texts(podium_lines(broken, NAMES), "en")[0] == \
        "Place 3: 4 De Bruggenbouwers and 1 De Datadokters were tied; decided by head-to-head."


def test_the_panel_lines_name_the_dissenter_the_harsh_and_the_lenient_juror_and_coverage():
    assert _texts(panel_lines(overall(TEAMS), NAMES, 3)) == [
        "Geen Kendall's W: minder dan twee juryleden beoordeelden alle teams.",
        "De juryleden volgen dezelfde lijn; Carla Smit het minst (correlatie 0,31).",
        "Carla Smit scoort gemiddeld 1,3 punt lager dan de jury (streng).",
        "Dirk Bakker scoort gemiddeld 1,4 punt hoger dan de jury (mild).",
        "De juryleden lopen ver uiteen over 1 De Datadokters en 6 Snelspoor.",
        "5 Open Kaart: minder dan 3 juryleden; die score is minder zeker.",
    ]


def test_kendalls_w_is_worded_by_its_strength_and_missing_w_says_why():
    strong = replace(overall(TEAMS), kendall_w=0.81, w_note=None)
    assert text(panel_lines(strong, NAMES, 3)[0], "nl") == "Eensgezindheid van de jury (Kendall's W): 0,81, sterk."
    weak = replace(overall(TEAMS), kendall_w=0.2, w_note=None)
    assert panel_lines(weak, NAMES, 3)[0].tone == "warn"
    assert text(panel_lines(weak, NAMES, 3)[0], "en") == "Agreement of the jury (Kendall's W): 0.20, weak."
    few = replace(challenge(TEAMS), w_note="few_teams")
    assert text(panel_lines(few, NAMES, 3)[0], "nl") == "Geen Kendall's W: deze prijs heeft minder dan 4 teams."


def test_a_disconnected_pool_and_an_unscored_team_are_said():
    result = replace(overall(TEAMS), adjusted_note="disconnected", unranked=(15,), few_jurors=())
    said = _texts(panel_lines(result, NAMES, 3))
    assert "5 Open Kaart: door niemand beoordeeld, dus niet gerangschikt." in said
    assert said[-1] == "Geen gecorrigeerde ranking: de juryleden van de zalen zagen niet dezelfde teams."


def test_jurors_near_the_panel_mean_are_neither_harsh_nor_lenient():
    result = overall(TEAMS)
    mild = replace(result, profiles=tuple(replace(p, offset=Fraction(1, 5)) for p in result.profiles))
    keys = [line.key for line in panel_lines(mild, NAMES, 3)]
    assert "beraad_harsh" not in keys and "beraad_lenient" not in keys


def test_numbers_are_written_the_dutch_way_in_dutch():
    assert number(Fraction(37, 5), "nl") == "7,4"
    assert number(Fraction(37, 5), "en") == "7.4"
    assert text(Line("beraad_margin_none", "ok", {"higher": 1, "lower": 2}), "en") == "Places 1 and 2: no single score can turn this round."
    assert podium_lines(replace(overall(TEAMS), margins=(Margin(1, 12, 14, None, None, None),), changes_set=(), changes_order=()), NAMES)[0].key == "beraad_stable_all"


def test_two_places_already_level_say_so_and_name_the_tie_break_never_a_question_mark():
    level = Margin(2, 14, 11, 0, None, None)
    broken = replace(overall(TEAMS), margins=(level,), ties=(Tie(2, (11, 14), (14, 11), "criterion"),))
    line = podium_lines(broken, NAMES)[-1]
    assert text(line, "nl") == "Plaats 2 en 3 staan gelijk; de tie-break beslist: het doorslaggevende criterium."
    assert line.tone == "alert" and "?" not in text(line, "en")
    waiting = replace(overall(TEAMS), margins=(level,), ties=(Tie(2, (11, 14), (11, 14), None),))
    assert text(podium_lines(waiting, NAMES)[-1], "en") == "Places 2 and 3 are level; the tie-break decides: the jury chair."


def test_a_dissenter_who_follows_the_others_is_not_a_warning_and_the_chart_agrees():
    from app.jury.plain_words import dissent_marked

    result = overall(TEAMS)
    close = replace(result, profiles=tuple(replace(p, spearman=0.59) if p.juror_id == result.dissenter else p for p in result.profiles))
    line = next(line for line in panel_lines(close, NAMES, 3) if line.key.startswith("beraad_dissenter"))
    assert (line.tone, text(line, "nl")) == ("ok", "De juryleden volgen dezelfde lijn; Carla Smit het minst (correlatie 0,59).")
    assert not dissent_marked(close)
    far = replace(result, profiles=tuple(replace(p, spearman=0.1) if p.juror_id == result.dissenter else p for p in result.profiles))
    line = next(line for line in panel_lines(far, NAMES, 3) if line.key.startswith("beraad_dissenter"))
    assert line.tone == "warn" and dissent_marked(far)
