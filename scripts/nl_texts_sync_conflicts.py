"""The Dutch UI text of concurrent edits: the conflict dialog and its messages (read by translate_nl.py
beside the other tables)."""

from __future__ import annotations

DUTCH_SYNC_CONFLICTS: dict[str, str] = {
    "this note": "deze sticky note",
    "this answer": "dit antwoord",
    "this score": "deze score",
    "this juror's comments": "de opmerkingen van dit jurylid",
    "this item": "dit onderdeel",
    "Not saved: {what} was changed on another laptop meanwhile. Nothing was overwritten.":
        "Niet opgeslagen: {what} is intussen op een andere laptop gewijzigd. Er is niets overschreven.",
    "Not undone: {what} was changed on another laptop since. Undo would overwrite that change.":
        "Niet ongedaan gemaakt: {what} is sindsdien op een andere laptop gewijzigd. Ongedaan maken zou die wijziging overschrijven.",
    "Changed on another laptop": "Gewijzigd op een andere laptop",
    "Someone else changed this meanwhile": "Iemand anders heeft dit intussen gewijzigd",
    "While you were editing {what}, it was changed and saved on another laptop. Your version is not saved yet. Which one should stay?":
        "Terwijl jij {what} bewerkte, is het op een andere laptop gewijzigd en opgeslagen. Jouw versie is nog niet opgeslagen. Welke blijft staan?",
    "(nothing)": "(niets)",
    "Theirs — saved now": "Van de ander — opgeslagen",
    "Yours — not saved": "Van jou — nog niet opgeslagen",
    "&Take theirs": "Die van de &ander",
    "Keep the version saved on the other laptop; yours is dropped.": "De versie van de andere laptop blijft; die van jou vervalt.",
    "Keep &both": "&Beide houden",
    "Theirs stays; yours becomes a second note beside it.": "Die van de ander blijft; die van jou wordt een tweede sticky note ernaast.",
    "Keep &mine": "&Mijn versie",
    "Save your version over theirs.": "Jouw versie opslaan in plaats van die van de ander.",
}
