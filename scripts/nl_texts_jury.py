"""The Dutch UI text of the jury: set-up, running order, the juror's scoring screen, juror files and
paper sheets, the juryberaad, the reveal and the audience prize (read by translate_nl.py beside the
other tables; add a new source at the end, one line each)."""

from __future__ import annotations

DUTCH_JURY: dict[str, str | tuple[str, str]] = {
    "Jury and rubric": "Jury en rubric",
    "Running order": "Pitchvolgorde",
    "Scores": "Scores",
    "Juryberaad": "Juryberaad",
    "Reveal": "Bekendmaking",
    "The &jury": "De &jury",
    "The jury: pitches, scores, winners": "De jury: pitches, scores, winnaars",
    "&Jury results (CSV)…": "&Juryresultaten (CSV)…",
    "Jury results (CSV)": "Juryresultaten (CSV)",
    "Every juror's scores and each prize's ranking, raw and adjusted, as two tables for Excel.": "De scores van elk jurylid en per prijs de ranglijst, ruw en gecorrigeerd, als twee tabellen voor Excel.",
    "There are no jury scores yet: import the jurors' files first.": "Er zijn nog geen juryscores: importeer eerst de bestanden van de juryleden.",
}
