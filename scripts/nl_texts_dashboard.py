"""The Dutch UI text of the all-teams dashboard and its beamer mode (read by translate_nl.py beside the
other nl_texts*.py tables; add a new source at the end, one line each)."""

from __future__ import annotations

DUTCH_DASHBOARD: dict[str, str | tuple[str, str]] = {
    "Phase {number} · {step}": "Fase {number} · {step}",
    "{time} over": "{time} over",
    "not started": "niet gestart",
    "Notes: {here} here · {total} in all": "Notities: {here} hier · {total} in totaal",
    "Ideas: {count}": "Ideeën: {count}",
    "Dots: {cast} of {budget}, revealed": "Stippen: {cast} van {budget}, onthuld",
    "Dots: {cast} of {budget} · {done} of {voters} done": "Stippen: {cast} van {budget} · {done} van {voters} klaar",
    "Still to vote: {names}": "Moet nog stemmen: {names}",
    "Pitch: {answered}/{asked} questions": "Pitch: {answered}/{asked} vragen",
    "{panels}/{minimum} panels": "{panels}/{minimum} panelen",
    "Far behind: go here first": "Ver achter: ga hier eerst heen",
    "Behind the programme": "Achter op het programma",
    "Time is up: on to the next step, or add time": "Tijd is om: door naar de volgende stap, of tijd erbij",
    "Vote stalling: {count} dots still open": "Stemmen stokt: nog {count} stippen open",
    "No timer running": "Er loopt geen timer",
    "ALL TEAMS AT A GLANCE": "ALLE TEAMS IN ÉÉN OOGOPSLAG",
    "Show every team's tile on the beamer (no names of people)": "Toon de tegel van elk team op de beamer (zonder namen van mensen)",
    "No teams yet. Make teams on the participants page (Ctrl+6).": "Nog geen teams. Maak teams op de pagina Deelnemers en teams (Ctrl+6).",
    "No teams in this event yet": "Nog geen teams in dit evenement",
    "%n team(s) need a facilitator": ("%n team heeft een facilitator nodig", "%n teams hebben een facilitator nodig"),
    "Every team is on track": "Elk team ligt op koers",
    "How every team is doing": "Hoe staan de teams ervoor",
    "Back to the timer": "Terug naar timer",
}

ENGLISH_PLURALS_DASHBOARD: dict[str, tuple[str, str]] = {
    "%n team(s) need a facilitator": ("%n team needs a facilitator", "%n teams need a facilitator"),
}
