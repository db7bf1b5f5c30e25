"""The pitch in brief: the few texts a poster, a beamer slide and the event report show of a team.

Each is the team's own answer to the pitch's question where they gave one; the problem falls back to the
problem statement's sentence, the idea to the idea (or combination) chosen for the pitch, and the yell is
the team's yell. One rule for every view, so the poster, the slide and the report never tell a team's
pitch differently. An empty text means "not filled in yet".
"""

from __future__ import annotations

from app.export.dossier_data import TeamDossier

# The template's field keys of the pitch in brief, in the pitch's order.
PROBLEM, FOR_WHOM, IDEA, PATH, WHO_NEEDED, COST, YELL = "problem", "for_whom", "idea", "path", "who_needed", "cost", "yell"
KEYS = (PROBLEM, FOR_WHOM, IDEA, PATH, WHO_NEEDED, COST, YELL)


def answer(dossier: TeamDossier, key: str) -> str:
    """The text of the pitch answer ``key`` (any section), "" when it is empty or not asked."""
    return next((item.text.strip() for section in dossier.sections for item in section.answers if item.key == key), "")


def brief(dossier: TeamDossier) -> dict[str, str]:
    """The pitch in brief by key (``KEYS``), each text trimmed, "" where nothing is filled in yet."""
    texts = {key: answer(dossier, key) for key in KEYS}
    texts[PROBLEM] = texts[PROBLEM] or (dossier.problem.sentence.strip() if dossier.problem else "")
    texts[IDEA] = texts[IDEA] or dossier.chosen_idea.strip()
    texts[YELL] = dossier.yell.strip() or texts[YELL]
    return texts
