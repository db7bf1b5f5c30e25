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
        self._run(team_id, template, step_key, now - timedelta(minutes=minutes_ago), now, finish=False)

    def ran(self, team_id: int, template: Template, step_key: str, minutes_ago: float, now: datetime) -> None:
        """The step's timer as if started ``minutes_ago`` and run to its end, every part in turn."""
        self._run(team_id, template, step_key, now - timedelta(minutes=minutes_ago), now, finish=True)

    def _run(self, team_id: int, template: Template, step_key: str, moment: datetime, now: datetime, finish: bool) -> None:
        plan = timer_plan(template, step_key)
        for index, part in enumerate(plan):
            row = self._row(team_id, step_key, part.key, part.minutes * 60)
            state = state_of(row).start(moment)
            running = (index == len(plan) - 1 and not finish) or moment + timedelta(minutes=part.minutes) > now
            if not running:
                moment += timedelta(minutes=part.minutes)
                state = state.finish(moment)
            write_state(row, state)
            if running:
                return

    def windows(self, team_id: int, step_key: str, now: datetime) -> dict[str, tuple[datetime, datetime]]:
        """When each started part of a team's step ran (no pauses in the demo): from its start to
        its finish, or to ``now`` while it runs."""
        return {part: (row.started_at, row.finished_at or now) for (team, step, part), row in self._rows.items()
                if team == team_id and step == step_key and row.started_at is not None}
