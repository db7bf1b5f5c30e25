"""The demo's timers and reveals: ``StepState`` rows built in memory, inserted in one go.

The same rows ``app.clock.timers.Timers`` and ``app.voting.vote_step.reveal`` would store, step by step, for a
day that has run: a step's row is made once (its team, step and part), then changed in memory.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.clock.timers import state_of, timer_plan, write_state
from app.day.template import Step, Template
from db.models import StepState


class StepStates:
    """The step states of one new event, in the order they are first needed (ids follow it)."""

    def __init__(self, event_id: int) -> None:
        self.event_id = event_id
        self._rows: dict[tuple[int, str, str], StepState] = {}

    def rows(self) -> list[StepState]:
        return list(self._rows.values())

    def _row(self, team_id: int, step_key: str, part_key: str, duration_s: int) -> StepState:
        key = (team_id, step_key, part_key)
        if key not in self._rows:
            self._rows[key] = StepState(event_id=self.event_id, team_id=team_id, step_key=step_key, part_key=part_key,
                                        duration_s=duration_s)
        return self._rows[key]

    def reveal(self, team_id: int, step: Step, now: datetime) -> None:
        """Everyone's dots (or notes) on the wall, as ``app.voting.vote_step.reveal``."""
        row = self._row(team_id, step.key, "", step.minutes * 60)
        if row.revealed_at is None:
            row.revealed_at = now

    def run_since(self, team_id: int, template: Template, step_key: str, minutes_ago: float, now: datetime) -> None:
        """The step's timer as if started ``minutes_ago``: earlier parts done in turn, the last one running."""
        moment = now - timedelta(minutes=minutes_ago)
        plan = timer_plan(template, step_key)
        for index, part in enumerate(plan):
            row = self._row(team_id, step_key, part.key, part.minutes * 60)
            state = state_of(row).start(moment)
            running = index == len(plan) - 1 or moment + timedelta(minutes=part.minutes) > now
            if not running:
                moment += timedelta(minutes=part.minutes)
                state = state.finish(moment)
            write_state(row, state)
            if running:
                return
