"""What the flip-over poster says, taken from the team's dossier: seven short blocks of the pitch.

Each block is the team's own answer where they gave one; the problem falls back to the problem
statement, the idea to the chosen idea, the path to the chosen Crystal Ball's timeline and the yell
to the finish section's answer. An empty text means "not filled in yet"; the poster says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.export.dossier_data import CrystalBall, TeamDossier
from app.pdf.words import word

ARROW = " › "  # Noto Sans has no arrow; the chevron reads as one
KEYS = ("problem", "for_whom", "idea", "path", "who_needed", "cost", "yell")


@dataclass(frozen=True)
class Block:
    key: str  # one of KEYS
    label: str
    text: str  # "" when nothing is filled in yet


def poster_blocks(dossier: TeamDossier) -> dict[str, Block]:
    """The poster's blocks by key, in the pitch's order."""
    texts = {
        "problem": answer(dossier, "problem") or (dossier.problem.sentence if dossier.problem else ""),
        "for_whom": answer(dossier, "for_whom"),
        "idea": answer(dossier, "idea") or dossier.chosen_idea,
        "path": path_line(dossier) or answer(dossier, "path"),
        "who_needed": answer(dossier, "who_needed"),
        "cost": answer(dossier, "cost"),
        "yell": dossier.yell or answer(dossier, "yell"),
    }
    return {key: Block(key, word(f"poster_{key}", dossier.lang), texts[key].strip()) for key in KEYS}


def answer(dossier: TeamDossier, key: str) -> str:
    """The text of the pitch answer ``key`` (any section), "" when it is empty or absent."""
    for section in dossier.sections:
        for item in section.answers:
            if item.key == key:
                return item.text.strip()
    return ""


def path_line(dossier: TeamDossier) -> str:
    """The chosen Crystal Ball as one line, "Nu › milestone › … › the ideal situation"; "" without one."""
    ball = _chosen_ball(dossier)
    if ball is None or not ball.moments:
        return ""
    moments = sorted(ball.moments, key=lambda moment: moment.years)
    steps = [moment.title.strip() for moment in moments if moment.kind != "end" and moment.title.strip()]
    end = next((moment.title.strip() for moment in moments if moment.kind == "end" and moment.title.strip()), "")
    return ARROW.join([ball.start_label, *steps, end or ball.end_label])


def _chosen_ball(dossier: TeamDossier) -> CrystalBall | None:
    return next((ball for ball in dossier.crystal_balls if ball.chosen), None)
