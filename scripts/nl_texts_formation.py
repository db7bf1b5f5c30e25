"""The Dutch of the participants page and its formation board (ui/participants/, ui/common/messages_formation.py)."""

from __future__ import annotations

ENGLISH_PLURALS_FORMATION: dict[str, tuple[str, str]] = {
    "Re-form the %n team(s) of this challenge that already have people? Who is in which of them changes; teams that have started stay as they are.": (
        "Re-form the %n team of this challenge that already has people? Who is in it changes; teams that have started stay as they are.",
        "Re-form the %n teams of this challenge that already have people? Who is in which of them changes; teams that have started stay as they are."),
    "Forget the e-mail addresses of %n participant(s)? This cannot be undone; names, organisations and teams stay.": (
        "Forget the e-mail address of %n participant? This cannot be undone; names, organisations and teams stay.",
        "Forget the e-mail addresses of %n participants? This cannot be undone; names, organisations and teams stay."),
    "%n e-mail address(es) forgotten.": ("%n e-mail address forgotten.", "%n e-mail addresses forgotten."),
    "%n present": ("%n present", "%n present"),
    "%n absent today": ("%n absent today", "%n absent today"),
    "%n participant(s) not yet placed": ("%n participant not yet placed", "%n participants not yet placed"),
    "%n team(s) with a warning": ("%n team with a warning", "%n teams with a warning"),
}

DUTCH_FORMATION: dict[str, str | tuple[str, str]] = {
    "Roles (captain, time keeper…) are not given here: each team chooses them together, as the workbook says.":
        "Rollen (teamcaptain, tijdbewaker…) worden hier niet toegewezen: elk team kiest ze samen, zoals het werkboek zegt.",
    "Participants and teams": "Deelnemers en teams",
    "Forget e-mail addresses…": "E-mailadressen vergeten…",
    "Personal data: after the event, forget every participant's e-mail address": "Persoonsgegevens: vergeet na het evenement het e-mailadres van elke deelnemer",
    "Re-form the %n team(s) of this challenge that already have people? Who is in which of them changes; teams that have started stay as they are.": (
        "%n team van deze challenge heeft al mensen: opnieuw indelen? Wie erin zit verandert; teams die al begonnen zijn blijven zoals ze zijn.",
        "%n teams van deze challenge hebben al mensen: opnieuw indelen? Wie in welk team zit verandert; teams die al begonnen zijn blijven zoals ze zijn."),
    "Shuffle the teams again": "Teams opnieuw schudden",
    "Make the teams again": "Teams opnieuw maken",
    "The teams are made: adjust them by dragging, or with Alt+arrows on a person.": "De teams zijn gemaakt: pas ze aan door te slepen, of met Alt+pijltjes op een persoon.",
    "No e-mail addresses are kept for this event.": "Voor dit evenement zijn geen e-mailadressen bewaard.",
    "Forget the e-mail addresses of %n participant(s)? This cannot be undone; names, organisations and teams stay.": (
        "Het e-mailadres van %n deelnemer vergeten? Dit kan niet ongedaan worden gemaakt; namen, organisaties en teams blijven.",
        "De e-mailadressen van %n deelnemers vergeten? Dit kan niet ongedaan worden gemaakt; namen, organisaties en teams blijven."),
    "Forget e-mail addresses": "E-mailadressen vergeten",
    "%n e-mail address(es) forgotten.": ("%n e-mailadres vergeten.", "%n e-mailadressen vergeten."),
    "Make teams by": "Teams maken op",
    "Team size": "Teamgrootte",
    "Number of teams": "Aantal teams",
    "Make teams": "Teams maken",
    "Shuffle again": "Opnieuw schudden",
    "A new draw of the teams that have not started, with the same size or number": "Een nieuwe loting van de teams die nog niet begonnen zijn, met dezelfde grootte of hetzelfde aantal",
    "+ Add an empty team": "+ Leeg team toevoegen",
    "People per team (at most)": "Mensen per team (hoogstens)",
    "Empty: drag someone here": "Leeg: sleep hier iemand heen",
    "This team has already started": "Dit team is al begonnen",
    "started": "begonnen",
    "Remove this empty team": "Leeg team verwijderen",
    "Room or break-out room": "Zaal of break-out room",
    "%n present": ("%n aanwezig", "%n aanwezig"),
    "%n absent today": ("%n vandaag afwezig", "%n vandaag afwezig"),
    "Room of {team}": "Zaal van {team}",
    "absent today": "vandaag afwezig",
    "Absent today": "Afwezig vandaag",
    "Not yet placed": "Nog niet ingedeeld",
    "{count}× {organisation} (max {limit})": "{count}× {organisation} (max {limit})",
    "{count}× {role} (max {limit})": "{count}× {role} (max {limit})",
    "Large: {size} present (smallest team {smallest})": "Groot: {size} aanwezig (kleinste team {smallest})",
    "Small: {size} present (largest team {largest})": "Klein: {size} aanwezig (grootste team {largest})",
    "%n participant(s) not yet placed": ("%n deelnemer nog niet ingedeeld", "%n deelnemers nog niet ingedeeld"),
    "%n team(s) with a warning": ("%n team met een waarschuwing", "%n teams met een waarschuwing"),
    "no teams yet: make them above, or add an empty team": "nog geen teams: maak ze hierboven, of voeg een leeg team toe",
    "Everyone is placed and the teams are mixed as the rule asks.": "Iedereen is ingedeeld en de teams zijn gemengd zoals de regel vraagt.",
    "{name} is not yet placed now, on the board of their preferred challenge.": "{name} staat nu bij ‘Nog niet ingedeeld’, op het bord van de challenge van hun voorkeur.",
    "{team} has already started. Move {name} out of it? Their roles in it end; their notes stay, with their name.":
        "{team} is al begonnen. {name} eruit halen? Hun rollen in het team vervallen; hun notities blijven, met hun naam.",
    "Move out of a team that has started": "Uit een begonnen team halen",
    "Move to…": "Verplaats naar…",
    "No preference": "Zonder voorkeur",
    "Teams: move the person with the focus to the column on the left": "Teams: de persoon met de focus naar de kolom links",
    "Teams: move the person with the focus to the column on the right": "Teams: de persoon met de focus naar de kolom rechts",
    "Teams: move the person with the focus up in their team": "Teams: de persoon met de focus omhoog in het team",
    "Teams: move the person with the focus down in their team": "Teams: de persoon met de focus omlaag in het team",
    "Teams: move the person with the focus to… (a list of the teams)": "Teams: de persoon met de focus verplaatsen naar… (een lijst van de teams)",
    "Teams: the person with the focus is absent today, or there again": "Teams: de persoon met de focus is vandaag afwezig, of weer aanwezig",
    "This challenge has nobody to place in a team (absent participants are not placed); nothing was changed.":
        "Bij deze challenge is niemand om in een team te plaatsen (afwezigen worden niet ingedeeld); er is niets veranderd.",
    "A team has at least one member; nothing was changed.": "Een team heeft minstens één lid; er is niets veranderd.",
    "A team of {size} is more than the {participants} participants to place: choose a smaller size. Nothing was changed.":
        "Een team van {size} is meer dan de {participants} deelnemers om in te delen: kies een kleinere grootte. Er is niets veranderd.",
    "Make at least one team; nothing was changed.": "Maak minstens één team; er is niets veranderd.",
    "{count} teams is more than the {participants} participants to place: choose fewer teams. Nothing was changed.":
        "{count} teams is meer dan de {participants} deelnemers om in te delen: kies minder teams. Er is niets veranderd.",
    "Team {number} still has people in it: move them first. Nothing was removed.": "Team {number} heeft nog mensen: verplaats ze eerst. Er is niets verwijderd.",
    "Team {number} has already started its work, so it stays. Nothing was removed.": "Team {number} is al aan het werk begonnen, dus het blijft. Er is niets verwijderd.",
    "A room's name has at most {limit} characters; nothing was saved.": "De naam van een zaal heeft hoogstens {limit} tekens; er is niets opgeslagen.",
}
