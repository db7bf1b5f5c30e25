"""The start line: the start signal for one team or for every team at once, and a false start.

The start signal starts the race's first round (its timer part). A false start, called before
round 1 ends, puts the team back at the start line (the round's timer reset): the ideas already
written stay, and keep counting for round 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.clock.clock import stamp
from app.clock.timers import TimerKey, Timers
from app.day.navigation import leave_step, step_keys
from app.day.template import Template
from app.errors import DomainError
from app.race.rounds import RacePlan, first_round_over, has_started, race_plan
from db.models import Team


@dataclass(frozen=True)
class StartAll:
    started: list[int]  # the teams whose race started
    not_there: list[int]  # the teams still earlier in the day: not started, not moved


def start_race(timers: Timers, template: Template, event_id: int, team_id: int, step_key: str) -> None:
    """The team's own start signal; a team at another step is moved to the race first (one transaction)."""
    plan = race_plan(template, step_key)
    with timers.store.write() as session:
        if has_started(plan, timers.states(event_id, team_id)):
            raise DomainError("race_started", "the race has started already")
        team = session.get(Team, team_id)
        if team is None:
            raise DomainError("team_missing", f"there is no team {team_id}", team_id=team_id)
        if team.current_step != step_key:
            leave_step(timers, event_id, team_id, team.current_step, step_key, template)
        _start(timers, plan, event_id, team_id)


def start_all(timers: Timers, template: Template, event_id: int, step_key: str) -> StartAll:
    """The facilitator's start signal: round 1 starts, in one transaction, for every team that is
    at the race step and has not started it. A team earlier in the day is not moved (it is named in
    ``not_there``); a team past the race is left where it is."""
    plan = race_plan(template, step_key)
    keys = step_keys(template)
    race_at = keys.index(step_key)
    started, not_there = [], []
    with timers.store.write() as session:
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all()
        for team in teams:
            at = keys.index(team.current_step) if team.current_step in keys else -1
            if at < race_at:
                not_there.append(team.id)
            elif at == race_at and not has_started(plan, timers.states(event_id, team.id)):
                _start(timers, plan, event_id, team.id)
                started.append(team.id)
    return StartAll(started, not_there)


def false_start(timers: Timers, template: Template, event_id: int, team_id: int, step_key: str) -> None:
    """Back to the start line; refused once round 1 has ended."""
    plan = race_plan(template, step_key)
    with timers.store.write() as session:
        states = timers.states(event_id, team_id)
        if not has_started(plan, states):
            raise DomainError("race_not_started", "the race has not started: wait for the start signal")
        if first_round_over(plan, states, stamp(timers.clock, session)):
            raise DomainError("race_false_start_late", "round 1 is over: a false start can no longer be called")
        timers.apply(_first_key(plan, event_id, team_id), _first_seconds(plan), "reset")


def _start(timers: Timers, plan: RacePlan, event_id: int, team_id: int) -> None:
    timers.apply(_first_key(plan, event_id, team_id), _first_seconds(plan), "start")


def _first_key(plan: RacePlan, event_id: int, team_id: int) -> TimerKey:
    return TimerKey(event_id, team_id, plan.step_key, plan.first_round)


def _first_seconds(plan: RacePlan) -> int:
    return next(part.minutes for part in plan.parts if part.key == plan.first_round) * 60


def false_start_all(timers: Timers, template: Template, event_id: int, step_key: str) -> list[int]:
    """A false start for the whole room: every team whose round 1 still runs goes back to the
    start line, in one transaction. The teams sent back."""
    plan = race_plan(template, step_key)
    sent = []
    with timers.store.write() as session:
        now = stamp(timers.clock, session)
        for team_id in session.exec(select(Team.id).where(Team.event_id == event_id).order_by(Team.number)).all():
            states = timers.states(event_id, team_id)
            if has_started(plan, states) and not first_round_over(plan, states, now):
                timers.apply(_first_key(plan, event_id, team_id), _first_seconds(plan), "reset")
                sent.append(team_id)
    return sent

