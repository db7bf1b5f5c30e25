"""Where the guide lives, which parts and pictures the app relies on, and reading it in a language."""

from __future__ import annotations

from pathlib import Path

from app.errors import DomainError
from app.guide.parser import Guide, parse
from app.paths import resources_dir

LANGUAGES = ("nl", "en")

# The parts F1 opens (ui/help/context.py maps every screen to one); both languages have each, as ## or ###.
ANCHORS = (
    "start", "new-event", "participants", "editor", "jury", "programme", "beamer", "race-start", "dashboard",
    "feedback", "server", "join", "network-trouble", "challenge", "team", "board", "knelpunten", "vote",
    "vehicle", "problem-statement", "race", "crystal", "pitch", "juror", "merge", "juryberaad", "reveal",
    "afterwards", "backups", "keyboard", "pitch-order",
)

# The pictures scripts/guide_shots.py makes, in each language: resources/guide/shots/<lang>/NAME.png.
SHOTS = (
    "start", "programme", "beamer", "dashboard", "participants", "editor", "jury-setup", "jury-scores",
    "juryberaad", "reveal", "server", "join", "board", "vote", "vehicle", "crystal", "race", "pitch",
    "juror", "backups",
)


def guide_dir() -> Path:
    return resources_dir() / "guide"


def guide_path(lang: str) -> Path:
    return guide_dir() / f"guide.{lang}.md"


def shot_path(lang: str, name: str) -> Path:
    return guide_dir() / "shots" / lang / f"{name}.png"


def load_guide(lang: str) -> Guide:
    """The guide in ``lang`` ("nl" or "en"), parsed; DomainError when it is missing or not in the subset."""
    if lang not in LANGUAGES:
        raise DomainError("guide_language", f"the guide is in Dutch (nl) and English (en), not {lang!r}", lang=lang)
    path = guide_path(lang)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DomainError("guide_unreadable", f"the guide cannot be read: {path}: {error}", path=str(path), reason=str(error)) from None
    return parse(source)


def problems(guide: Guide, lang: str) -> list[str]:
    """What the app relies on and this guide lacks: an F1 anchor, or a picture that is not there."""
    found = set(guide.anchors())
    missing = [f"no part #{anchor}" for anchor in ANCHORS if anchor not in found]
    for name in guide.shots():
        if name not in SHOTS:
            missing.append(f"shot:{name} is not one the screenshots command makes")
        elif not shot_path(lang, name).is_file():
            missing.append(f"shot:{name} has no picture {shot_path(lang, name)}")
    return missing
