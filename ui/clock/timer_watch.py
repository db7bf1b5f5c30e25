"""The one place that listens for zero: the chosen team's running step and every plenary timer.

It follows the stored timers whatever page is on screen, so the sound comes at zero even when
someone is reading another step, and never twice for one deadline (app.clock.alarm decides).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.clock.timers import TimerState, current_part, timer_plan
from app.event.teams import TeamView
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace


class TimerWatch(QObject):
    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._team: TeamView | None = None
        self._team_states: dict[tuple[str, str], TimerState] = {}
        self._plenary_states: dict[tuple[str, str], TimerState] = {}
        self._reload()
        workspace.bridge.changed.connect(self._on_changes)
        workspace.ticker.timeout.connect(self.tick)

    def follow(self, team: TeamView | None) -> None:
        """Listen to this team's current step (the team this laptop shows)."""
        self._team = team
        self._reload()

    def _reload(self) -> None:
        ws = self._ws
        self._team_states = ws.timers.states(ws.event.id, self._team.id) if self._team else {}
        self._plenary_states = ws.timers.states(ws.event.id, None)

    def _on_changes(self, batch) -> None:
        if touches(batch, {"step_state"}):
            self._reload()

    def tick(self) -> None:
        now = self._ws.timers.clock.now()
        for key, state in self._watched():
            if self._ws.alarm.observe(key, state.remaining(now), state.status(now)):
                self._ws.player.play()

    def _watched(self):
        team = self._team
        if team is not None and team.current_step:
            plan = timer_plan(self._ws.template, team.current_step)
            part = plan[current_part(plan, self._team_states, team.current_step)]
            state = self._team_states.get((team.current_step, part.key))
            if state is not None:
                yield (team.id, team.current_step, part.key), state
        for (step_key, part_key), state in self._plenary_states.items():
            yield (None, step_key, part_key), state
