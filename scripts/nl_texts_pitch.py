"""The Dutch UI text of phase 4: the pitch builder, the storyboard, the task split, the phase-4 gate, the
beamer's pitch mode and the exports (read by translate_nl.py beside nl_texts.py and nl_texts_ideation.py;
add a new source at the end, one line each)."""

from __future__ import annotations

DUTCH_PITCH: dict[str, str | tuple[str, str]] = {
    "{answered} of {asked} questions answered": "{answered} van {asked} vragen beantwoord",
    "Questions answered": "Beantwoorde vragen",
    "Storyboard: {panels} of at least {minimum} panels": "Storyboard: {panels} van minimaal {minimum} panelen",
    "Storyboard: {panels} panels": "Storyboard: {panels} panelen",
    "Presenter: {name}": "Presentator: {name}",
    "Presenter: not chosen yet": "Presentator: nog niet gekozen",
    "Every question is answered.": "Alle vragen zijn beantwoord.",
    "Still empty:": "Nog leeg:",
    "Go to: {question}": "Ga naar: {question}",
    "and {count} more…": "en nog {count}…",
    "Take over again": "Opnieuw overnemen",
    "Take over again: {question}": "Opnieuw overnemen: {question}",
    "Your own text": "Eigen tekst",
    "Your challenge asks these too: the jury will look for them.": "Jullie challenge vraagt ook hiernaar: de jury let erop.",
    "A name the jury and the room will remember.": "Een naam die de jury en de zaal onthouden.",
    "Who gives the pitch?": "Wie geeft de pitch?",
    "The presenter need not be the team captain; if the choice was left open, make it now.": "De presentator hoeft niet per se de teamcaptain te zijn; staat de keuze nog open, maak hem dan nu.",
    "Presenter": "Presentator",
    "Not chosen yet": "Nog niet gekozen",
    "Parts of the pitch": "Onderdelen van de pitch",
    "Undo: bring back the team's own text": "Ongedaan maken: jullie eigen tekst terugzetten",
    "Taken over again. Undo brings back your own text.": "Opnieuw overgenomen. Ongedaan maken zet jullie eigen tekst terug.",
    "Pitch: undo “Take over again”": "Pitch: “Opnieuw overnemen” ongedaan maken",
}
