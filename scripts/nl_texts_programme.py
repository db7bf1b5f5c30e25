"""The Dutch of the event editor's programme tab (issue 12): editing the day's items, fixed times, the
warnings and refusals of an edit or a shift that runs into a fixed item."""

from __future__ import annotations

DUTCH_PROGRAMME: dict[str, str | tuple[str, str]] = {
    # ui/day/programme_marks.py
    "fixed time": "vaste tijd",
    # ui/event/programme_table.py
    "Plenary": "Plenair",
    "Break time": "Pauze",
    "Team phase": "Fase",
    "Drinks and social": "Borrel",
    "Does not fit: {minutes} min too long before {fixed} ({at})": "Past niet: {minutes} min te lang vóór {fixed} ({at})",
    "Length": "Duur",
    "Title (Dutch)": "Titel (Nederlands)",
    "Title (English)": "Titel (Engels)",
    "Item kind": "Soort",
    "Fixed time": "Vaste tijd",
    "Fits?": "Past het?",
    "A fixed time: type another to move it": "Een vaste tijd: typ een andere tijd om het te verplaatsen",
    "Follows from the items before it": "Volgt uit de onderdelen ervoor",
    "The day's last item: nothing after it to end it": "Het laatste onderdeel van de dag: er komt niets na",
    " min": " min",
    "Minutes of {title}": "Minuten van {title}",
    "Fix its time": "Tijd vastzetten",
    "A fixed item keeps its clock time while the rest moves": "Een vast onderdeel houdt zijn tijd terwijl de rest schuift",
    # ui/event/programme_editor.py
    "Items keep their minutes when others move; an item with a fixed time (padlock) stays at its clock time. Alt+Up and Alt+Down move the chosen item; Enter in the minutes applies.":
        "Onderdelen houden hun duur als andere schuiven; een onderdeel met een vaste tijd (hangslot) blijft op zijn tijd staan. "
        "Alt+pijl omhoog en Alt+pijl omlaag verplaatsen het gekozen onderdeel; Enter in de minuten past de duur toe.",
    "Move item up": "Omhoog",
    "Move item down": "Omlaag",
    "Alt+Up": "Alt+pijl omhoog",
    "Alt+Down": "Alt+pijl omlaag",
    "Asks first": "Vraagt het eerst",
    "New item: title in Dutch": "Nieuw onderdeel: titel in het Nederlands",
    "Title in English (optional)": "Titel in het Engels (mag leeg)",
    "Add after the chosen item": "Toevoegen na het gekozen onderdeel",
    "Remove an item": "Onderdeel verwijderen",
    "Remove “{title}” ({time}) from the programme? The items after it move up.":
        "“{title}” ({time}) uit het programma verwijderen? De onderdelen erna schuiven naar voren.",
    # ui/common/messages_programme.py
    "The next item, {fixed}, has a fixed time ({at}): nothing before it to shift. Unlock it in the event editor to move it; nothing was changed.":
        "Het volgende onderdeel, {fixed}, heeft een vaste tijd ({at}): er is niets vóór om te verschuiven. Zet de tijd los in "
        "Evenement bewerken om het te verplaatsen; er is niets veranderd.",
    "“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shift at most {most} minutes, or unlock “{fixed}” in Edit the event → Programme; nothing was changed.":
        "“{item}” zou om {starts} beginnen, niet vóór “{fixed}” (vast om {at}). Schuif hoogstens {most} minuten, of zet "
        "“{fixed}” los in Evenement bewerken → Programma; er is niets veranderd.",
    "“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shorten an item before it, or change the fixed time; nothing was changed.":
        "“{item}” zou om {starts} beginnen, niet vóór “{fixed}” (vast om {at}). Maak een onderdeel ervoor korter of verander de "
        "vaste tijd; er is niets veranderd.",
    "“{item}” has a fixed time ({at}): change its time, or unlock it to move it.":
        "“{item}” heeft een vaste tijd ({at}): verander de tijd, of zet hem los om het onderdeel te verplaatsen.",
    "“{item}” is where its phase runs: a phase item cannot be removed.":
        "“{item}” is de plek van een fase in het programma: een fase-onderdeel kan niet weg.",
    "The programme keeps at least one item.": "Het programma houdt minstens één onderdeel.",
    "“{item}” lasts until “{fixed}” (fixed at {at}): make an earlier item longer, or change the fixed time.":
        "“{item}” duurt tot “{fixed}” (vast om {at}): maak een eerder onderdeel langer, of verander de vaste tijd.",
    "“{item}” is the day's last item: it has no end to change.": "“{item}” is het laatste onderdeel van de dag: er is geen eind om te veranderen.",
    "“{item}” has no fixed time: lock it first.": "“{item}” heeft geen vaste tijd: zet de tijd eerst vast.",
    "“{clock}” is not a clock time: write it as 12:30.": "“{clock}” is geen tijd: schrijf hem als 12:30.",
    "A new item is a plenary item, a break, the jury or the drinks; a phase comes with the template.":
        "Een nieuw onderdeel is plenair, een pauze, de jury of de borrel; een fase komt met het sjabloon.",
    "An item lasts 1 to {limit} minutes.": "Een onderdeel duurt 1 tot {limit} minuten.",
    "“{item}” would start at {starts}, past the end of the day; nothing was changed.":
        "“{item}” zou om {starts} beginnen, na het einde van de dag; er is niets veranderd.",
    "This programme item no longer exists (removed on another laptop?); nothing was changed.":
        "Dit programma-onderdeel bestaat niet meer (op een andere laptop verwijderd?); er is niets veranderd.",
    "The time of “{item}” belongs to the window of phase {number} “{phase}”: the phase would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Keep “{item}” longer, or make a step shorter (Steps tab); nothing was changed.":
        "De tijd van “{item}” hoort bij het tijdvak van fase {number} “{phase}”: de fase duurt dan {window} minuten ({start}–{end}), "
        "maar de stappen samen {steps}. Houd “{item}” langer, of maak een stap korter (tab Stappen); er is niets veranderd.",
}
