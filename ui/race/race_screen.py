"""What the beamer shows during the Idea Race: the round's countdown and the leaderboard.

Read from the database when the change feed says the race changed (or any team's round changed its
status); turned into a frame on every tick. While teams race, the countdown is that of the most
advanced running round (the first such team in team order); once the race is over for every team
that races, the final ranking and the winners with the prize, without a countdown.
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
    target: TimerTarget | None  # the timer shown: the team in the most advanced running round
    states: dict[tuple[str, str], TimerState]
    read_at: datetime
    every_state: tuple[TimerState, ...] = ()  # every team's race timers, to see a round run out

    def stale(self, now: datetime) -> bool:
        """Has any team's round changed its status since it was read (run out)? Then the leaderboard
        is read again: a race run out for every team that races is final."""
        return any(state.status(now) != state.status(self.read_at) for state in self.every_state)

    @classmethod
    def read(cls, workspace, teams, team_word: str) -> RaceScreen | None:
        steps = race_steps(workspace.template)
        if not steps:
            return None
        step, ws = steps[0], workspace
        now = ws.timers.clock.now()
        plan = race_plan(ws.template, step.key)
        labels = {team.id: team.label(team_word) for team in teams}
        board = leaderboard(ws.store, ws.template, ws.event.id, step.key, now)
        ahead, every_state = None, []
        finished = {standing.counts.team_id for standing in board.standings if standing.counts.finished}
        for team in teams:
            team_states = ws.timers.states(ws.event.id, team.id)
            every_state.extend(state for (key, _part), state in team_states.items() if key == step.key)
            where = position(plan, team_states, now)
            rank = (where.stage is Stage.ROUND, where.part_index)
            racing = where.stage not in (Stage.START_LINE, Stage.FINISHED) and team.id not in finished
            if racing and (ahead is None or rank > ahead[0]):
                ahead = (rank, team.id, team_states)
        target, states = (step_target(ws, ahead[1], step), ahead[2]) if ahead and not board.final else (None, {})
        return cls(ws.t(step.title), board, labels, target, states, now, tuple(every_state))

    def frame(self, base: BeamerFrame, now: datetime) -> BeamerFrame:
        bars = tuple(standing_text.bars(self.board, self.labels))
        heading = f"{self.title} — {standing_text.title(self.board)}" if self.board.final else self.title
        frame = replace(base, heading=heading, instruction=standing_text.headline(self.board, self.labels),
                        bars=bars, countdown=None)
        if self.target is None:
            if not bars:
                return replace(frame, instruction=QCoreApplication.translate("RaceScreen", "Get ready at the start line!"))
            return frame
        index, state = shown_state(self.target, self.states)
        remaining = state.remaining(now)
        return replace(frame, heading=f"{self.title} — {self.target.part_titles[index]}", countdown=clock_text(remaining),
                       tone=tone(state.status(now), remaining))
