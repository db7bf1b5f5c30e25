"""The Dutch UI text of durability: File → Backups…, restore, a damaged database at start
(read by translate_nl.py beside the other tables)."""

from __future__ import annotations

DUTCH_DURABILITY: dict[str, str | tuple[str, str]] = {
    "&Backups…": "Reserve&kopieën…",  # not &r: "Evenementa&rchief importeren…"
    "Backups": "Reservekopieën",
    "Before an upgrade": "Voor een upgrade",
    "End of a phase": "Einde van een fase",
    "Kept aside at a restore": "Apart gezet bij terugzetten",
    "This database is damaged, so Staatsprint did not open it. Restore a backup below (the damaged file is kept aside), or close this window and keep the file to report it.":
        "Deze database is beschadigd, dus Staatsprint heeft hem niet geopend. Zet hieronder een reservekopie terug (het beschadigde bestand wordt apart bewaard), of sluit dit venster en bewaar het bestand om het te melden.",
    "Staatsprint saves a backup of this database before every upgrade and at the end of each phase of the day (by the programme). The newest {keep} are kept, in:\n{folder}":
        "Staatsprint maakt een reservekopie van deze database voor elke upgrade en aan het einde van elke fase van de dag (volgens het programma). De nieuwste {keep} worden bewaard, in:\n{folder}",
    "There are no backups of this database yet.": "Er zijn nog geen reservekopieën van deze database.",
    "&Restore…": "&Terugzetten…",
    "Replace the database with the chosen backup, after asking": "Vervang de database door de gekozen reservekopie, na een vraag",
    "Backups, newest first": "Reservekopieën, nieuwste eerst",
    "When": "Wanneer",
    "phase {phase}": "fase {phase}",
    "the whole database": "de hele database",
    "The whole database is replaced by this backup of {when}: everything done after that moment is no longer in it.":
        "De hele database wordt vervangen door deze reservekopie van {when}: alles wat daarna is gedaan, staat er dan niet meer in.",
    "The event {event} is replaced by this backup of {when}: everything done in it after that moment is no longer in it. Other events are not touched.":
        "Het evenement {event} wordt vervangen door deze reservekopie van {when}: alles wat daarna in is gedaan, staat er dan niet meer in. Andere evenementen blijven zoals ze zijn.",
    "First the database as it is now is kept aside as a backup (\"Kept aside at a restore\"), so restoring that one undoes this. Then Staatsprint reopens the database.":
        "Eerst wordt de database zoals hij nu is apart gezet als reservekopie (\"Apart gezet bij terugzetten\"); die terugzetten maakt dit ongedaan. Daarna opent Staatsprint de database opnieuw.",
    "Restore this backup?": "Deze reservekopie terugzetten?",
    "Restore a backup": "Reservekopie terugzetten",
    "Restore": "Terugzetten",
    "Not restored": "Niet teruggezet",
    "The database is damaged, so Staatsprint did not open it; nothing was changed. Restore a backup with File → Backups… (offered now), or keep the file and report this.\n{url}\n\n{reason}":
        "De database is beschadigd, dus Staatsprint heeft hem niet geopend; er is niets veranderd. Zet een reservekopie terug met Bestand → Reservekopieën… (nu aangeboden), of bewaar het bestand en meld dit.\n{url}\n\n{reason}",
    "Staatsprint could not save a backup at {path} (is the disk full or the folder read-only?). Your work is saved in the database as before.\n\n{reason}":
        "Staatsprint kon geen reservekopie opslaan in {path} (is de schijf vol of de map alleen-lezen?). Je werk staat zoals altijd in de database.\n\n{reason}",
    "This backup belongs to another kind of database and cannot be restored here; nothing was changed.\n{name}":
        "Deze reservekopie hoort bij een ander soort database en kan hier niet worden teruggezet; er is niets veranderd.\n{name}",
    "This backup is itself damaged and cannot be restored; nothing was changed. Choose an older one.\n{name}":
        "Deze reservekopie is zelf beschadigd en kan niet worden teruggezet; er is niets veranderd. Kies een oudere.\n{name}",
    "The backup could not be written into the database, so it is as it was.\n{path}\n\n{reason}":
        "De reservekopie kon niet in de database worden geschreven, dus die is zoals hij was.\n{path}\n\n{reason}",
    "There is no such backup; nothing was changed.": "Die reservekopie bestaat niet; er is niets veranderd.",
}
