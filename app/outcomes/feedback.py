"""Terugkoppeling eerste fases: per team what the plenary feedback round shows on the beamer —
the problem statement, with its winning theme and the team's top knelpunt."""

from __future__ import annotations

from dataclasses import dataclass

from app.day.template import Template
from app.event.teams import team_views
from app.outcomes.phase_gate import knelpunten_behind
from app.outcomes.problem_statement import Preview, WinningTheme, problem_statement
from app.storage.store import Store


@dataclass(frozen=True)
class TeamFeedback:
    team: str  # the team's name
    challenge: str  # its challenge's title ("" when it has none yet)
    theme: WinningTheme | None
    statement: Preview
    top_knelpunt: str  # "" while the vote on knelpunten has no outcome
    started: bool = True  # False: not one field of the problem statement is answered yet


def feedback(store: Store, template: Template, event_id: int, lang: str, team_word: str) -> list[TeamFeedback]:
    """One slide per team, in the teams' order (empty when the template has no problem statement);
    a team without a name is called ``team_word`` and its number."""
    slides = []
    for team in team_views(store, event_id, template):
        statement = problem_statement(store, template, event_id, team.id, lang)
        if statement is None:
            return []
        behind = knelpunten_behind(store, template, event_id, team.id, statement.step.key, lang)
        top = behind.lines[0] if behind is not None and not behind.empty and behind.lines else ""
        challenge = template.challenge(team.challenge_key).title.get(lang) if team.challenge_key else ""
        slides.append(TeamFeedback(team.label(team_word), challenge, statement.theme, statement.preview, top,
                                   any(text.strip() for text in statement.answers.values())))
    return slides
