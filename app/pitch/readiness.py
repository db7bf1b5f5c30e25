"""How far a team's pitch is beyond its answers: how many panels its storyboard has."""

from __future__ import annotations

from sqlmodel import func, select

from app.storage.store import Store
from db.models import StoryPanel


def panel_count(store: Store, team_id: int, step_key: str) -> int:
    """How many panels the team's storyboard of this step has."""
    with store.read() as session:
        return session.exec(select(func.count()).select_from(StoryPanel)
                            .where(StoryPanel.team_id == team_id, StoryPanel.step_key == step_key)).one()
