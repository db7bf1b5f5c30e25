"""What the running order screen lists per team: its number, name, challenge and pitched idea (the
pitch in brief's idea: ``app.pitch.brief``), read for every team at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.export.snapshot import event_summary
from app.pitch.brief import IDEA, brief
from app.storage.store import Store


@dataclass(frozen=True)
class TeamLine:
    team_id: int
    number: int
    name: str  # "" while the team has none
    challenge: str  # "" without one
    idea: str  # the pitched idea; "" while none is chosen


def team_lines(store: Store, event_id: int, lang: str, now: datetime) -> dict[int, TeamLine]:
    """Every team of the event by id (names of members are not read)."""
    summary = event_summary(store, event_id, lang, False, now)
    return {team.team_id: TeamLine(team.team_id, team.team_number, team.team_name, team.challenge, brief(team)[IDEA])
            for team in summary.teams}
