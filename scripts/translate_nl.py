"""Fill resources/translations/staatsprint_nl.ts from the table below (the Dutch UI text).

Workflow: change UI text -> scripts/update_translations.py -> add the new sources
here -> run this -> scripts/build_translations.py. Qt Linguist works on the same
file; this table is simply quicker to review in a diff.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "staatsprint_nl.ts"

DUTCH: dict[str, str | tuple[str, str]] = {
    "%n dot(s) each": ("%n stip per persoon", "%n stippen per persoon"),
    "Keep at most %n": ("Houd maximaal %n over", "Houd maximaal %n over"),
    "Looking %n year(s) ahead": ("%n jaar vooruit", "%n jaar vooruit"),
    "Most ideas wins %n flip-over sheet(s)": ("Meeste ideeën wint %n flip-overvel", "Meeste ideeën wint %n flip-overvellen"),
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
    "A tie: the {role} decides": "Gelijke stand: de {role} beslist",
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
    "One person may hold two roles. The presenter can be chosen later.": "Eén persoon mag twee rollen hebben. De presentator mag je later kiezen.",
    "One thought per note": "Eén gedachte per sticky note",
    "Open the demo event": "Open het demo-evenement",
    "PHASE {number} · {phase}": "FASE {number} · {phase}",
    "Previous step (Alt+Left)": "Vorige stap (Alt+Pijl links)",
    "Questions": "Vragen",
    "Remove from team": "Uit het team halen",
    "Remove member": "Teamlid verwijderen",
    "Remove {name} from the team? Their introduction is removed too.": "{name} uit het team halen? De kennismaking verdwijnt dan ook.",
    "Run a one-day design-thinking hackathon: programme, timers, the four phases and the jury — on this laptop, without internet.": "Begeleid een eendaagse design-thinking-hackathon: programma, timers, de vier fases en de jury — op deze laptop, zonder internet.",
    "Several dots on one item allowed": "Meerdere stippen op één item mag",
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


def main() -> int:
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
