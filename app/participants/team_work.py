"""Whether a team has started: done any work that re-forming the teams must not throw away."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import union
from sqlmodel import Session, select

from db.models import (
    Answer,
    Award,
    AudienceVote,
    Cluster,
    FinalChoice,
    Knelpunt,
    Milestone,
    Note,
    PitchTask,
    RaceCount,
    Score,
    ScoreSheet,
    Selection,
    StepState,
    StoryPanel,
    Team,
    TeamRole,
    Vote,
)

# Rows that are a team's own work (or its jury's judgement of it). A role counts: the team chose its
# captain together. A room or a pitch slot does not: the facilitator sets those up beforehand.
_WORK = (Note, Cluster, Knelpunt, Vote, Answer, Selection, Milestone, RaceCount, FinalChoice, StoryPanel,
         PitchTask, TeamRole, Score, ScoreSheet, Award, AudienceVote)


def started_teams(session: Session, team_ids: Iterable[int]) -> set[int]:
    """The teams among ``team_ids`` that have started: a step opened (``current_step``), a timer
    started, or any row of work. One query."""
    ids = list(team_ids)
    if not ids:
        return set()
    queries = [select(model.team_id).where(model.team_id.in_(ids)) for model in _WORK]
    queries.append(select(StepState.team_id).where(StepState.team_id.in_(ids), StepState.started_at.is_not(None)))
    queries.append(select(Team.id).where(Team.id.in_(ids), Team.current_step.is_not(None)))
    return {row[0] for row in session.execute(union(*queries)).all()}
