"""The pitch in brief: one rule for what the poster, the beamer and the report show of a team's pitch."""

from __future__ import annotations

from dataclasses import replace

from app.export.dossier_data import Answer, AnswerSection, ProblemStatement
from app.pitch.brief import KEYS, brief
from tests.pdf.dossiers import empty_dossier


def _with(**answers: str):
    section = AnswerSection("pitch", "Tijd voor de pitch!", tuple(Answer(key, key, text) for key, text in answers.items()))
    return replace(empty_dossier(), sections=(section,))


def test_the_teams_own_answers_come_first():
    dossier = replace(_with(problem="Elke gemeente bouwt zelf", idea="Eén loket"),
                      problem=ProblemStatement("De inkoper is eigenaar van het probleem."), chosen_idea="Kennistafel")
    texts = brief(dossier)
    assert (texts["problem"], texts["idea"]) == ("Elke gemeente bouwt zelf", "Eén loket")


def test_empty_answers_fall_back_to_the_statement_and_the_chosen_idea_and_the_yell_is_the_teams():
    dossier = replace(_with(problem="  ", yell="oud"), problem=ProblemStatement("De inkoper is eigenaar van het probleem."),
                      chosen_idea="Kennistafel", yell="Samen sterk!")
    texts = brief(dossier)
    assert texts["problem"] == "De inkoper is eigenaar van het probleem." and texts["idea"] == "Kennistafel"
    assert texts["yell"] == "Samen sterk!"


def test_a_team_with_nothing_has_every_text_empty():
    assert brief(empty_dossier()) == dict.fromkeys(KEYS, "")
