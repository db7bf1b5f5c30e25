"""The demo's two teams in phase 4, picked by name: one halfway its pitch, one whose pitch is done; and
a team's pitch as it is before anything was typed (every answer as taken over, or empty)."""

from __future__ import annotations

from sqlmodel import select

from app.event.teams import TeamView, team_views
from app.pitch.answers import take_over_again
from db.models import Answer, StoryPanel

HALFWAY = "Kennistafel"  # 4 answers typed, 2 storyboard panels, part of the tasks split, no presenter
FINISHED = "Talentenpool Publiek"  # every answer typed, 5 storyboard panels, the tasks split, a presenter


def demo_team(store, event_id: int, template, name: str) -> TeamView:
    return next(t for t in team_views(store, event_id, template) if t.name == name)


def typed_answers(store, team_id: int) -> dict[str, str]:
    """The team's own pitch answers as the database holds them."""
    with store.read() as session:
        rows = session.exec(select(Answer).where(Answer.team_id == team_id, Answer.step_key == "pitch")).all()
        return {row.field_key: row.text for row in rows}


def untyped(store, team_id: int, storyboard: bool = True) -> None:
    """The team's pitch answers as before any was typed (each taken over again); ``storyboard`` False:
    its storyboard panels go too."""
    for key in typed_answers(store, team_id):
        take_over_again(store, team_id, "pitch", key)
    if not storyboard:
        with store.write() as session:
            for panel in session.exec(select(StoryPanel).where(StoryPanel.team_id == team_id)).all():
                session.delete(panel)
