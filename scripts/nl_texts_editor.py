"""The Dutch UI text of the event editor (read by translate_nl.py beside the other tables)."""

from __future__ import annotations

DUTCH_EDITOR: dict[str, str | tuple[str, str]] = {
    # the page
    "EDIT THE EVENT": "EVENEMENT BEWERKEN",
    "Every change is saved at once, for this event only: the template it was made from stays as it is.":
        "Elke wijziging wordt meteen bewaard, alleen voor dit evenement: het sjabloon waarmee het is gemaakt, blijft zoals het is.",
    "Save as template…": "Opslaan als sjabloon…",
    "Write this event's day, with every change, as a template file: next year's event can start from it":
        "Schrijf de dag van dit evenement, met alle wijzigingen, als sjabloonbestand: het evenement van volgend jaar kan ermee beginnen",
    "General": "Algemeen",
    "Challenges": "Challenges",
    "Steps": "Stappen",
    "The template was not saved: {reason}": "Het sjabloon is niet opgeslagen: {reason}",
    "Saved as template: {path}": "Opgeslagen als sjabloon: {path}",
    "Save as template": "Opslaan als sjabloon",
    "Staatsprint templates (*.toml)": "Staatsprint-sjablonen (*.toml)",
    "Edit the event: the next tab": "Evenement bewerken: het volgende tabblad",
    "Edit the event: the previous tab": "Evenement bewerken: het vorige tabblad",
    # general
    "The event": "Het evenement",
    "What the header, the beamer and the printed agenda call this day. A new date moves the whole programme to that day, at the same times.":
        "Zo heet deze dag in de kop, op de beamer en op de geprinte agenda. Een nieuwe datum verplaatst het hele programma naar die dag, op dezelfde tijden.",
    "e.g. the building and the city": "bijv. het gebouw en de stad",
    "Date": "Datum",
    # steps
    "Phase {number} “{phase}” would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Make a step shorter (Steps tab) or give the phase more time (Programme tab); nothing was changed.":
        "Fase {number} “{phase}” duurt dan {window} minuten ({start}–{end}), maar de stappen samen {steps}. Maak een stap korter "
        "(tab Stappen) of geef de fase meer tijd (tab Programma); er is niets veranderd.",
    "Not saved; the template check says:": "Niet opgeslagen; de controle van het sjabloon zegt:",
    "Dots per person": "Stippen per persoon",
    "At most to keep": "Maximaal te kiezen",
    "no limit": "geen grens",
    "Flip-over sheets for the winning team": "Flip-overvellen voor het winnende team",
    "none": "geen",
    "Years ahead on the timeline": "Jaren vooruit op de tijdlijn",
    "Everyone works alone first": "Ieder werkt eerst alleen",
    "One thought per note": "Eén gedachte per briefje",
    "Anonymous (no names on notes and dots)": "Anoniem (geen namen bij briefjes en stippen)",
    "Dots have been placed in this vote: its rules stay as they are. The dots per person can still go up, or down to {placed} (the most one person has placed).":
        "In deze stemming zijn al stippen gezet: de regels blijven zoals ze zijn. Het aantal stippen per persoon kan nog omhoog, of omlaag tot {placed} (het meeste dat iemand heeft gezet).",
    "The phase has {window} min ({start}–{end} in this event's programme); its steps take {used} min, {free} min free.":
        "De fase duurt {window} min ({start}–{end} in het programma van dit evenement); de stappen nemen {used} min, {free} min over.",
    "{step}: minutes": "{step}: minuten",
    "A tie is broken by": "Bij gelijke stand beslist",
    "the team together": "het team samen",
    # challenges
    "Invitation (in the list of challenges)": "Uitnodiging (in de lijst met challenges)",
    "The question": "De vraagstelling",
    "Section {number}: heading": "Deel {number}: kop",
    "Section {number}: text": "Deel {number}: tekst",
    "Section {number}: point {point}": "Deel {number}: punt {point}",
    "+ Challenge": "+ Challenge",
    "Remove challenge": "Challenge verwijderen",
    "Challenge {number}": "Challenge {number}",
    "Also consider (the pitch answers these)": "Neem ook mee (de pitch beantwoordt deze vragen)",
    "Remove question {number}": "Vraag {number} verwijderen",
    "Question {number}": "Vraag {number}",
    "+ Question": "+ Vraag",
    "Dutch": "Nederlands",
    "English": "Engels",
    "Remove the challenge “{title}” with all its texts from this event?": "De challenge “{title}” met al haar teksten uit dit evenement verwijderen?",
    # refusals
    "Teams work on this challenge ({teams}): give them another challenge first. Nothing was removed.":
        "Er werken teams aan deze challenge ({teams}): geef ze eerst een andere challenge. Er is niets verwijderd.",
    "Participants prefer this challenge ({members}): change their preference first. Nothing was removed.":
        "Deelnemers hebben deze challenge als voorkeur ({members}): pas eerst hun voorkeur aan. Er is niets verwijderd.",
    "This text has at most {limit} characters; nothing was saved.": "Deze tekst heeft hoogstens {limit} tekens; er is niets opgeslagen.",
    "This text is no longer there (changed on another laptop?); nothing was saved.": "Deze tekst is er niet meer (gewijzigd op een andere laptop?); er is niets opgeslagen.",
    "Texts are kept in Dutch and English only.": "Teksten worden alleen in het Nederlands en het Engels bewaard.",
    "This event has no such step.": "Dit evenement heeft zo'n stap niet.",
    "This step takes the minutes of its parts: change those.": "Deze stap duurt zo lang als zijn onderdelen samen: pas die aan.",
    "This step has no such part; nothing was saved.": "Deze stap heeft zo'n onderdeel niet; er is niets opgeslagen.",
    "This rule is not set for this step; nothing was saved.": "Deze regel hoort niet bij deze stap; er is niets opgeslagen.",
    "Dots have been placed in this vote: its rules stay as they are. Only the dots per person can still go up. Nothing was saved.":
        "In deze stemming zijn al stippen gezet: de regels blijven zoals ze zijn. Alleen het aantal stippen per persoon kan nog omhoog. Er is niets opgeslagen.",
    "Someone has placed {placed} dots in this vote already: the dots per person cannot go below {placed}. Nothing was saved.":
        "Iemand heeft in deze stemming al {placed} stippen gezet: het aantal stippen per persoon kan niet onder {placed}. Er is niets opgeslagen.",
    "The file cannot be written ({reason}). Choose another folder or name; nothing was written.":
        "Het bestand kan niet worden geschreven ({reason}). Kies een andere map of naam; er is niets geschreven.",
}
