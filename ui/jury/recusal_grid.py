"""Recusals: a grid of teams (rows) by jurors (columns); a tick means the juror does not score that
team (a conflict of interest). Arrow keys move, Space ticks; each tick is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlmodel import select

from app.jury import setup
from db.models import Team
from ui.common.messages import attempt, message_line
from ui.common.widgets import card, label
from ui.window.workspace import Workspace

IDS = Qt.ItemDataRole.UserRole  # (juror id, team id)
HEADER_WIDTH = 240
HEADER_PADDING = 24  # the header section's padding and border (ui/common/theme.py)


class RecusalGrid(QWidget):
    changedHere = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._filling = False
        frame, layout = card("recusalCard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        title = QHBoxLayout()
        title.addWidget(label(self.tr("Recusals"), "h3"), 1)
        why = QPushButton(self.tr("Reason…"))
        why.setObjectName("recusalReasonButton")
        why.setToolTip(self.tr("Note why the juror recuses from the team chosen in the grid (optional)."))
        why.clicked.connect(self._reason)
        title.addWidget(why)
        layout.addLayout(title)
        layout.addWidget(label(self.tr("Tick where a juror does not score a team (a conflict of interest). Arrow keys move, Space ticks."), "muted"))
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("recusalGrid")
        self.table.setAccessibleName(self.tr("Recusals: teams by jurors"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(96)
        self.table.verticalHeader().setMaximumWidth(HEADER_WIDTH)  # a long team name is elided there, whole in its tooltip
        self.table.itemChanged.connect(self._ticked)
        self.table.currentCellChanged.connect(self._follow)
        layout.addWidget(self.table, 1)
        self.line = message_line("recusalMessage")
        layout.addWidget(self.line)

    def show_recusals(self) -> None:
        store, event_id = self._ws.store, self._ws.event.id
        jurors = setup.jurors(store, event_id)
        with store.read() as session:
            teams = list(session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number, Team.id)).all())
        recused = setup.recusals(store, event_id)
        row, column = self.table.currentRow(), self.table.currentColumn()
        self._filling = True
        self.table.setRowCount(len(teams))
        self.table.setColumnCount(len(jurors))
        self.table.setHorizontalHeaderLabels([juror.name.replace(" ", "\n", 1) for juror in jurors])  # two short lines
        for r, team in enumerate(teams):
            self.table.setVerticalHeaderItem(r, self._team_header(team))
        for r, team in enumerate(teams):
            for c, juror in enumerate(jurors):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if (juror.id, team.id) in recused else Qt.CheckState.Unchecked)
                item.setToolTip(recused.get((juror.id, team.id), ""))
                item.setData(IDS, (juror.id, team.id))
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("{juror} recuses from {team}").format(juror=juror.name, team=self._team_label(team)))
                self.table.setItem(r, c, item)
        self._filling = False
        self._fit(len(teams))
        if teams and jurors:
            self.table.setCurrentCell(min(max(row, 0), len(teams) - 1), min(max(column, 0), len(jurors) - 1))

    def _fit(self, rows: int) -> None:
        """Tall enough for every team: the page scrolls, not a small window inside it."""
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 4
        height += sum(self.table.rowHeight(row) for row in range(rows))
        if self.table.horizontalScrollBar().maximum() > 0:
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(max(height, 120))

    def _follow(self, row: int, column: int, *_previous) -> None:
        """The page scrolls with the current cell: the grid is as tall as its teams, so arrows leave the view."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        item = self.table.item(row, column)
        if area is None or item is None or area.widget() is None:
            return
        rect = self.table.visualItemRect(item)
        centre = self.table.viewport().mapTo(area.widget(), rect.center())
        area.ensureVisible(centre.x(), centre.y(), rect.width(), rect.height())

    def _team_header(self, team: Team) -> QTableWidgetItem:
        """The team's row header: elided with "…" where too long for the header, the whole name in its tooltip."""
        whole = self._team_label(team)
        font = QFont(self.table.verticalHeader().font())
        font.setBold(True)  # the style sheet's headers are bold
        metrics = QFontMetrics(font)
        item = QTableWidgetItem(metrics.elidedText(whole, Qt.TextElideMode.ElideRight, HEADER_WIDTH - HEADER_PADDING))
        item.setToolTip(whole)
        return item

    def _team_label(self, team: Team) -> str:
        return f"{team.number}. {team.name or self.tr('Team') + f' {team.number}'}"

    def _reason(self) -> None:
        """The reason of the chosen cell's recusal (ticking it, when it was not yet)."""
        item = self.table.currentItem()
        if item is None:
            return
        juror_id, team_id = item.data(IDS)
        given = self._ask_reason(item.toolTip())
        if given is not None:
            attempt(self.line, lambda: setup.set_recusal(self._ws.store, juror_id, team_id, True, given))
            self.changedHere.emit()
        self.table.setFocus()

    def _ask_reason(self, current: str) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("recusalReasonDialog")
        dialog.setWindowTitle(self.tr("Recusal"))
        dialog.setLabelText(self.tr("Why does the juror not score this team? (optional)"))
        dialog.setTextValue(current)
        return dialog.textValue() if dialog.exec() else None

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self.table.setCurrentItem(item)  # a clicked box becomes the current cell: Space then ticks that one
        juror_id, team_id = item.data(IDS)
        recused = item.checkState() == Qt.CheckState.Checked
        attempt(self.line, lambda: setup.set_recusal(self._ws.store, juror_id, team_id, recused))
        QTimer.singleShot(0, self.changedHere.emit)  # not inside the item's own signal

