"""The phase gate: what a phase produced, shown before the team moves on (it informs, never blocks).

The workbook's tip — check after every phase that you have a good answer — as a summary built
from the phase's steps: the ranking of a vote, the answers in the vehicle's zones, the kept items.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.board.board import notes
from app.day.template import Phase, Step, StepKind, Template
from app.outcomes.final_choice import Plan, plan
from app.storage.store import Store
from app.voting.selection import KeptItem, kept_items
from app.voting.vote_step import is_revealed, result, vote_items
from db.models import Answer

TOP = 5


@dataclass(frozen=True)
class OutcomeSection:
    title: str  # the step's title, in the UI's language
    lines: tuple[str, ...]
    empty: bool = False  # the step has no outcome yet
    kept: tuple[KeptItem, ...] = ()  # a vote's kept items (the lines are their labels), each with its tie-break


def next_phase(template: Template, phase_key: str) -> Phase | None:
    keys = [p.key for p in template.phases]
    index = keys.index(phase_key)
    return template.phases[index + 1] if index + 1 < len(keys) else None


def phase_outcome(store: Store, template: Template, event_id: int, team_id: int, phase_key: str, lang: str) -> list[OutcomeSection]:
    sections = []
    for step in template.phase(phase_key).steps:
        title = step.title.get(lang)
        if step.kind == StepKind.DOT_VOTE:
            sections.append(_vote(store, template, event_id, team_id, step, title))
        elif step.kind == StepKind.VEHICLE:
            zones = {z.key: z.title.get(lang) for z in step.zones}
            by_zone: dict[str, list[str]] = {}
            for note in notes(store, team_id, [step.key]):
                by_zone.setdefault(note.zone_key or "", []).append(note.text)
            lines = tuple(f"{zones[key]}: {'; '.join(by_zone[key])}" for key in zones if key in by_zone)
            sections.append(OutcomeSection(title, lines, empty=not lines))
        elif step.kind == StepKind.CRYSTAL_BALL:
            chosen = plan(store, template, team_id, step)
            lines = (chosen.title, *(f"· {idea.text}" for idea in chosen.ideas if chosen.choice.combined)) if chosen else ()
            sections.append(OutcomeSection(title, lines, empty=not lines))
    return sections


def chosen_plan(store: Store, template: Template, team_id: int, phase_key: str) -> tuple[Step, Plan | None] | None:
    """The phase's Crystal Ball step and the team's final choice after it (None: the phase has no Crystal Ball)."""
    step = next((s for s in template.phase(phase_key).steps if s.kind == StepKind.CRYSTAL_BALL), None)
    return (step, plan(store, template, team_id, step)) if step is not None else None


def problem_statement(store: Store, template: Template, team_id: int, lang: str) -> list[tuple[str, str]]:
    """The problem statement's answers as (the field's label, the team's text), in the template's order.
    Read from the Answer rows directly: the gate needs only the texts."""
    step = next((s for s in template.steps() if s.kind == StepKind.PROBLEM_STATEMENT), None)
    if step is None:
        return []
    with store.read() as session:
        rows = session.exec(select(Answer).where(Answer.team_id == team_id, Answer.step_key == step.key)).all()
        texts = {row.field_key: row.text for row in rows}
    return [(field.label.get(lang), texts[field.key]) for field in step.fields if texts.get(field.key, "").strip()]


def _vote(store, template, event_id, team_id, step, title) -> OutcomeSection:
    if not is_revealed(store, event_id, team_id, step.key):
        return OutcomeSection(title, (), empty=True)
    chosen = kept_items(store, template, event_id, team_id, step)
    if chosen:
        return OutcomeSection(title, tuple(item.label for item in chosen), kept=tuple(chosen))
    labels = {item.id: item.label for item in vote_items(store, template, team_id, step)}
    ranking = result(store, template, team_id, step).ranking
    return OutcomeSection(title, tuple(f"{labels[t]} — {dots} ●" for t, dots in ranking[:TOP] if t in labels and dots))
