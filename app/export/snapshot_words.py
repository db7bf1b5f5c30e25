"""The words a snapshot writes itself (what is still missing, how a tie was broken), in Dutch and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {  # key: (Dutch, English)
    "no_members": ("Nog geen teamleden", "No team members yet"),
    "no_knelpunten": ("Nog geen knelpunten", "No pain points yet"),
    "no_vehicle": ("Build Your Vehicle is nog leeg", "Build Your Vehicle is still empty"),
    "no_theme": ("Nog geen gekozen thema", "No theme chosen yet"),
    "no_statement": ("Nog geen probleemstelling", "No problem statement yet"),
    "no_ideas": ("Nog geen ideeën uit de Idea Race", "No ideas from the Idea Race yet"),
    "no_kept_ideas": ("Nog geen geselecteerde ideeën", "No ideas kept yet"),
    "no_choice": ("Nog geen gekozen idee", "No idea chosen yet"),
    "unanswered": ("Nog {count} van de {asked} pitchvragen open", "{count} of the {asked} pitch questions still open"),
    "storyboard_short": ("Storyboard heeft {count} van minimaal {minimum} panelen",
                         "The storyboard has {count} of at least {minimum} panels"),
    "no_presenter": ("Nog geen presentator gekozen", "No presenter chosen yet"),
    "tie_by": ("Gelijke stand, beslist door {who}", "A tie, decided by {who}"),
    "tie_team": ("Gelijke stand, beslist door het team", "A tie, decided by the team"),
    "prize_race": ("Winnaar van de Idea Race", "Winner of the Idea Race"),
    "prize_audience": ("Publieksprijs", "Audience prize"),
    "jurors": ("juryleden", "jurors"),
}


def say(key: str, lang: str, **values: object) -> str:
    """The text of ``key`` in ``lang`` ("nl" or "en"), ``{name}`` placeholders filled from ``values``."""
    dutch, english = WORDS[key]
    return (dutch if lang == "nl" else english).format(**values)
