"""The Dutch of the participants import's screen and its refusals (ui/participants/import_*.py,
ui/common/messages_import.py; read by translate_nl.py)."""

from __future__ import annotations

# The English forms of the import's %n sources (as ENGLISH_PLURALS in nl_texts.py).
ENGLISH_PLURALS_IMPORT: dict[str, tuple[str, str]] = {
    "Recognised: {known} of the %n column(s). Choose what the others hold, or “do not import”. Staatsprint remembers this for files with the same columns.": (
        "Recognised: {known} of the %n column. Choose what it holds, or “do not import”. Staatsprint remembers this for files with the same columns.",
        "Recognised: {known} of the %n columns. Choose what the others hold, or “do not import”. Staatsprint remembers this for files with the same columns."),
}

DUTCH_IMPORT: dict[str, str | tuple[str, str]] = {
    "Import &participants…": "Dee&lnemers importeren…",
    "Participants import": "Deelnemers importeren",
    "Import participants into {event}": "Deelnemers importeren in {event}",
    "Choose the registration file": "Kies het bestand met de aanmeldingen",
    "Registrations (*.csv *.xlsx)": "Aanmeldingen (*.csv *.xlsx)",
    "Sheet in the file": "Werkblad",
    "Sheet of the file to import": "Werkblad van het bestand dat wordt geïmporteerd",
    "one of {count} sheets": "een van {count} werkbladen",
    "Choose another file…": "Ander bestand kiezen…",
    "Nothing was imported. Choose another file, or save this one again as CSV or Excel workbook (.xlsx) from the registration tool or spreadsheet, and choose it.":
        "Er is niets geïmporteerd. Kies een ander bestand, of sla dit bestand opnieuw op als CSV of Excel-werkmap (.xlsx) vanuit het aanmeldformulier of de spreadsheet, en kies het dan.",
    "Map columns…": "Kolommen koppelen…",
    "Show the preview": "Voorbeeld tonen",
    "Read the file again": "Bestand opnieuw inlezen",
    "Choose what column “{header}” holds, or “do not import”.": "Kies wat er in kolom “{header}” staat, of “niet importeren”.",
    # the fields a column can be
    "E-mail address": "E-mailadres",
    "Job title (at work)": "Functie",
    "Motivation (why they take part)": "Motivatie",
    "Preferred challenge": "Voorkeurschallenge",
    "do not import": "niet importeren",
    # the mapping step
    "Which column holds what?": "Welke kolom bevat wat?",
    "The file's columns": "De kolommen van het bestand",
    "Column in the file": "Kolom in het bestand",
    "Values in the file": "Waarden in het bestand",
    "Import as": "Importeren als",
    "(column {number} without a header)": "(kolom {number} zonder kop)",
    "Not recognised: choose what it is": "Niet herkend: kies wat het is",
    "(empty in every row)": "(in elke rij leeg)",
    "Import column “{header}” as": "Kolom “{header}” importeren als",
    "Recognised: {known} of the %n column(s). Choose what the others hold, or “do not import”. Staatsprint remembers this for files with the same columns.": (
        "Herkend: {known} van de %n kolom. Kies wat erin staat, of “niet importeren”. Staatsprint onthoudt dit voor bestanden met dezelfde kolommen.",
        "Herkend: {known} van de %n kolommen. Kies wat er in de andere staat, of “niet importeren”. Staatsprint onthoudt dit voor bestanden met dezelfde kolommen."),
    "Every column was recognised; change what is wrong. Staatsprint remembers this for files with the same columns.":
        "Alle kolommen zijn herkend; verander wat niet klopt. Staatsprint onthoudt dit voor bestanden met dezelfde kolommen.",
    # the preview
    "1 participant ready to import": "1 deelnemer klaar om te importeren",
    "{count} participants ready to import": "{count} deelnemers klaar om te importeren",
    "1 participant will be imported": "1 deelnemer wordt geïmporteerd",
    "{count} participants will be imported": "{count} deelnemers worden geïmporteerd",
    "1 duplicate": "1 dubbel",
    "{count} duplicates": "{count} dubbel",
    "{count} refused": "{count} geweigerd",
    "1 empty line skipped": "1 lege regel overgeslagen",
    "{count} empty lines skipped": "{count} lege regels overgeslagen",
    "Nothing to import": "Niets te importeren",
    "Import 1 participant": "1 deelnemer importeren",
    "Import {count} participants": "{count} deelnemers importeren",
    "Nothing is imported while a row is refused. Correct the refused rows in the file, save it and read it again.":
        "Er wordt niets geïmporteerd zolang er een rij geweigerd is. Verbeter de geweigerde rijen in het bestand, sla het op en lees het opnieuw in.",
    "Everyone in this file is in the event already: importing it again adds nobody.":
        "Iedereen in dit bestand staat al in het evenement: opnieuw importeren voegt niemand toe.",
    "This file holds no participants: every row is empty.": "Dit bestand bevat geen deelnemers: elke rij is leeg.",
    "1 participant imported; they are under Participants and teams, not yet in a team":
        "1 deelnemer geïmporteerd; die staat bij Deelnemers en teams, nog zonder team",
    "{count} participants imported; they are under Participants and teams, not yet in a team":
        "{count} deelnemers geïmporteerd; ze staan bij Deelnemers en teams, nog zonder team",
    "Refused rows": "Geweigerde rijen",
    "Line in the file": "Regel",
    "Why refused": "Waarom geweigerd",
    "The row holds": "Wie",
    "Duplicate rows": "Dubbele rijen",
    "Repeats": "Dubbel met",
    "Rows that will be imported": "Rijen die worden geïmporteerd",
    "Refused ({count}): correct these rows in the file": "Geweigerd ({count}): verbeter deze rijen in het bestand",
    "Duplicates, skipped ({count})": "Dubbel, overgeslagen ({count})",
    "Will be imported ({count})": "Wordt geïmporteerd ({count})",
    # refusals
    "“{file}” cannot be read. {problem}": "“{file}” kan niet worden gelezen. {problem}",
    "Nothing was imported: 1 row is refused. Correct it in the file, save it and read it again.":
        "Er is niets geïmporteerd: 1 rij is geweigerd. Verbeter die in het bestand, sla het op en lees het opnieuw in.",
    "Nothing was imported: {count} rows are refused. Correct them in the file, save it and read it again.":
        "Er is niets geïmporteerd: {count} rijen zijn geweigerd. Verbeter ze in het bestand, sla het op en lees het opnieuw in.",
    "No column is the name yet: choose “Name” for the column that holds the participants' names.":
        "Nog geen kolom is de naam: kies “Naam” bij de kolom met de namen van de deelnemers.",
    "Two columns are “{field}”: “{first}” and “{second}”. Choose “do not import” for one of them.":
        "Twee kolommen zijn “{field}”: “{first}” en “{second}”. Kies bij een van beide “niet importeren”.",
    "The file has no column {column}.": "Het bestand heeft geen kolom {column}.",
    "“{field}” is not something a participant has here.": "“{field}” is geen gegeven van een deelnemer.",
    "This is a folder, not a file.": "Dit is een map, geen bestand.",
    "The file is not there any more (moved or deleted?).": "Het bestand is er niet meer (verplaatst of verwijderd?).",
    "You may not read this file: copy it to your Documents folder, or ask its owner.":
        "Je mag dit bestand niet lezen: kopieer het naar je map Documenten, of vraag het de eigenaar.",
    "The computer cannot read the file (a disk or network problem?).": "De computer kan het bestand niet lezen (een probleem met de schijf of het netwerk?).",
    "The file is {megabytes} MB; a registration export is at most {limit} MB.": "Het bestand is {megabytes} MB; een export van aanmeldingen is hooguit {limit} MB.",
    "The file is empty.": "Het bestand is leeg.",
    "Sheet “{sheet}” holds no data.": "Werkblad “{sheet}” bevat geen gegevens.",
    "The workbook is protected with a password: open it in Excel and save it without a password.":
        "De werkmap is beveiligd met een wachtwoord: open hem in Excel en sla hem op zonder wachtwoord.",
    "This is an old Excel file (.xls): save it as Excel workbook (.xlsx) or as CSV.": "Dit is een oud Excel-bestand (.xls): sla het op als Excel-werkmap (.xlsx) of als CSV.",
    "This is an OpenDocument spreadsheet (.ods): save it as Excel workbook (.xlsx) or as CSV.":
        "Dit is een OpenDocument-spreadsheet (.ods): sla het op als Excel-werkmap (.xlsx) of als CSV.",
    "The workbook is damaged or not a real .xlsx file: open it in Excel and save it again.":
        "De werkmap is beschadigd of geen echt .xlsx-bestand: open hem in Excel en sla hem opnieuw op.",
    "This is neither a CSV file nor an Excel workbook (.xlsx).": "Dit is geen CSV-bestand en geen Excel-werkmap (.xlsx).",
    "the text has characters in an unknown encoding: save the file as “CSV UTF-8”.":
        "de tekst bevat tekens in een onbekende codering: sla het bestand op als “CSV UTF-8”.",
    "the row cannot be read (a quote that is not closed?): check its quotes.":
        "de rij kan niet worden gelezen (een aanhalingsteken dat niet gesloten is?): controleer de aanhalingstekens.",
    "the first row holds data ({value}), not column names: add a row with the column names above it.":
        "de eerste rij bevat gegevens ({value}), geen kolomnamen: voeg erboven een rij met de kolomnamen toe.",
    "It has more than {limit} rows: a registration export is far smaller.": "Het heeft meer dan {limit} rijen: een export van aanmeldingen is veel kleiner.",
    "There is no sheet “{sheet}” in it.": "Er zit geen werkblad “{sheet}” in.",
    "A CSV file has no sheets.": "Een CSV-bestand heeft geen werkbladen.",
    "merged cells in the row of column names: unmerge them so that every column has its own name.":
        "samengevoegde cellen in de rij met kolomnamen: maak het samenvoegen ongedaan, zodat elke kolom een eigen naam heeft.",
    "a formula without a saved value: open the file in Excel, save it, and choose it again.":
        "een formule zonder opgeslagen waarde: open het bestand in Excel, sla het op en kies het opnieuw.",
    "it is not a registration file Staatsprint can read.": "het is geen bestand met aanmeldingen dat Staatsprint kan lezen.",
    "Sheet “{sheet}”, cell {cell}: ": "Werkblad “{sheet}”, cel {cell}: ",
    "Sheet “{sheet}”, line {line}: ": "Werkblad “{sheet}”, regel {line}: ",
    "Line {line}: ": "Regel {line}: ",
}
