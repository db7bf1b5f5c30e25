"""All teams at once: a tile per team, the teams that need a facilitator first, and the same on the beamer.

The data is read for every team at once (``app.dashboard``) when the change feed touches it, and only while
someone looks: the page in view or the dashboard on the beamer (``DashboardData``). Timers tick with the
window's shared ticker, recomputed from the rows already read — and only while the page is in view.
A tile opens its team (click, Enter or Space): the page asks the event view through ``teamOpened``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.dashboard.tiles import Attention, Tile, most_urgent_first
from ui.common import text_size
from ui.beamer.beamer_source import DASHBOARD, PLENARY, PROGRAMME, TEAM, BeamerSource
from ui.beamer.pitch_show import open_beamer
from ui.common.widgets import label, scrolling
from ui.dashboard.dashboard_beamer import DashboardSlide, beamer_tile
from ui.dashboard.dashboard_data import DashboardData
from ui.dashboard.tile_widget import TileWidget, tile_style
from ui.window.workspace import Workspace

TILE_WIDTH = 300  # the narrowest a tile reads well: the grid has as many columns as fit, two to four
MIN_COLUMNS, MAX_COLUMNS = 2, 4
RESTORED = (PROGRAMME, PLENARY, TEAM)  # what "Back to the timer" puts back (anything else: the programme)


class DashboardPage(QWidget):
    teamOpened = Signal(int)  # a tile was opened: the team's id

    def __init__(self, workspace: Workspace, beamer: BeamerSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._ws = workspace
        self._beamer = beamer
        self._before_beamer: tuple = (PROGRAMME, None, None)  # the beamer's mode, team and plenary item before the dashboard
        self.tiles: dict[int, TileWidget] = {}
        self._order: list[int] = []
        self._columns = 0
        self._second = None  # the second the tiles were last shown at (a tick within it changes nothing)
        self._shown_at = None  # the moment the tiles shown were computed for
        self._shown: dict[int, Tile] = {}  # the tiles shown, by team id
        self.data = DashboardData(workspace, self._watched, self)
        self.data.read_again.connect(self._read_again)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(16, 12, 16, 4)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(label(self.tr("ALL TEAMS AT A GLANCE"), "eyebrow"))
        self.summary_label = label("", "h2", "dashboardSummary")
        titles.addWidget(self.summary_label)
        head.addLayout(titles, 1)
        self.beamer_button = QPushButton(self.tr("On the beamer"))
        self.beamer_button.setObjectName("dashboardBeamerButton")
        self.beamer_button.setToolTip(self.tr("Show every team's tile on the beamer (no names of people)"))
        self.beamer_button.clicked.connect(self.toggle_beamer)
        head.addWidget(self.beamer_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        self._grid_host = QWidget()
        self._grid_host.setObjectName("page")
        self._grid_host.setStyleSheet(tile_style(workspace.theme))
        self.grid = QGridLayout(self._grid_host)
        self.grid.setContentsMargins(16, 8, 16, 16)
        self.grid.setSpacing(12)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_label = label(self.tr("No teams yet. Make teams on the participants page (Ctrl+6)."), "lead", "dashboardEmpty")
        self.grid.addWidget(self.empty_label, 0, 0)
        self.area = scrolling(self._grid_host, "dashboardArea")
        outer.addWidget(self.area, 1)

        workspace.ticker.timeout.connect(self._tick)
        beamer.modeChanged.connect(lambda _mode: self._update_beamer_button())

    # -- showing -----------------------------------------------------------------
    def refresh(self) -> None:
        """Shown: read once if anything changed while hidden, then the tiles at this moment."""
        self.data.fresh()
        self._show_tiles()
        self._update_beamer_button()

    def _read_again(self, changed: set[int] | None) -> None:
        """New rows (``changed``: the teams whose tiles changed, None: all): the beamer (if it shows the
        dashboard) and the page (if in view) show them."""
        if self._on_beamer():
            self._beamer.tick()
        if self.isVisible():
            if changed is None or self._shown_at is None:
                self._show_tiles()
            else:
                self._show_changed(changed)

    def landing(self) -> QWidget:
        """The first tile (the team that most needs a facilitator), or the beamer button without teams."""
        return self.tiles[self._order[0]] if self._order else self.beamer_button

    def _watched(self) -> bool:
        return self.isVisible() or self._on_beamer()

    def _on_beamer(self) -> bool:
        return self._beamer.mode == DASHBOARD and self._beamer.view.isVisible()

    def _tick(self) -> None:
        """The ticker (four times a second): the tiles once per new second, only while in view."""
        second = self._ws.timers.clock.now().replace(microsecond=0)
        if self.isVisible() and second != self._second:
            self._show_tiles()
        elif self._beamer.mode == DASHBOARD and not self._beamer.view.isVisible():
            self._update_beamer_button()

    def _show_tiles(self) -> None:
        """Every tile at this moment."""
        now = self._ws.timers.clock.now()
        self._second, self._shown_at = now.replace(microsecond=0), now
        current = self.data.tiles(now)
        self._shown = {tile.team_id: tile for tile in current}
        for tile in current:
            self._tile_widget(tile.team_id).show_tile(tile)
        for gone in set(self.tiles) - set(self._shown):
            self.tiles.pop(gone).deleteLater()
        self._arrange([tile.team_id for tile in current])
        self._summarise(current)

    def _show_changed(self, team_ids: set[int]) -> None:
        """The tiles of these teams only, at the moment the others show (the next second's tick moves all on)."""
        for tile in self.data.tiles(self._shown_at, team_ids):
            self._shown[tile.team_id] = tile
            self._tile_widget(tile.team_id).show_tile(tile)
        current = most_urgent_first(list(self._shown.values()))
        self._arrange([tile.team_id for tile in current])
        self._summarise(current)

    def _tile_widget(self, team_id: int) -> TileWidget:
        if team_id not in self.tiles:
            widget = TileWidget(team_id, self._ws.theme, self._grid_host)
            widget.opened.connect(self.teamOpened)
            self.tiles[team_id] = widget
        return self.tiles[team_id]

    def _arrange(self, order: list[int]) -> None:
        """Lay the tiles out in ``order`` (most urgent first), only when the order or the columns changed."""
        columns = self._fitting_columns()
        if order == self._order and columns == self._columns:
            return
        self._order, self._columns = order, columns
        for widget in self.tiles.values():
            self.grid.removeWidget(widget)
        self.grid.removeWidget(self.empty_label)
        self.empty_label.setVisible(not order)
        if not order:
            self.grid.addWidget(self.empty_label, 0, 0)
        for index, team_id in enumerate(order):
            self.grid.addWidget(self.tiles[team_id], index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for first, second in zip([None, *order], order):
            if first is None:
                QWidget.setTabOrder(self.beamer_button, self.tiles[second])
                continue
            QWidget.setTabOrder(self.tiles[first], self.tiles[second])

    def _fitting_columns(self) -> int:
        room = self.area.viewport().width() - 32
        return max(MIN_COLUMNS, min(MAX_COLUMNS, room // round(TILE_WIDTH * text_size.factor())))  # 200 % text: wider tiles

    def _summarise(self, current: list[Tile]) -> None:
        needing = sum(1 for tile in current if tile.attention is not Attention.NONE)
        if not current:
            text = self.tr("No teams in this event yet")
        elif needing:
            text = self.tr("%n team(s) need a facilitator", "", needing)
        else:
            text = self.tr("Every team is on track")
        if self.summary_label.text() != text:
            self.summary_label.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._refit()

    def showEvent(self, event) -> None:  # noqa: N802
        """Shown: its width is known only now (``refresh`` arranged the tiles while it was hidden)."""
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        if self._order and self._fitting_columns() != self._columns:
            self._arrange(list(self._order))

    # -- the beamer ----------------------------------------------------------------
    def toggle_beamer(self) -> None:
        """On the beamer (opened if it is not), or back to what it timed before."""
        if self._on_beamer():
            mode, team_id, item_id = self._before_beamer
            self._beamer.show(mode, team_id=team_id, plenary_item_id=item_id)
        else:
            source = self._beamer
            self._before_beamer = (source.mode if source.mode in RESTORED else PROGRAMME, source.team_id, source.plenary_item_id)
            self.data.fresh()
            open_beamer(source)
            source.show(DASHBOARD, dashboard=self.slide)
        self._update_beamer_button()

    def slide(self, now) -> DashboardSlide:
        """The dashboard as the beamer shows it at ``now``."""
        return DashboardSlide(self.tr("How every team is doing"), tuple(beamer_tile(tile) for tile in self.data.tiles(now)))

    def _update_beamer_button(self) -> None:
        text = self.tr("Back to the timer") if self._on_beamer() else self.tr("On the beamer")
        if self.beamer_button.text() != text:
            self.beamer_button.setText(text)
