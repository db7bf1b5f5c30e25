"""What the beamer shows during the Idea Race: the round's countdown and the leaderboard.

Read from the database when the change feed says the race changed; turned into a frame on every
tick. The countdown is that of the first team (in team order) whose race runs: the start signal
for every team at once starts them all together.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.clock.timers import TimerState, clock_text, tone
from app.race.rounds import Stage, position, race_plan, race_steps
from app.race.standings import Leaderboard, leaderboard
from ui.beamer.beamer import BeamerFrame
from ui.clock.timer_panel import TimerTarget, shown_state, step_target
from ui.race import standing_text


@dataclass(frozen=True)
class RaceScreen:
    title: str
    board: Leaderboard
    labels: dict[int, str]
    target: TimerTarget | None  # the timer shown: the first team whose race runs
    states: dict[tuple[str, str], TimerState]
    read_at: datetime

    def stale(self, now: datetime) -> bool:
        """Has the shown timer changed its status since it was read (a round run out)? Then the
        leaderboard is read again: a race run out everywhere is final."""
        if self.target is None:
            return False
        _index, state = shown_state(self.target, self.states)
        return state.status(now) != state.status(self.read_at)

    @classmethod
    def read(cls, workspace, teams, team_word: str) -> RaceScreen | None:
        steps = race_steps(workspace.template)
        if not steps:
            return None
        step, ws = steps[0], workspace
        now = ws.timers.clock.now()
        plan = race_plan(ws.template, step.key)
        labels = {team.id: team.label(team_word) for team in teams}
        target, states = None, {}
        for team in teams:
            team_states = ws.timers.states(ws.event.id, team.id)
            if position(plan, team_states, now).stage not in (Stage.START_LINE, Stage.FINISHED):
                target, states = step_target(ws, team.id, step), team_states
                break
        return cls(ws.t(step.title), leaderboard(ws.store, ws.template, ws.event.id, step.key, now), labels, target, states, now)

    def frame(self, base: BeamerFrame, now: datetime) -> BeamerFrame:
        bars = tuple(standing_text.bars(self.board, self.labels))
        frame = replace(base, heading=self.title, instruction=standing_text.headline(self.board, self.labels),
                        bars=bars, countdown=None)
        if self.target is None:
            if not bars:
                return replace(frame, instruction=QCoreApplication.translate("RaceScreen", "Get ready at the start line!"))
            return frame
        index, state = shown_state(self.target, self.states)
        remaining = state.remaining(now)
        return replace(frame, heading=f"{self.title} — {self.target.part_titles[index]}", countdown=clock_text(remaining),
                       tone=tone(state.status(now), remaining))
