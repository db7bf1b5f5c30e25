"""The dashboard's data on the UI side: the rows read for every team, kept and re-read only when the change
feed touches what a tile shows — and only while someone looks (the page in view, or the dashboard on the
beamer). Hidden, a batch only marks the data stale: everything is read once when the dashboard is shown again.

In view, a batch is read for what it names (``app.dashboard.changes``): the tables it changed, for the teams
it changed; a batch that names no team reads everything again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.dashboard.changes import DASHBOARD_TABLES, EVERY_TILE, pitches_changed, what_changed
from app.dashboard.pitch_fill import PitchFill, PitchFills
from app.dashboard.rows import DashboardRows, read_again, read_rows
from app.dashboard.tiles import Tile, tiles
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace


class DashboardData(QObject):
    read_again = Signal(object)  # the rows were read again: the ids of the teams whose tiles changed, None: all

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
        self._pitches.forget(pitches_changed(batch))
        if not self._watched():
            self.stale = True
        elif self.stale or self._rows is None:
            self.read()
        else:
            changed = what_changed(batch)
            if changed is None:
                self.read()
            elif changed[1]:
                self._read_part(*changed)

    def fresh(self) -> None:
        """Read now if anything changed while nobody looked (once, when the dashboard is shown)."""
        if self.stale:
            self.read()

    def read(self) -> None:
        """Every team's rows."""
        ws = self._ws
        self._rows = read_rows(ws.store, ws.event.id, ws.template, ws.timers.clock.now())
        self._read_pitches()
        self.read_again.emit(None)

    def _read_part(self, team_ids: set[int], tables: set[str]) -> None:
        """Those teams' rows that those tables feed; the tiles of those teams changed (every tile: members, programme)."""
        ws = self._ws
        self._rows = read_again(ws.store, self._rows, ws.event.id, ws.template, ws.timers.clock.now(), team_ids, tables)
        self._read_pitches()
        self.read_again.emit(None if tables & EVERY_TILE else team_ids)

    def _read_pitches(self) -> None:
        """The pitching teams' fills: read for those whose work changed, the rest kept."""
        ws = self._ws
        steps = {team.id: team.current_step for team in self._rows.teams}
        self._fills = self._pitches.read(ws.store, ws.template, ws.event.id, steps, ws.lang)
        self.stale = False

    def tiles(self, now: datetime, team_ids: set[int] | None = None) -> list[Tile]:
        """The tiles at ``now`` (of ``team_ids`` only, when given) from the rows last read: nothing is read here,
        a tick costs no query."""
        if self._rows is None:
            return []
        return tiles(self._rows, self._fills, self._ws.template, now, self._ws.lang, team_ids)
