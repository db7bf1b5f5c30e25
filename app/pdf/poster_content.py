"""What the flip-over poster says, taken from the team's dossier: seven short blocks of the pitch.

Each block is the pitch in brief (``app.pitch.brief``: the team's answers, the problem statement and the
chosen idea where an answer is empty), except the path, which the poster draws from the chosen Crystal
Ball's timeline when there is one. An empty text means "not filled in yet"; the poster says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.export.dossier_data import CrystalBall, TeamDossier
from app.pdf.words import word
from app.pitch.brief import KEYS, PATH, brief

ARROW = " › "  # Noto Sans has no arrow; the chevron reads as one


@dataclass(frozen=True)
class Block:
    key: str  # one of KEYS
    label: str
    text: str  # "" when nothing is filled in yet


def poster_blocks(dossier: TeamDossier) -> dict[str, Block]:
    """The poster's blocks by key, in the pitch's order."""
    texts = brief(dossier)
    texts[PATH] = path_line(dossier) or texts[PATH]
    return {key: Block(key, word(f"poster_{key}", dossier.lang), texts[key].strip()) for key in KEYS}


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
