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
}
