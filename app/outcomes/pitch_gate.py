"""The pitch's phase gate: the pitch in brief beside the problem statement it must answer, with what is
still empty, how far the storyboard is and who presents."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import func, select

from app.day.template import Template
from app.event.teams import team_view
from app.export.dossier_data import Answer
from app.outcomes.problem_statement import ProblemStatement, problem_statement
from app.pitch.answers import missing, pitch_sections, pitch_step
from app.pitch.brief import COST, FOR_WHOM, IDEA, PATH, PROBLEM
from app.pitch.tasks import PRESENTER
from app.storage.store import Store
from db.models import StoryPanel

BRIEF = (PROBLEM, FOR_WHOM, IDEA, PATH, COST)  # the pitch in brief (app/pitch/brief.py), in this order


@dataclass(frozen=True)
class Storyboard:
    panels: int
    min_panels: int
    max_panels: int

    @property
    def enough(self) -> bool:
        return self.panels >= self.min_panels


@dataclass(frozen=True)
class PitchBeside:
    statement: ProblemStatement | None  # what the pitch must answer
    brief: tuple[Answer, ...]  # problem, for whom, idea, path, cost (those the template asks)
    missing: tuple[str, ...]  # every question still empty, in the order asked
    storyboard: Storyboard | None  # None: the template has no storyboard
    presenter: str | None  # the presenter's name; None while the role is open


def pitch_beside(store: Store, template: Template, event_id: int, team_id: int, phase_key: str, lang: str) -> PitchBeside | None:
    """For the phase that holds the pitch: the pitch beside the problem statement (None for another phase)."""
    step = pitch_step(template)
    if step is None or template.phase_of(step.key).key != phase_key:
        return None
    sections = pitch_sections(store, template, event_id, team_id, lang)
    shown = {a.key: a for s in sections for a in s.answers}
    brief = tuple(shown[key] for key in BRIEF if key in shown)
    board = None
    if step.storyboard is not None:
        board = Storyboard(_panels(store, team_id, step.key), step.storyboard.min_panels, step.storyboard.max_panels)
    return PitchBeside(problem_statement(store, template, event_id, team_id, lang), brief, tuple(missing(sections)),
                       board, _presenter(store, template, event_id, team_id))


def _panels(store: Store, team_id: int, step_key: str) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(StoryPanel).where(StoryPanel.team_id == team_id,
                                                                               StoryPanel.step_key == step_key)).one()


def _presenter(store: Store, template: Template, event_id: int, team_id: int) -> str | None:
    team = team_view(store, event_id, team_id, template)
    member_id = team.roles.get(PRESENTER)
    return next((m.name for m in team.members if m.id == member_id), None)
