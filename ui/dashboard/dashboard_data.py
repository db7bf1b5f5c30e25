"""The dashboard's data on the UI side: the rows read for every team, kept and re-read only when the change
feed touches what a tile shows — and only while someone looks (the page in view, or the dashboard on the
beamer). Hidden, a batch only marks the data stale: nothing is read until the dashboard is shown again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.dashboard.pitch_fill import PitchFill, PitchFills
from app.dashboard.rows import DashboardRows, read_rows
from app.dashboard.tiles import Tile, tiles
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace

# What a tile shows comes from these tables (a pitch's completeness from the team's earlier work too).
DASHBOARD_TABLES = {"team", "member", "note", "vote", "step_state", "answer", "programme_item", "event", "story_panel",
                    "race_count", "knelpunt", "cluster", "selection", "milestone", "final_choice", "team_role"}
TIMER_ONLY = {"step_state"}  # a timer's change leaves every pitch as it was


class DashboardData(QObject):
    read_again = Signal()  # the rows were read again (after a change, or on show)

    def __init__(self, workspace: Workspace, watched: Callable[[], bool], parent: QObject | None = None) -> None:
        """``watched``: whether anyone looks at the dashboard now (the page in view, or the beamer showing it)."""
        super().__init__(parent)
        self._ws = workspace
        self._watched = watched
        self._rows: DashboardRows | None = None
        self._fills: dict[int, PitchFill] = {}
        self._pitches = PitchFills()
        self.stale = True
        workspace.bridge.changed.connect(self._on_changes)

    def _on_changes(self, batch) -> None:
        if not touches(batch, DASHBOARD_TABLES):
            return
        tables = {change.table for change in batch}
        if not tables <= TIMER_ONLY:
            teams = {change.team_id for change in batch}
            self._pitches.forget(None if None in teams else teams)
        self.stale = True
        if self._watched():
            self.read()

    def fresh(self) -> None:
        """Read now if anything changed while nobody looked (once, when the dashboard is shown)."""
        if self.stale:
            self.read()

    def read(self) -> None:
        ws = self._ws
        now = ws.timers.clock.now()
        self._rows = read_rows(ws.store, ws.event.id, ws.template, now)
        steps = {team.id: team.current_step for team in self._rows.teams}
        self._fills = self._pitches.read(ws.store, ws.template, ws.event.id, steps, ws.lang)
        self.stale = False
        self.read_again.emit()

    def tiles(self, now: datetime) -> list[Tile]:
        """The tiles at ``now`` from the rows last read (nothing is read here: a tick costs no query)."""
        if self._rows is None:
            return []
        return tiles(self._rows, self._fills, self._ws.template, now, self._ws.lang)
