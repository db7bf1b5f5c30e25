"""Anonymous steps: a step whose notes, ideas and dots carry no visible author anywhere.

The template's ``anonymous`` rule is the default; a team may switch it before the step starts
(its first timer part has not run). The counts per member a step needs are kept, shown without names.
"""

from __future__ import annotations

from sqlmodel import select

from app.clock.timers import TimerKey, claim
from app.day.template import Template
from app.errors import DomainError
from app.storage.store import Store
from db.models import StepState


def is_anonymous(store: Store, template: Template, event_id: int, team_id: int, step_key: str) -> bool:
    with store.read() as session:
        switch = session.exec(select(StepState.anonymous).where(
            StepState.event_id == event_id, StepState.team_id == team_id,
            StepState.step_key == step_key, StepState.part_key == "")).first()
    return template.step(step_key).rules.anonymous if switch is None else switch


def has_started(store: Store, event_id: int, team_id: int, step_key: str) -> bool:
    """Whether any timer (part) of the team's step has ever run."""
    with store.read() as session:
        started = session.exec(select(StepState.id).where(
            StepState.event_id == event_id, StepState.team_id == team_id, StepState.step_key == step_key,
            StepState.started_at.is_not(None))).first()  # type: ignore[union-attr]
    return started is not None


def set_anonymous(store: Store, template: Template, event_id: int, team_id: int, step_key: str, anonymous: bool) -> None:
    """The team's choice for one step, refused once the step has started (what was written is not renamed)."""
    step = template.step(step_key)
    if has_started(store, event_id, team_id, step_key):
        raise DomainError("anonymous_started", "the step has started: whether it is anonymous can no longer change")
    with store.write() as session:
        row = claim(store, session, TimerKey(event_id, team_id, step_key), step.minutes * 60)
        row.anonymous = anonymous
        session.add(row)


def shown_name(anonymous: bool, name: str) -> str:
    """The author or voter as a view may show them: nobody when the step is anonymous."""
    return "" if anonymous else name
