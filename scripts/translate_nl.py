"""Fill resources/translations/staatsprint_nl.ts from the table below (the Dutch UI text).

Workflow: change UI text -> scripts/update_translations.py -> add the new sources
here -> run this -> scripts/build_translations.py. Qt Linguist works on the same
file; this table is simply quicker to review in a diff.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
TS = FOLDER / "staatsprint_nl.ts"
TS_EN = FOLDER / "staatsprint_en.ts"

# English is the source language; it only needs its plural forms.
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n dot(s) each": ("%n dot each", "%n dots each"),
    "Keep at most %n": ("Keep at most %n", "Keep at most %n"),
    "Looking %n year(s) ahead": ("Looking %n year ahead", "Looking %n years ahead"),
    "Most ideas wins %n flip-over sheet(s)": ("The team with most ideas gets %n flip-over sheet", "The team with most ideas gets %n flip-over sheets"),
}

DUTCH: dict[str, str | tuple[str, str]] = {
    "%n dot(s) each": ("%n stip per persoon", "%n stippen per persoon"),
    "Keep at most %n": ("Kies maximaal %n", "Kies maximaal %n"),
    "Looking %n year(s) ahead": ("%n jaar vooruit", "%n jaar vooruit"),
    "Most ideas wins %n flip-over sheet(s)": ("Het team met de meeste ideeën krijgt %n flip-overvel", "Het team met de meeste ideeën krijgt %n flip-overvellen"),
    "&Timer": "&Timer",
    "A note needs text, at most {limit} characters.": "Een sticky note heeft tekst nodig, hoogstens {limit} tekens.",
    "Choose who votes: add the team's members first.": "Kies wie stemt: voeg eerst de teamleden toe.",
    "The dots are revealed: this vote is closed.": "De stippen zijn onthuld: deze stemming is gesloten.",
    "That item is no longer in the vote.": "Dat item doet niet meer mee in de stemming.",
    "END OF PHASE {number}": "EINDE VAN FASE {number}",
    "{phase}: what did it give you?": "{phase}: wat heeft het opgeleverd?",
    "Your outcome": "Jullie uitkomst",
    "Not there yet.": "Nog niet zover.",
    "Next: phase {number} · {start}–{end}": "Hierna: fase {number} · {start}–{end}",
    "← Back to {step}": "← Terug naar {step}",
    "On to phase {number} →": "Door naar fase {number} →",
    "Reveal everyone's notes": "Onthul ieders sticky notes",
    "You write your own notes; the others' appear at the reveal.": "Je schrijft je eigen sticky notes; die van de anderen verschijnen bij de onthulling.",
    "Who uses this laptop": "Wie gebruikt deze laptop",
    "One laptop per member: choose yourself. The team's shared laptop: choose the team.": "Eén laptop per teamlid: kies jezelf. De gedeelde teamlaptop: kies het team.",
    "I am": "Ik ben",
    "the team (shared laptop)": "het team (gedeelde laptop)",
    "Knelpunten, most important first": "Knelpunten, belangrijkste eerst",
    "Knelpunten": "Knelpunten",
    "A new knelpunt, then Enter": "Een nieuw knelpunt, dan Enter",
    "From the clusters": "Uit de clusters",
    "↑": "↑",
    "↓": "↓",
    "Delete": "Verwijderen",
    "Title": "Titel",
    "An answer for this zone, then Enter": "Een antwoord voor dit onderdeel, dan Enter",
    "Save as PNG…": "Opslaan als PNG…",
    "Save the vehicle as PNG": "Het voertuig opslaan als PNG",
    "The picture could not be saved there.": "De afbeelding kon daar niet worden opgeslagen.",
    "Next person →": "Volgende persoon →",
    "Reveal the dots": "Onthul de stippen",
    "Everyone's dots": "Ieders stippen",
    "Your turn:": "Aan de beurt:",
    "{name}: {left} of {budget} dots left": "{name}: nog {left} van {budget} stippen",
    "Nothing to vote on yet: the step before makes the items.": "Nog niets om op te stemmen: de stap hiervoor levert de items.",
    "{action} a dot: {item}": "{action} een stip: {item}",
    "The tally": "De telling",
    "Kept for the next step:": "Mee naar de volgende stap:",
    "A tie: the {role} chooses {n}.": "Gelijke stand: de {role} kiest er {n}.",
    "A tie: choose {n} together.": "Gelijke stand: kies er samen {n}.",
    "Confirm the choice": "Bevestig de keuze",
    "Type a thought, Enter: on the board, and type the next": "Typ een gedachte, Enter: op het bord, en typ de volgende",
    "New sticky note": "Nieuwe sticky note",
    "Cluster selection": "Cluster van selectie",
    "Merge clusters": "Clusters samenvoegen",
    "Colour": "Kleur",
    "Fit": "Passend",
    "Undo": "Ongedaan maken",
    "Redo": "Opnieuw doen",
    "Who writes:": "Wie schrijft:",
    "Alt+{number}": "Alt+{number}",
    "Yellow": "Geel",
    "Peach": "Perzik",
    "Green": "Groen",
    "Blue": "Blauw",
    "Lilac": "Lila",
    "New cluster": "Nieuw cluster",
    "Rename cluster": "Cluster hernoemen",
    "Name of the cluster:": "Naam van het cluster:",
    "Select two clusters to merge.": "Selecteer twee clusters om samen te voegen.",
    "Sticky-note board": "Bord met sticky notes",
    "To the board": "Naar het bord",
    "Instructions": "Uitleg",
    "The full instructions, questions and tips of this step": "De volledige uitleg, vragen en tips van deze stap",
    "An empty note is not made: type a thought first.": "Een lege sticky note wordt niet gemaakt: typ eerst een gedachte.",
    "A note has at most {limit} characters.": "Een sticky note heeft hoogstens {limit} tekens.",
    "All {budget} dots are placed. Take one back to move it.": "Alle {budget} stippen zijn geplakt. Haal er een terug om hem te verplaatsen.",
    "One dot per item: this one has yours already.": "Eén stip per item: hier zit die van jou al.",
    "You have no dot on this item.": "Je hebt geen stip op dit item.",
    "Introductions and roles": "Kennismaking en rollen",
    "Next: {title}": "Straks: {title}",
    "(paused)": "(gepauzeerd)",
    "Next at {time} · {title}": "Straks {time} · {title}",
    "&Programme and beamer": "&Programma en beamer",
    "PROGRAMME AND BEAMER": "PROGRAMMA EN BEAMER",
    "Programme": "Programma",
    "Programme of the day": "Programma van de dag",
    "Shift the rest of the day": "Schuif de rest van de dag",
    "Everything that has not started yet moves {minutes} minutes": "Alles wat nog niet begonnen is, schuift {minutes} minuten",
    "Teams against the programme": "Teams ten opzichte van het programma",
    "Step": "Stap",
    "Schedule": "Schema",
    "Plenary timer": "Plenaire timer",
    "Plenary item to time": "Plenair onderdeel om te timen",
    "Beamer": "Beamer",
    "Show": "Toon",
    "What the beamer shows": "Wat de beamer toont",
    "On screen": "Op scherm",
    "Screen of the beamer": "Scherm van de beamer",
    "Automatic: the screen this window is not on": "Automatisch: het scherm waar dit venster niet op staat",
    "Open the beamer view": "Open het beamerbeeld",
    "F11: full screen on/off · Esc: leave full screen, then close": "F11: volledig scherm aan/uit · Esc: volledig scherm uit, daarna sluiten",
    "Announcement": "Mededeling",
    "e.g. Nog 5 minuten!": "bijv. Nog 5 minuten!",
    "Announcement on the beamer": "Mededeling op de beamer",
    "Clear": "Wissen",
    "Close the beamer view": "Sluit het beamerbeeld",
    "The day is shifted by {minutes} minutes.": "De dag is {minutes} minuten verschoven.",
    " · until {time}": " · tot {time}",
    "Now: {title}": "Nu: {title}",
    "The day has not started yet": "De dag is nog niet begonnen",
    "now": "nu",
    "introductions": "kennismaking",
    "on schedule": "op schema",
    "{minutes} min behind": "{minutes} min achter",
    "{minutes} min ahead": "{minutes} min voor",
    "The programme (countdown to the next item)": "Het programma (aftellen tot het volgende onderdeel)",
    "The plenary timer": "De plenaire timer",
    "{team}: its step and timer": "{team}: stap en timer",
    "Programme and beamer": "Programma en beamer",
    "The action plan answers": "Het actieplan beantwoordt",
    "+ Team": "+ Team",
    "Add a team to this event": "Voeg een team toe aan dit evenement",
    "Continue with: {step} →": "Verder met: {step} →",
    "This team no longer exists (removed on another laptop?).": "Dit team bestaat niet meer (verwijderd op een andere laptop?).",
    "This member no longer exists (removed on another laptop?).": "Dit teamlid bestaat niet meer (verwijderd op een andere laptop?).",
    "This event no longer exists.": "Dit evenement bestaat niet meer.",
    "Only a member of this team can take one of its roles.": "Alleen een lid van dit team kan een rol in dit team krijgen.",
    "This event has no such challenge.": "Dit evenement heeft die challenge niet.",
    "That would start the next item before the current one. Choose a smaller shift.": "Dan begint het volgende onderdeel vóór het huidige. Kies een kleinere verschuiving.",
    "Shift the day by at most {limit} minutes at once.": "Verschuif de dag met hoogstens {limit} minuten tegelijk.",
    "Nothing of the programme is still to come.": "Er komt niets meer op het programma.",
    "An announcement has at most {limit} characters.": "Een mededeling heeft hoogstens {limit} tekens.",
    "Start / pause": "Start / pauze",
    "+1 minute": "+1 minuut",
    "−1 minute": "−1 minuut",
    "+5 minutes": "+5 minuten",
    "Reset": "Opnieuw",
    "Sound off": "Geluid uit",
    "Sound on": "Geluid aan",
    "← To the team's step": "← Naar de stap van het team",
    "Move the team here": "Verplaats het team hierheen",
    "the introductions": "de kennismaking",
    "You are looking at another step than the team's. The team is at: {step}.": "Je bekijkt een andere stap dan die van het team. Het team is bij: {step}.",
    "About this phase ({start}–{end})": "Over deze fase ({start}–{end})",
    "What you need": "Wat hebben jullie nodig?",
    "One per sticky note": "Eén per sticky note",
    "One person may hold several roles.": "Eén persoon mag meerdere rollen hebben.",
    "May be chosen later: {roles}.": "Mag later gekozen worden: {roles}.",
    "Start": "Start",
    "−1 min": "−1 min",
    "+1 min": "+1 min",
    "+5 min": "+5 min",
    "over time": "over tijd",
    "paused": "gepauzeerd",
    "finished": "afgerond",
    "ready": "klaar",
    "last minute!": "laatste minuut!",
    "left": "nog",
    "Part {number} of {total}: {title}": "Deel {number} van {total}: {title}",
    "{time} over time — the timebox is a guide; move on when you can.": "{time} over tijd — de tijd is een leidraad; ga door zodra het kan.",
    "Ends at {time}": "Klaar om {time}",
    "Paused with {time} left": "Gepauzeerd met nog {time}",
    "Paused at {time} over time": "Gepauzeerd op {time} over tijd",
    "This timebox is finished.": "Deze timebox is afgerond.",
    "{minutes} minutes. Space starts the timer.": "{minutes} minuten. Spatie start de timer.",
    "Pause": "Pauze",
    "Resume": "Hervat",
    "&About Staatsprint": "&Over Staatsprint",
    "&File": "&Bestand",
    "&Go": "&Ga naar",
    "&Help": "&Help",
    "&Language": "&Taal",
    "&New event…": "&Nieuw evenement…",
    "&Next step": "&Volgende stap",
    "&Previous step": "&Vorige stap",
    "&Quit": "&Afsluiten",
    "&Team and introductions": "&Team en kennismaking",
    "&Theme": "&Thema",
    "&View": "&Beeld",
    "A name can have at most {limit} characters.": "Een naam heeft hoogstens {limit} tekens.",
    "A name that sticks (may come later)": "Een naam die blijft hangen (mag later)",
    "A team name can have at most {limit} characters.": "Een teamnaam heeft hoogstens {limit} tekens.",
    "A tie: the {role} decides": "Bij gelijke stand beslist de {role}",
    "About Staatsprint": "Over Staatsprint",
    "Add": "Toevoegen",
    "Add the &demo event": "&Demo-evenement toevoegen",
    "Also answer these in your solution and pitch": "Neem dit ook mee in je oplossing en pitch",
    "At most one dot per item": "Hoogstens één stip per item",
    "CHALLENGE {number}": "CHALLENGE {number}",
    "Challenge": "Challenge",
    "Choose one on the team page.": "Kies er een op de teampagina.",
    "Event": "Evenement",
    "Examples": "Voorbeelden",
    "For example: {example}": "Bijvoorbeeld: {example}",
    "Give the member a name.": "Geef het teamlid een naam.",
    "Hidden until the reveal": "Verborgen tot de onthulling",
    "High contrast": "Hoog contrast",
    "In parts": "In delen",
    "Introduce yourself": "Stel je voor",
    "Last step": "Laatste stap",
    "Light": "Licht",
    "Main question": "Hoofdvraag",
    "Members": "Teamleden",
    "Name": "Naam",
    "Name of a new member, then Enter": "Naam van een nieuw teamlid, dan Enter",
    "Leave empty to use the template's title": "Leeg laten voor de titel uit het sjabloon",
    "Day": "Dag",
    "Location": "Locatie",
    "Other template file…": "Ander sjabloonbestand…",
    "Template": "Sjabloon",
    "Create event": "Evenement maken",
    "Choose a template": "Kies een sjabloon",
    "New event": "Nieuw evenement",
    "New event…": "Nieuw evenement…",
    "New member's name": "Naam van het nieuwe teamlid",
    "Next step (Alt+Right)": "Volgende stap (Alt+Pijl rechts)",
    "Next step →": "Volgende stap →",
    "Next: {title} →": "Volgende: {title} →",
    "Not created": "Niet aangemaakt",
    "Not saved": "Niet opgeslagen",
    "On your own first": "Eerst individueel",
    "Open the demo event": "Open het demo-evenement",
    "PHASE {number} · {phase}": "FASE {number} · {phase}",
    "Previous step (Alt+Left)": "Vorige stap (Alt+Pijl links)",
    "Questions": "Vragen",
    "Remove from team": "Uit het team halen",
    "Remove member": "Teamlid verwijderen",
    "Remove {name} from the team? Their introduction is removed too.": "{name} uit het team halen? De kennismaking verdwijnt dan ook.",
    "Run a one-day design-thinking hackathon: programme, timers, the four phases and the jury — on this laptop, without internet.": "Begeleid een eendaagse design-thinking-hackathon: programma, timers, de vier fases en de jury — op deze laptop, zonder internet.",
    "Several dots on one item allowed": "Meerdere stippen op één item toegestaan",
    "Staatsprint runs a one-day design-thinking hackathon offline. No account, no telemetry: your data stays in your database.": "Staatsprint begeleidt een eendaagse design-thinking-hackathon, offline. Geen account, geen telemetrie: je gegevens blijven in je eigen database.",
    "Step {number} of {total}": "Stap {number} van {total}",
    "Steps of the day": "Stappen van de dag",
    "TEAM AND INTRODUCTIONS": "TEAM EN KENNISMAKING",
    "Take your team to the first phase →": "Neem je team mee naar de eerste fase →",
    "Team": "Team",
    "Team and introductions": "Team en kennismaking",
    "Team name": "Teamnaam",
    "The &challenge": "De &challenge",
    "The challenge": "De challenge",
    "The template cannot be used; nothing was changed.": "Het sjabloon is niet bruikbaar; er is niets veranderd.",
    "There is no event in this database yet.": "Er staat nog geen evenement in deze database.",
    "This team has no challenge yet.": "Dit team heeft nog geen challenge.",
    "Timebox: {minutes} minutes": "Timebox: {minutes} minuten",
    "Timeline": "Tijdlijn",
    "Tip: {tip}": "Tip: {tip}",
    "Tips": "Tips",
    "To answer": "Te beantwoorden",
    "no introduction yet": "nog geen kennismaking",
    "{minutes} min": "{minutes} min",
    "{name} is already in this team. Use another name, e.g. with an initial.": "{name} zit al in dit team. Gebruik een andere naam, bijvoorbeeld met een initiaal.",
    "— still open —": "— nog open —",
    "← Back": "← Terug",
    "The database cannot be reached:\n{url}\n\n{reason}": "De database is niet bereikbaar:\n{url}\n\n{reason}",
    "This database was made by a newer version of Staatsprint. Update Staatsprint to open it; nothing was changed.\n\n{reason}": "Deze database is gemaakt door een nieuwere versie van Staatsprint. Werk Staatsprint bij om hem te openen; er is niets veranderd.\n\n{reason}",
    "This database is not a Staatsprint database; nothing was changed.\n{url}": "Dit is geen Staatsprint-database; er is niets veranderd.\n{url}",
    "This is not a database address Staatsprint can use:\n{url}": "Dit is geen databaseadres dat Staatsprint kan gebruiken:\n{url}",
}


def fill_english() -> None:
    tree = ET.parse(TS_EN)
    for message in tree.iter("message"):
        forms = ENGLISH_PLURALS.get(message.findtext("source"))
        translation = message.find("translation")
        if message.get("numerus") == "yes" and forms:
            translation.attrib.pop("type", None)
            for form, text in zip(translation.findall("numerusform"), forms):
                form.text = text
    tree.write(TS_EN, encoding="utf-8", xml_declaration=True)


def main() -> int:
    fill_english()
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        dutch = DUTCH.get(source)
        if dutch is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form, text in zip(forms, dutch):
                form.text = text
        else:
            translation.text = dutch
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print("no Dutch yet for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
