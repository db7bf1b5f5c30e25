"""The idea race's one counting rule, and where a team is in its race.

A race runs on its step's timer parts (one ``StepState`` per part): the rounds are the parts the
template names in ``rules.race_rounds`` (every part when it names none); the others (the half-time
review) count nothing. An idea written live counts for a round when the moment it is written (the
note's stored ``created_at``) falls inside that round's running time: the round has started, is not
paused, is not finished and has not run past zero. That round's key is stored on the note
(``Note.part_key``) when it is made, by ``counting_round`` — once, so nothing recounts it differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.clock.timers import PartPlan, Status, TimerState, current_part, timer_plan
from app.day.template import Step, StepKind, Template

TYPED = ":typed"  # the part key of an idea a scribe typed in after its round: "round1:typed"


@dataclass(frozen=True)
class RacePlan:
    step_key: str
    parts: tuple[PartPlan, ...]
    rounds: tuple[str, ...]  # the part keys that are race rounds, in order

    @property
    def first_round(self) -> str:
        return self.rounds[0]

    def typed_key(self, round_key: str) -> str:
        return round_key + TYPED


class Stage(str, Enum):
    START_LINE = "start_line"  # before the start signal: nothing can be written
    ROUND = "round"  # a round runs: ideas count
    PAUSED = "paused"  # a round is paused: ideas are kept, not counted
    OVERTIME = "overtime"  # a round ran past zero: ideas are kept, not counted
    BETWEEN = "between"  # the review, or waiting for the next round: ideas are kept, not counted
    FINISHED = "finished"  # every part is over


@dataclass(frozen=True)
class Position:
    stage: Stage
    part_index: int  # the part the team is in (see ``app.clock.timers.current_part``)
    round_key: str  # the round of that part, "" when the part is no round


def race_steps(template: Template) -> list[Step]:
    return [step for step in template.steps() if step.kind is StepKind.IDEA_RACE]


def race_plan(template: Template, step_key: str) -> RacePlan:
    step = template.step(step_key)
    parts = tuple(timer_plan(template, step_key))
    rounds = tuple(step.rules.race_rounds) or tuple(part.key for part in parts)
    return RacePlan(step_key, parts, rounds)


def counting_round(plan: RacePlan, states: dict[tuple[str, str], TimerState], moment: datetime) -> str:
    """THE rule: the round an idea written at ``moment`` counts for, "" for none."""
    for key in plan.rounds:
        state = states.get((plan.step_key, key))
        if state is not None and state.status(moment) is Status.RUNNING:
            return key
    return ""


def has_started(plan: RacePlan, states: dict[tuple[str, str], TimerState]) -> bool:
    """Whether the start signal was given (and not taken back as a false start)."""
    state = states.get((plan.step_key, plan.first_round))
    return state is not None and state.started_at is not None


def position(plan: RacePlan, states: dict[tuple[str, str], TimerState], now: datetime) -> Position:
    if not has_started(plan, states):
        return Position(Stage.START_LINE, 0, plan.first_round)
    index = current_part(list(plan.parts), states, plan.step_key)
    key = plan.parts[index].key
    state = states.get((plan.step_key, key)) or TimerState(duration_s=plan.parts[index].minutes * 60)
    round_key = key if key in plan.rounds else ""
    status = state.status(now)
    if status is Status.DONE:
        return Position(Stage.FINISHED, index, round_key)
    if not round_key or status is Status.IDLE:
        return Position(Stage.BETWEEN, index, round_key)
    stage = {Status.RUNNING: Stage.ROUND, Status.PAUSED: Stage.PAUSED}.get(status, Stage.OVERTIME)
    return Position(stage, index, round_key)


def round_has_run(plan: RacePlan, states: dict[tuple[str, str], TimerState], round_key: str) -> bool:
    state = states.get((plan.step_key, round_key))
    return state is not None and state.started_at is not None


def first_round_over(plan: RacePlan, states: dict[tuple[str, str], TimerState], now: datetime) -> bool:
    """Round 1 has ended (run out, or finished): too late to call a false start."""
    state = states.get((plan.step_key, plan.first_round))
    return state is not None and state.status(now) in (Status.OVERRUN, Status.DONE)
