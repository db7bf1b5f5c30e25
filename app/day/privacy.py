"""Anonymous steps: a step whose notes, ideas and dots carry no visible author anywhere.

The template's ``anonymous`` rule is the default; a team may switch it before the step starts
(no timer part of it has run and nothing has been written, voted or bundled in it yet). The authors stay
stored (the counts per member a step needs are kept); a view shows them without names: it turns
its notes into their nameless form (``nameless``), or blanks each author it draws (``shown_name``),
and shows counts per member as ``unnamed_counts``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import func
from sqlmodel import select

from app.clock.timers import TimerKey, claim
from app.day.template import Step, StepKind, Template
from app.errors import DomainError
from app.storage.store import Store
from db.models import Cluster, Member, Note, StepState, Vote

# The kinds of step whose work carries an author (notes, HKWs, ideas, vehicle answers, dots).
AUTHORED = frozenset({StepKind.BRAIN_DUMP, StepKind.CLUSTER, StepKind.HKW, StepKind.IDEA_RACE, StepKind.DOT_VOTE, StepKind.VEHICLE})

Authored = TypeVar("Authored")  # a view of one piece of work with ``author_id`` and ``author_name`` (a NoteView)


def can_be_anonymous(step: Step) -> bool:
    """Whether the switch means anything for this step: its work has authors."""
    return step.kind in AUTHORED


def is_anonymous(store: Store, template: Template, event_id: int, team_id: int, step_key: str) -> bool:
    with store.read() as session:
        switch = session.exec(select(StepState.anonymous).where(
            StepState.event_id == event_id, StepState.team_id == team_id,
            StepState.step_key == step_key, StepState.part_key == "")).first()
    return anonymous_rule(template.step(step_key), switch)


def anonymous_rule(step: Step, switch: bool | None) -> bool:
    """Whether a team's step is anonymous: its switch (a stored ``StepState.anonymous``), else the template's rule."""
    return step.rules.anonymous if switch is None else switch


def shown_anonymously(store: Store, template: Template, event_id: int, team_id: int, step_keys: Iterable[str]) -> bool:
    """A view of several steps' work (a clustering board shows the HKW step's notes): without
    names when any of them is anonymous."""
    return any(is_anonymous(store, template, event_id, team_id, key) for key in step_keys)


def has_started(store: Store, event_id: int, team_id: int, step_key: str) -> bool:
    """Whether any timer (part) of the team's step has ever run, or anything was written, voted or
    bundled (a cluster made) in it."""
    with store.read() as session:
        started = session.exec(select(StepState.id).where(
            StepState.event_id == event_id, StepState.team_id == team_id, StepState.step_key == step_key,
            StepState.started_at.is_not(None))).first()  # type: ignore[union-attr]
        written = session.exec(select(Note.id).where(Note.team_id == team_id, Note.step_key == step_key)).first()
        voted = session.exec(select(Vote.id).where(Vote.team_id == team_id, Vote.step_key == step_key)).first()
        bundled = session.exec(select(Cluster.id).where(Cluster.team_id == team_id, Cluster.step_key == step_key)).first()
    return (started, written, voted, bundled) != (None, None, None, None)


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


def nameless(anonymous: bool, work: Iterable[Authored]) -> list[Authored]:
    """The work as a view of an anonymous step may hold it: no author id, no name (count per
    member from the work as stored first, with ``unnamed_counts``)."""
    if not anonymous:
        return list(work)
    return [replace(piece, author_id=None, author_name="") for piece in work]


def unnamed_counts(counts: Mapping[int | None, int]) -> list[int]:
    """Counts per member shown without names: most first, so the order tells no one's (work
    without an author, of a member since removed, is no one's count)."""
    return sorted((count for member, count in counts.items() if member is not None and count > 0), reverse=True)


@dataclass(frozen=True)
class NoteCount:
    """A member's notes as a view may count them by their name: ``named``; ``unnamed`` are in an
    anonymous step, or (seen on another member's own laptop) in a step still hidden until its
    reveal: a count by name would leak them."""

    named: int
    unnamed: int


def notes_by_name(store: Store, template: Template, event_id: int, member_id: int, viewer_id: int | None) -> NoteCount:
    """``viewer_id``: the member whose own laptop this is; None for the team's laptop, which sees
    every note (as the board's ``visible_notes`` has it)."""
    with store.read() as session:
        team_id = session.get(Member, member_id).team_id
        per_step = session.exec(select(Note.step_key, func.count()).where(Note.author_id == member_id).group_by(Note.step_key)).all()
        revealed = set(session.exec(select(StepState.step_key).where(
            StepState.team_id == team_id, StepState.part_key == "", StepState.revealed_at.is_not(None))).all())  # type: ignore[union-attr]
    steps = {step.key: step for step in template.steps()}
    private = viewer_id is not None and viewer_id != member_id

    def unnamed(key: str) -> bool:
        hidden = private and steps[key].rules.hidden_until_reveal and key not in revealed
        return hidden or is_anonymous(store, template, event_id, team_id, key)

    count = sum(n for key, n in per_step if key in steps and unnamed(key))
    return NoteCount(sum(n for _key, n in per_step) - count, count)
