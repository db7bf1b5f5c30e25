"""A race on a fake clock, for the Staatsprint template and for the mini sprint (other keys, other minutes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest

from app.clock.clock import FakeClock
from app.clock.timers import Timers, next_part
from app.day.navigation import move_team
from app.day.template import Template
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from app.race.rounds import RacePlan, race_plan
from tests.conftest import MINI_TEMPLATE

START = datetime(2026, 3, 11, 13, 30, tzinfo=timezone.utc)


@dataclass
class Race:
    store: object
    template: Template
    plan: RacePlan
    clock: FakeClock
    timers: Timers
    event_id: int
    team_ids: list[int]
    members: dict[int, list[int]]  # team id: its member ids

    @property
    def step(self) -> str:
        return self.plan.step_key

    def minutes(self, index: int) -> int:
        return self.plan.parts[index].minutes

    def to_race(self, *team_ids: int) -> None:
        """Put these teams (every team when none is named) on the race step, as Next would."""
        for team_id in team_ids or self.team_ids:
            move_team(self.store, team_id, self.step, self.template)

    def next_part(self, team_id: int) -> int:
        return next_part(self.timers, self.event_id, team_id, self.step, list(self.plan.parts))


@pytest.fixture(params=["staatsprint", "mini"])
def race(request, store, staatsprint_template, mini_template) -> Race:
    if request.param == "staatsprint":
        template, source, step = staatsprint_template, template_path("staatsprint").read_text(encoding="utf-8"), "idea_race"
    else:
        template, source, step = mini_template, MINI_TEMPLATE.read_text(encoding="utf-8"), "idea_sprint"
    event_id = create_event(store, source, date(2026, 3, 11))
    teams = [add_team(store, event_id, None) for _ in range(3)]
    members = {team: [add_member(store, team, f"Lid {team}-{n}") for n in range(2)] for team in teams}
    clock = FakeClock(START)
    return Race(store, template, race_plan(template, step), clock, Timers(store, clock), event_id, teams, members)
