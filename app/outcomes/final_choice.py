"""The final choice (the workbook's "uiteindelijke selectie"): after the Crystal Balls the team
chooses the one idea it will pitch, or a named combination of kept ideas, with its timeline as the
plan. One FinalChoice row per team and Crystal Ball step; the pitch starts from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.canvases.milestones import Idea, MilestoneView, kept_ideas, milestones
from app.day.template import Step, Template
from app.errors import DomainError
from app.storage.store import Store
from app.text import clean_line, column_limit
from db.models import FinalChoice, Member


@dataclass(frozen=True)
class Choice:
    idea_ids: tuple[int, ...]
    name: str  # "" for one idea
    decided_by_name: str

    @property
    def combined(self) -> bool:
        return len(self.idea_ids) > 1


@dataclass(frozen=True)
class Plan:
    """What the team pitches: the idea(s) with their texts, the name, and the timelines as the plan."""

    choice: Choice
    ideas: tuple[Idea, ...]
    timeline: tuple[MilestoneView, ...]  # every chosen idea's milestones and end cards, in the order of time

    @property
    def title(self) -> str:
        return self.choice.name or (self.ideas[0].text if self.ideas else "")


def final_choice(store: Store, team_id: int, step_key: str) -> Choice | None:
    with store.read() as session:
        row = _row(session, team_id, step_key)
        return Choice(tuple(row.idea_ids), row.name, row.decided_by_name) if row else None


def choose(store: Store, template: Template, team_id: int, step: Step, idea_ids: list[int], name: str = "",
           decided_by: int | None = None) -> Choice | None:
    """The team's choice: one kept idea, or several kept ideas under a name. Returns the choice it
    replaces (None: there was none), for undo."""
    name = clean_line(name, column_limit(FinalChoice.name), "choice_name")
    ids = list(dict.fromkeys(idea_ids))
    if not ids:
        raise DomainError("choice_empty", "choose the idea the team will pitch")
    if not set(ids) <= {idea.id for idea in kept_ideas(store, template, team_id, step)}:
        raise DomainError("choice_not_kept", "only ideas the team kept in the idea vote can be chosen")
    if len(ids) > 1 and not name:
        raise DomainError("choice_name_empty", "give the combination of ideas a name")
    with store.write() as session:
        who = session.get(Member, decided_by) if decided_by is not None else None
        before = _replace(session, team_id, step.key, ids, name if len(ids) > 1 else "", who.name if who else "")
    return before


def restore_choice(store: Store, team_id: int, step_key: str, choice: Choice | None) -> None:
    """The choice as it was (None: no choice at all), for undo."""
    with store.write() as session:
        if choice is None:
            row = _row(session, team_id, step_key)
            if row is not None:
                session.delete(row)
        else:
            _replace(session, team_id, step_key, list(choice.idea_ids), choice.name, choice.decided_by_name)


def plan(store: Store, template: Template, team_id: int, step: Step) -> Plan | None:
    """The chosen idea(s) with their timelines; None before the choice."""
    choice = final_choice(store, team_id, step.key)
    if choice is None:
        return None
    by_id = {idea.id: idea for idea in kept_ideas(store, template, team_id, step)}
    ideas = tuple(by_id[i] for i in choice.idea_ids if i in by_id)
    timeline = tuple(sorted((m for m in milestones(store, team_id, step.key) if m.idea_id in choice.idea_ids), key=lambda m: (m.years, m.kind == "end", m.id)))
    return Plan(choice, ideas, timeline)


def _replace(session, team_id: int, step_key: str, ids: list[int], name: str, decided_by_name: str) -> Choice | None:
    row = _row(session, team_id, step_key)
    before = Choice(tuple(row.idea_ids), row.name, row.decided_by_name) if row else None
    if row is None:
        row = FinalChoice(team_id=team_id, step_key=step_key)
    row.idea_ids, row.name, row.decided_by_name = list(ids), name, decided_by_name
    session.add(row)
    return before


def _row(session, team_id: int, step_key: str) -> FinalChoice | None:
    return session.exec(select(FinalChoice).where(FinalChoice.team_id == team_id, FinalChoice.step_key == step_key)).first()
