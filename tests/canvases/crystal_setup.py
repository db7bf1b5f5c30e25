"""A team whose idea vote kept some ideas: where every Crystal Ball test starts (both templates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.board.board import add_note
from app.canvases.milestones import idea_vote
from app.day.template import StepKind, Template
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.storage.store import Store
from db.models import Selection

IDEAS = ("Eén loket voor alle vergunningen", "Data-kluis voor inwoners", "Leerbanen bij de gemeente", "Niet gekozen idee")


@dataclass(frozen=True)
class Kept:
    event_id: int
    team_id: int
    members: list[int]
    ideas: list[int]  # the kept ones, in rank order
    not_kept: int
    step: object  # the crystal ball step


def keep_ideas(store: Store, template: Template, source: Path, challenge: str | None = None, how_many: int | None = None) -> Kept:
    event_id = create_event(store, source.read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, challenge)
    members = [add_member(store, team_id, name) for name in ("Anna", "Bram", "Cas")]
    step = next(s for s in template.steps() if s.kind is StepKind.CRYSTAL_BALL)
    vote = idea_vote(template, step)
    race = next(s for s in template.steps() if s.kind is StepKind.IDEA_RACE)
    ids = [add_note(store, team_id, race.key, members[0], text, 0, 0) for text in IDEAS]
    count = how_many or vote.rules.keep_at_most
    with store.write() as session:
        for rank, target in enumerate(ids[:count]):
            session.add(Selection(team_id=team_id, step_key=vote.key, target_id=target, rank=rank))
    return Kept(event_id, team_id, members, ids[:count], ids[-1], step)
