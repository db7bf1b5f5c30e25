"""The Dutch UI text of team files and event archives (ui/sync/file_actions.py, ui/common/messages_sync_files.py)
and of a shared server's upgrade (ui/storage/database_messages.py); read by translate_nl.py."""

from __future__ import annotations

DUTCH_SYNC_FILES: dict[str, str] = {
    "Export &team file…": "&Teambestand exporteren…",
    "Import team &file…": "Teambestand &importeren…",
    "Export event &archive…": "Evenementarchief e&xporteren…",  # not &a: "&Afsluiten"
    "Import event a&rchive…": "Evenementa&rchief importeren…",
    "Export team file": "Teambestand exporteren",
    "Import team file": "Teambestand importeren",
    "Export event archive": "Evenementarchief exporteren",
    "Import event archive": "Evenementarchief importeren",
    "Team files (*%s)": "Teambestanden (*%s)",
    "Event archives (*%s)": "Evenementarchieven (*%s)",
    "Team kits (*.staatsprint-teamkit)": "Teamkits (*.staatsprint-teamkit)",
    "This laptop signs with the team's kit: choose it": "Deze laptop ondertekent met de teamkit: kies die",
    "Saved: %s": "Opgeslagen: %s",
    "Imported: %s": "Geïmporteerd: %s",
    "Into “{event}”: {added} added, {updated} updated (newer in the file), {kept} kept (the same or newer here: a file never overwrites newer work).":
        "In „{event}”: {added} toegevoegd, {updated} bijgewerkt (nieuwer in het bestand), {kept} behouden (hier gelijk of nieuwer: een bestand overschrijft nooit nieuwer werk).",
    "What": "Wat",
    "Added": "Toegevoegd",
    "Updated": "Bijgewerkt",
    "Kept": "Behouden",
    "Teams": "Teams",
    "Notes": "Notities",
    "Clusters": "Clusters",
    "Dots and votes": "Stippen en stemmen",
    "Kept items": "Doorgegane items",
    "Milestones": "Mijlpalen",
    "Final choices": "Eindkeuzes",
    "Storyboard panels": "Storyboardvakken",
    "Step progress": "Voortgang per stap",
    "Race counts": "Racetellingen",
    "Roles": "Rollen",
    "Pitch tasks": "Pitchtaken",
    "Programme items": "Programmaonderdelen",
    "Jury scores": "Juryscores",
    "{name} was made by a newer Staatsprint: install Staatsprint {version} or later to import it; nothing was imported.":
        "{name} is gemaakt met een nieuwere Staatsprint: installeer Staatsprint {version} of nieuwer om het te importeren; er is niets geïmporteerd.",
    "{name} was made by a newer Staatsprint: update the app to import it; nothing was imported.":
        "{name} is gemaakt met een nieuwere Staatsprint: werk de app bij om het te importeren; er is niets geïmporteerd.",
    "{name} is not a whole Staatsprint file ({what}); nothing was imported.":
        "{name} is geen compleet Staatsprint-bestand ({what}); er is niets geïmporteerd.",
    "{name} refers to a {what} this event does not have; nothing was imported.":
        "{name} verwijst naar een {what} die dit evenement niet heeft; er is niets geïmporteerd.",
    "{name} is a team file of another event ({what}), not of an event in this database; nothing was imported.":
        "{name} is een teambestand van een ander evenement ({what}), niet van een evenement in deze database; er is niets geïmporteerd.",
    "{name} is for a team this event does not have ({what}); nothing was imported.":
        "{name} is voor een team dat dit evenement niet heeft ({what}); er is niets geïmporteerd.",
    "{name} holds another team's work than its own; nothing was imported.":
        "{name} bevat werk van een ander team dan het eigen team; er is niets geïmporteerd.",
    "This laptop does not hold the event's secret: sign the team file with the team's kit (the facilitator makes it).":
        "Deze laptop heeft het geheim van het evenement niet: onderteken het teambestand met de teamkit (de facilitator maakt die).",
    "This event has no jury secret yet, so no team key can be made: open the jury once, then make the kit.":
        "Dit evenement heeft nog geen jurygeheim, dus er kan geen teamsleutel worden gemaakt: open de jury één keer en maak dan de kit.",
    "{name} is not a team kit that can be read.": "{name} is geen leesbare teamkit.",
    "This team kit is for another event ({what}).": "Deze teamkit is voor een ander evenement ({what}).",
    "This team kit is for another team ({what}): choose the kit of this team.":
        "Deze teamkit is voor een ander team ({what}): kies de kit van dit team.",
    "The archive could not be written to {path}; choose another folder.":
        "Het archief kon niet worden geschreven naar {path}; kies een andere map.",
    "The team file could not be written to {path}; choose another folder.":
        "Het teambestand kon niet worden geschreven naar {path}; kies een andere map.",
    "This database was made by a newer version of Staatsprint. Install Staatsprint {version} or later to open it; nothing was changed.\n{url}":
        "Deze database is gemaakt door een nieuwere versie van Staatsprint. Installeer Staatsprint {version} of nieuwer om hem te openen; er is niets gewijzigd.\n{url}",
    "The event's server must be upgraded to this version of Staatsprint first. Only the facilitator's app does that (it saves a backup of every event first): wait until the facilitator has opened the event, then try again. Nothing was changed.":
        "De server van het evenement moet eerst worden bijgewerkt naar deze versie van Staatsprint. Alleen de app van de facilitator doet dat (die bewaart eerst een reservekopie van elk evenement): wacht tot de facilitator het evenement heeft geopend en probeer het dan opnieuw. Er is niets gewijzigd.",
    "Staatsprint upgraded the event's server. Before that it saved an archive of every event:\n{paths}\n\nFile → Import event archive… brings one back into any database.":
        "Staatsprint heeft de server van het evenement bijgewerkt. Daarvoor is van elk evenement een archief bewaard:\n{paths}\n\nBestand → Evenementarchief importeren… zet er een terug in elke database.",
    "The whole event (for the facilitator or the server)": "Het hele evenement (voor de facilitator of de server)",
    "For one team's laptop: %s": "Voor de laptop van één team: %s",
    "What is this archive for?\n\nA team's laptop gets the event and that team's own work only:\nno jury data, no other team's work.":
        "Waarvoor is dit archief?\n\nDe laptop van een team krijgt het evenement en alleen het eigen werk van dat team:\ngeen jurygegevens, geen werk van andere teams.",
    "Team %s": "Team %s",
    "{name} is one team's part of the event “{what}”, which this database already holds. A team archive never changes an event that is here (it lacks the jury and the other teams' work); nothing was imported.":
        "{name} is het deel van één team van het evenement „{what}”, dat al in deze database staat. Een teamarchief verandert nooit een evenement dat hier al is (het mist de jury en het werk van de andere teams); er is niets geïmporteerd.",
}
