"""The jury's confirmed results for tests/pdf/events.py's six-team event: five jurors, three challenge
pools and the overall podium (third place overridden by the chair), margins, a tie, feedback per team."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from app.export.dossier_data import JuryFeedback, JuryMargin, JuryPlace, JuryPool, JuryResults, JuryRow, JuryTie
from tests.pdf.events import CHALLENGES, event_summary

JURORS = ("Marieke van Dam", "Hans Verbeek", "Sevda Kaya", "Joris Blom", "Ingrid Postma")  # never printed
OVERRIDE = "Team 5 pitchte zonder presentator en verdient daarom niet de derde plaats."
FEEDBACK = {
    1: ("Sterk afgebakend probleem; maak het actieplan concreter voor de eerste honderd dagen.",
        "Overtuigende pitch. Wie betaalt de coöperatie na de start?"),
    2: ("Het beste idee van de dag: eenvoudig en meteen bruikbaar.", "Mooi storyboard.\nDe kosten zijn nog een gok.",
        "Denk aan de privacy van ondernemers."),
    3: ("Goed gekozen doelgroep.",),
    4: (),
    5: ("Het idee is sterk, de pitch kon scherper.", "Begin klein, bij één gemeente."),
    6: ("Enthousiast team! Het probleem bleef wat breed.",),
}


def name(number: int) -> str:
    return "Team 4" if number == 4 else f"De Bouwers {number}"


def row(number: int, rank: int | None, raw: Fraction | None, adjusted: Fraction | None, jurors: int = 5, **extra) -> JuryRow:
    return JuryRow(number, name(number), rank, raw, adjusted, jurors, **extra)


def overall() -> JuryPool:
    ranking = (row(2, 1, Fraction(83, 10), Fraction(841, 100)), row(1, 2, Fraction(79, 10), Fraction(78, 10)),
               row(5, 3, Fraction(366, 50), Fraction(365, 50), 2, few_jurors=True), row(6, 4, Fraction(366, 50), Fraction(71, 10)),
               row(3, 5, Fraction(64, 10), Fraction(66, 10)), row(4, None, None, None, 0, absent=True))
    podium = (JuryPlace(1, 2, name(2)), JuryPlace(2, 1, name(1)), JuryPlace(3, 6, name(6), OVERRIDE))
    margins = (JuryMargin(1, name(2), name(1), 3, "Concreet idee"), JuryMargin(2, name(1), name(5), 4, "Realistisch actieplan"),
               JuryMargin(3, name(5), name(6), 1, "Enthousiaste en geloofwaardige pitch"))
    ties = (JuryTie(3, (name(5), name(6)), "head_to_head"),)
    return JuryPool("overall", "Eindklassement", 3, "raw", ranking, podium, margins, ties, 0.7246, None, None, 3)


def challenge(index: int) -> JuryPool:
    first, second = index + 1, index + 4
    ranking = (row(first, 1, Fraction(75, 10), Fraction(76, 10)), row(second, 2, Fraction(70, 10), Fraction(69, 10)))
    if second == 4:
        ranking = (ranking[0], row(4, None, None, None, 0, absent=True))
    margins = (JuryMargin(1, name(first), name(second), None if second == 4 else 6, "Impact"),)
    return JuryPool(f"challenge:c{index}", f"Winnaar van de challenge: {CHALLENGES[index]}", 1, "raw", ranking,
                    (JuryPlace(1, first, name(first)),), margins, (), None, "few_teams", None, 3)


def confirmed_jury() -> JuryResults:
    return JuryResults(True, len(JURORS), (*(challenge(i) for i in range(3)), overall()),
                       (("Winnaar van de Idea Race", JuryPlace(1, 2, name(2))), ("Publieksprijs", JuryPlace(1, 6, name(6)))),
                       tuple(JuryFeedback(n, name(n), texts) for n, texts in FEEDBACK.items()))


def judged_summary(lang: str = "nl", confirmed: bool = True):
    jury = confirmed_jury() if confirmed else JuryResults(False, len(JURORS))
    return dataclasses.replace(event_summary(lang=lang), jury=jury, extra={"juryleden": 5} if confirmed else {})
