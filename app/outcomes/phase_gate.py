"""The phase gate: what a phase produced, shown before the team moves on (it informs, never blocks).

The workbook's tip — check after every phase that you have a good answer — as a summary built
from the phase's steps: the ranking of a vote, the answers in the vehicle's zones, the kept items.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.board.board import notes
from app.day.template import Phase, Step, StepKind, Template, VoteTarget
from app.outcomes.final_choice import Plan, plan
from app.outcomes.problem_statement import ProblemStatement, problem_statement
from app.storage.store import Store
from app.voting.selection import KeptItem, kept_items
from app.voting.vote_step import is_revealed, result, vote_items

TOP = 5


@dataclass(frozen=True)
class OutcomeSection:
    title: str  # the step's title, in the UI's language
    lines: tuple[str, ...]
    empty: bool = False  # the step has no outcome yet
    kept: tuple[KeptItem, ...] = ()  # a vote's kept items (the lines are their labels), each with its tie-break


@dataclass(frozen=True)
class StatementBeside:
    """The problem statement a phase made, beside the knelpunten it came from."""

    statement: ProblemStatement
    knelpunten: OutcomeSection | None  # the earlier vote on knelpunten: what it kept, else its ranking


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
            lines = (_choice_line(chosen),) if chosen else ()
            sections.append(OutcomeSection(title, lines, empty=not lines))
    return sections


def _choice_line(chosen: Plan) -> str:
    """The final choice in one line: the idea, or the combination's name with its ideas (a list's own bullets mark the lines)."""
    if not chosen.choice.combined:
        return chosen.title
    return f"{chosen.title} ({' + '.join(idea.text for idea in chosen.ideas)})"


def chosen_plan(store: Store, template: Template, team_id: int, phase_key: str) -> tuple[Step, Plan | None] | None:
    """The phase's Crystal Ball step and the team's final choice after it (None: the phase has no Crystal Ball)."""
    step = next((s for s in template.phase(phase_key).steps if s.kind == StepKind.CRYSTAL_BALL), None)
    return (step, plan(store, template, team_id, step)) if step is not None else None


def _vote(store, template, event_id, team_id, step, title) -> OutcomeSection:
    if not is_revealed(store, event_id, team_id, step.key):
        return OutcomeSection(title, (), empty=True)
    chosen = kept_items(store, template, event_id, team_id, step)
    if chosen:
        return OutcomeSection(title, tuple(item.label for item in chosen), kept=tuple(chosen))
    labels = {item.id: item.label for item in vote_items(store, template, team_id, step)}
    ranking = result(store, template, team_id, step).ranking
    return OutcomeSection(title, tuple(f"{labels[t]} — {dots} ●" for t, dots in ranking[:TOP] if t in labels and dots))


def knelpunten_behind(store: Store, template: Template, event_id: int, team_id: int, step_key: str, lang: str) -> OutcomeSection | None:
    """The knelpunten a step builds on: the outcome of the vote on knelpunten nearest before it."""
    steps = template.steps()
    earlier = steps[: [s.key for s in steps].index(step_key)]
    vote = next((s for s in reversed(earlier) if s.kind == StepKind.DOT_VOTE and s.rules.votes_on == VoteTarget.KNELPUNTEN), None)
    return _vote(store, template, event_id, team_id, vote, vote.title.get(lang)) if vote is not None else None


def statement_beside(store: Store, template: Template, event_id: int, team_id: int, phase_key: str, lang: str) -> StatementBeside | None:
    """For a phase that makes the problem statement: the statement and the knelpunten behind it."""
    statement = problem_statement(store, template, event_id, team_id, lang)
    if statement is None or template.phase_of(statement.step.key).key != phase_key:
        return None
    return StatementBeside(statement, knelpunten_behind(store, template, event_id, team_id, statement.step.key, lang))
