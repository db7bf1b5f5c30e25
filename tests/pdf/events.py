"""Pitched teams and whole events to render the poster and the report from, built on C2's dossiers.

The pitch answers here use the template's own field keys (problem, for_whom, idea, who_needed, path,
cost; the action plan's; the finish section's yell), as the snapshot writes them.
"""

from __future__ import annotations

import dataclasses

from app.export.dossier_data import Answer, AnswerSection, EventSummary, Person, Task, TeamDossier
from tests.pdf.dossiers import DAY, EVENT, MADE_AT, empty_dossier, full_dossier

CHALLENGES = ("Moderniseren gemeentelijke IT", "Eén overheid voor ondernemers", "Digitale inclusie")
FIRST = ("Fatima", "Joost", "Anouk", "Sander", "Esther", "Mehmet", "Lotte", "Bram", "Yara", "Pieter")
LAST = ("el Amrani", "de Vries", "Bakker", "Mulder", "Visser", "Yilmaz", "Jansen", "de Boer", "Hoekstra", "Smit")
ORGANISATIONS = ("Gemeente Utrecht", "Ministerie van BZK", "VNG Realisatie", "Logius", "UWV", "Belastingdienst")

PITCH = {
    "problem": "Gemeenten betalen ieder apart voor dezelfde software en zitten vast aan verouderde systemen.",
    "for_whom": "Kleine en middelgrote gemeenten, en vooral hun inwoners die snel geholpen willen worden.",
    "idea": "Een coöperatie van gemeenten die samen hun software bezit en onderhoudt.",
    "risks": "Gemeenten haken af als de eerste versie tegenvalt; daarom beginnen we met tien koplopers.",
    "who_needed": "VNG, Logius, twee leveranciers en tien wethouders die durven.",
    "path": "Eerst tien gemeenten, dan een gedeeld zaaksysteem, over vijf jaar doet iedereen mee.",
    "cost": "€2 miljoen voor de start, daarna €0,40 per inwoner per jaar.",
}
QUESTIONS = {  # the template's Dutch labels
    "problem": "Wat is het probleem dat je oplost?",
    "for_whom": "Voor wie los je het probleem op?",
    "idea": "Wat is jullie idee?",
    "risks": "Evalueer eventuele nadelen, risico's of nadelige neveneffecten van de oplossing.",
    "who_needed": "Wie heb je nodig voor jullie idee?",
    "path": "Hoe kom je tot de oplossing?",
    "cost": "Wat gaat het kosten?",
    "impact": "Wat is de impact van je idee?",
    "accountable": "Wie is eindverantwoordelijk?",
    "cost_plan": "Hoeveel kost je plan?",
}
PLAN = {
    "impact": "De helft minder kosten voor software en inwoners die hun gegevens één keer geven.",
    "accountable": "Het bestuur van de coöperatie.",
    "cost_plan": "€2 miljoen voor de start.",
}


def pitch_sections(pitch: dict[str, str] = PITCH) -> tuple[AnswerSection, ...]:
    """The pitch, action plan and finish sections with the template's keys (an empty text: not answered)."""
    return (
        AnswerSection("pitch", "Tijd voor de pitch!", tuple(
            Answer(key, QUESTIONS[key], text, source="typed" if text else "empty") for key, text in pitch.items())),
        AnswerSection("action_plan", "Actieplan", tuple(Answer(key, QUESTIONS[key], text) for key, text in PLAN.items())),
        AnswerSection("finish", "Klaar voor de jury", (Answer("yell", "Jullie yell", "Samen rijden we verder!"),)),
    )


def pitched_dossier(lang: str = "nl", **changes) -> TeamDossier:
    """C2's full team with its pitch answered under the template's keys."""
    return dataclasses.replace(full_dossier(lang), **{"sections": pitch_sections(), **changes})


def winner_dossier(lang: str = "nl") -> TeamDossier:
    base = pitched_dossier(lang)
    return dataclasses.replace(base, race=dataclasses.replace(base.race, rank=1, winner=True, prize_sheets=2))


def people(team: int) -> tuple[Person, ...]:
    """Five people of their own for team ``team`` (so a report without names can be searched for each)."""
    return tuple(
        Person(f"{FIRST[(team + i) % 10]} {LAST[(team * 3 + i) % 10]}-{team}", f"{ORGANISATIONS[(team + i) % 6]} {team}",
               ("Teamcaptain",) if i == 0 else ())
        for i in range(5)
    )


def names_in(dossier: TeamDossier) -> set[str]:
    """Every person's name and organisation the dossier holds."""
    found = {p.name for p in dossier.members} | {p.organisation for p in dossier.members} | {dossier.presenter}
    found |= {note.author for note in dossier.board.notes} if dossier.board else set()
    found |= {idea.author for idea in dossier.ideas} | {theme.decided_by for theme in dossier.themes}
    found |= {member for task in dossier.tasks for member in task.members}
    return {name for name in found if name}


def event_team(number: int, lang: str = "nl") -> TeamDossier:
    """Team ``number`` of an event: its own people, challenge and name; team 4 has done nothing yet."""
    challenge = CHALLENGES[(number - 1) % len(CHALLENGES)]
    if number == 4:
        return dataclasses.replace(empty_dossier(lang), team_id=number, team_number=number, challenge=challenge)
    members = people(number)
    base = pitched_dossier(lang)
    return dataclasses.replace(
        base, team_id=number, team_number=number, team_name=f"De Bouwers {number}", challenge=challenge,
        members=members, presenter=members[1].name,
        board=dataclasses.replace(base.board, notes=tuple(
            dataclasses.replace(note, author=members[i % 5].name.split()[0] + f"-{number}")
            for i, note in enumerate(base.board.notes))),
        ideas=tuple(dataclasses.replace(idea, author=members[i % 5].name) for i, idea in enumerate(base.ideas)),
        themes=(dataclasses.replace(base.themes[0], decided_by=members[0].name), *base.themes[1:]),
        tasks=(Task("Storyboard tekenen", (members[2].name,)), Task("Presenteren", (members[1].name,))),
        race=dataclasses.replace(base.race, winner=number == 2, prize_sheets=2 if number == 2 else 1),
    )


def event_summary(teams: int = 6, with_names: bool = True, lang: str = "nl") -> EventSummary:
    """An event of ``teams`` teams over the three challenges (team 4 empty). The names stay in the data
    even when ``with_names`` is False: the report itself must leave them out."""
    dossiers = tuple(event_team(number, lang) for number in range(1, teams + 1))
    return EventSummary(
        event_name=EVENT, event_day=DAY, location="Beatrix Theater, Utrecht", made_at=MADE_AT, lang=lang,
        with_names=with_names, teams=dossiers, challenges=CHALLENGES,
        participants=sum(len(d.members) for d in dossiers),
        notes=sum(len(d.board.notes) for d in dossiers if d.board), ideas=sum(len(d.ideas) for d in dossiers),
        votes=sum(idea.votes for d in dossiers for idea in d.ideas),
    )

