"""The Crystal Ball's content: the kept ideas, their milestones and end cards, stored and checked.

Each kept idea of the idea vote (the nearest earlier vote on ideas) gets a timeline from "Nu"
(0) to the step's ``rules.horizon_years``. A milestone lies on it (0 ≤ years ≤ horizon) and
answers the template's ``timeline.milestone_fields``; one end card per idea, at the horizon,
answers ``timeline.end_fields``. Every change is one transaction and returns what undo needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from app.board.board import notes_by_id
from app.day.template import Step, StepKind, Template, VoteTarget
from app.errors import DomainError
from app.event.events import event_template
from app.storage.store import Store
from app.sync.versions import merged_answers
from app.text import LONG_TEXT_MAX, clean_block, clean_line, column_limit
from app.voting.vote_step import kept
from db.models import Event, Milestone, Team

MILESTONE, END = "milestone", "end"


@dataclass(frozen=True)
class Idea:
    id: int
    text: str


@dataclass(frozen=True)
class MilestoneView:
    id: int
    idea_id: int
    kind: str
    years: float
    title: str
    answers: dict[str, str]


@dataclass(frozen=True)
class Snapshot:
    """A removed milestone as it was, to put it back (undo)."""

    id: int
    team_id: int
    step_key: str
    idea_id: int
    kind: str
    years: float
    title: str
    answers: dict[str, str]
    created_at: datetime


def idea_vote(template: Template, step: Step) -> Step | None:
    """The vote whose kept ideas this Crystal Ball works out: the nearest earlier vote on ideas."""
    earlier = []
    for candidate in template.steps():
        if candidate.key == step.key:
            break
        earlier.append(candidate)
    return next((s for s in reversed(earlier) if s.kind is StepKind.DOT_VOTE and s.rules.votes_on is VoteTarget.IDEAS), None)


def kept_ideas(store: Store, template: Template, team_id: int, step: Step) -> list[Idea]:
    """The ideas the team kept, in the vote's rank order (none before the vote is decided)."""
    vote = idea_vote(template, step)
    ids = kept(store, team_id, vote.key) if vote is not None else []
    texts = {n.id: n.text for n in notes_by_id(store, ids)}
    return [Idea(i, texts[i]) for i in ids if i in texts]


def milestones(store: Store, team_id: int, step_key: str, idea_id: int | None = None) -> list[MilestoneView]:
    """The team's milestones and end cards (of one idea, or all), in the order of time, then of making."""
    with store.read() as session:
        query = select(Milestone).where(Milestone.team_id == team_id, Milestone.step_key == step_key)
        if idea_id is not None:
            query = query.where(Milestone.idea_id == idea_id)
        rows = session.exec(query.order_by(Milestone.years, Milestone.id)).all()
        return [MilestoneView(r.id, r.idea_id, r.kind, r.years, r.title, dict(r.answers)) for r in rows]


def end_card(store: Store, team_id: int, step_key: str, idea_id: int) -> MilestoneView | None:
    return next((m for m in milestones(store, team_id, step_key, idea_id) if m.kind == END), None)


def add_milestone(store: Store, template: Template, team_id: int, step: Step, idea_id: int, years: float,
                  title: str = "", answers: dict[str, str] | None = None, milestone_id: int | None = None) -> int:
    """A milestone on an idea's line (``milestone_id`` given: the same one back, for redo)."""
    _check_kept(store, template, team_id, step, idea_id)
    _check_on_line(step, years)
    with store.write() as session:
        row = Milestone(id=milestone_id, team_id=team_id, step_key=step.key, idea_id=idea_id, kind=MILESTONE, years=years,
                        title=clean_title(title), answers=clean_answers(step, MILESTONE, answers or {}))
        session.add(row)
        session.flush()
        return row.id


def move_milestone(store: Store, step: Step, milestone_id: int, years: float) -> float:
    """A milestone to another moment; returns the moment it had."""
    _check_on_line(step, years)
    with store.write() as session:
        row = _row(session, milestone_id)
        if row.kind == END:
            raise DomainError("milestone_end_fixed", "the end card stays at the ideal situation")
        before, row.years = row.years, years
        session.add(row)
        return before


def edit_milestone(store: Store, step: Step, milestone_id: int, title: str, answers: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A milestone's (or end card's) title and answers; returns the ones it had."""
    with store.write() as session:
        row = _row(session, milestone_id)
        before = (row.title, dict(row.answers))
        row.title, row.answers = clean_title(title), clean_answers(step, row.kind, answers)
        session.add(row)
        return before


def edit_milestone_based(store: Store, step: Step, milestone_id: int, title: tuple[str, str] | None,
                         changes: dict[str, tuple[str | None, str]]) -> None:
    """A milestone's (or end card's) title (based on, new) and answers {key: (based on, new text)} as one
    compare-and-set (row FOR UPDATE, each changed text compared with its base: see
    ``app.sync.versions.merged_answers``). A text changed meanwhile on another laptop raises EditConflict
    (``field`` = "title" or the answer's key) and nothing is written; other texts merge."""
    mine = {key: text for key, (_base, text) in changes.items()}
    with store.write() as session:
        row = session.get(Milestone, milestone_id, with_for_update=True, populate_existing=True)
        if row is None:
            raise DomainError("milestone_missing", "this milestone no longer exists (removed on another laptop?)")
        clean = clean_answers(step, row.kind, mine)
        if title is not None:
            based, new = title[0], clean_title(title[1])
            row.title = merged_answers("milestone", row.id, row.version, {"title": row.title}, {"title": (based, new)}, "milestone").get("title", "")
        answers = {key: (base, clean.get(key, "")) for key, (base, _text) in changes.items()}
        row.answers = merged_answers("milestone", row.id, row.version, dict(row.answers or {}), answers, "answer")
        session.add(row)


TITLE = "title"  # a card's title among its texts in a based save (its answers go by their questions' keys)


def edit_milestone_texts(store: Store, step: Step, milestone_id: int, changes: dict[str, tuple[str, str]]) -> None:
    """``edit_milestone_based`` with the title and the answers as one {key: (based on, new)} ("title" = the title)."""
    answers = {key: change for key, change in changes.items() if key != TITLE}
    edit_milestone_based(store, step, milestone_id, changes.get(TITLE), answers)


def replay_milestone_edit(store: Store, milestone_id: int, texts: dict[str, str], based_on: dict[str, str]) -> None:
    """The outbox's "milestone.edit": the same compare-and-set, the step found from the card's event."""
    with store.read() as session:
        row = _row(session, milestone_id)
        event = session.get(Event, session.get(Team, row.team_id).event_id)
        step = event_template(event).step(row.step_key)
    edit_milestone_texts(store, step, milestone_id, {key: (based_on.get(key, ""), text) for key, text in texts.items()})


def set_end(store: Store, template: Template, team_id: int, step: Step, idea_id: int, answers: dict[str, str]) -> dict[str, str]:
    """The end card's answers (made the first time); returns the answers it had ({} when new)."""
    _check_kept(store, template, team_id, step, idea_id)
    clean = clean_answers(step, END, answers)
    with store.write() as session:
        row = session.exec(select(Milestone).where(Milestone.team_id == team_id, Milestone.step_key == step.key,
                                                   Milestone.idea_id == idea_id, Milestone.kind == END)).first()
        if row is None:
            row = Milestone(team_id=team_id, step_key=step.key, idea_id=idea_id, kind=END, years=float(step.rules.horizon_years), title="")
        before, row.answers = dict(row.answers or {}), clean
        session.add(row)
        return before


def delete_milestone(store: Store, milestone_id: int) -> Snapshot:
    with store.write() as session:
        row = _row(session, milestone_id)
        snapshot = Snapshot(row.id, row.team_id, row.step_key, row.idea_id, row.kind, row.years, row.title, dict(row.answers), row.created_at)
        session.delete(row)
        return snapshot


def restore_milestone(store: Store, snapshot: Snapshot) -> None:
    with store.write() as session:
        session.add(Milestone(id=snapshot.id, team_id=snapshot.team_id, step_key=snapshot.step_key, idea_id=snapshot.idea_id,
                              kind=snapshot.kind, years=snapshot.years, title=snapshot.title, answers=dict(snapshot.answers),
                              created_at=snapshot.created_at))


def field_keys(step: Step, kind: str) -> list[str]:
    """The keys a milestone (or the end card) answers, from the template."""
    fields = step.timeline.milestone_fields if kind == MILESTONE else step.timeline.end_fields
    return [f.key for f in fields]


def clean_title(title: str) -> str:
    return clean_line(title, column_limit(Milestone.title), "milestone_title")


def clean_answers(step: Step, kind: str, answers: dict[str, str]) -> dict[str, str]:
    """Answers as stored: only the template's keys, each text checked, empty ones left out."""
    keys = field_keys(step, kind)
    unknown = sorted(set(answers) - set(keys))
    if unknown:
        raise DomainError("milestone_field", f"no question {unknown[0]!r} on this card", key=unknown[0])
    clean = {key: clean_block(answers[key], LONG_TEXT_MAX, "answer") for key in keys if key in answers}
    return {key: text for key, text in clean.items() if text}


def _check_on_line(step: Step, years: float) -> None:
    horizon = step.rules.horizon_years
    if not 0 <= years <= horizon:
        raise DomainError("milestone_outside", f"a milestone lies between now (0) and {horizon} years ahead", horizon=horizon)


def _check_kept(store: Store, template: Template, team_id: int, step: Step, idea_id: int) -> None:
    if idea_id not in {idea.id for idea in kept_ideas(store, template, team_id, step)}:
        raise DomainError("idea_not_kept", "only an idea the team kept in the idea vote has a timeline")


def _row(session, milestone_id: int) -> Milestone:
    row = session.get(Milestone, milestone_id)
    if row is None:
        raise DomainError("milestone_missing", "this milestone no longer exists (removed on another laptop?)")
    return row
