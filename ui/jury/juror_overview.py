"""Every team of the kit in running order with its state: scored (with the weighted score), not seen,
criteria still open, or recused (listed, never chosen). Choosing one (Enter, a click) goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.jury.juror_desk import NOT_SEEN, OPEN, PARTIAL, RECUSED, SCORED, JurorDesk
from ui.common.theme import LIGHT, Theme
from ui.common.widgets import label
from ui.jury.scoring_panel import score_text

TEAM_ROLE = Qt.ItemDataRole.UserRole
MARKS = {SCORED: "✓", NOT_SEEN: "⊘", PARTIAL: "◐", OPEN: "○", RECUSED: "—"}


class TeamOverview(QWidget):
    teamChosen = Signal(int)

    def __init__(self, desk: JurorDesk, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamOverviewPanel")
        self.desk = desk
        self._muted = QColor(theme.muted)
        self.setFixedWidth(240)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(label(self.tr("Running order"), "eyebrow"))
        self.list = QListWidget()
        self.list.setObjectName("teamOverview")
        self.list.setAccessibleName(self.tr("The teams and how far their scoring is"))
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        column.addWidget(self.list, 1)

    def refresh(self, current: int | None) -> None:
        self.list.clear()
        for place, team in enumerate(self.desk.teams, start=1):
            state = self.desk.state(team.id)
            item = QListWidgetItem(f"{MARKS[state]}  {place}. {team.name}\n      {self._state_text(team.id, state)}")
            item.setData(TEAM_ROLE, team.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{team.name}: {self._state_text(team.id, state)}")
            if state == RECUSED:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # listed, never chosen
                item.setForeground(self._muted)
            self.list.addItem(item)
            if team.id == current:
                self.list.setCurrentItem(item)

    def _state_text(self, team_id: int, state: str) -> str:
        if state == SCORED:
            return self.tr("scored · {score}").format(score=score_text(self.desk.weighted(team_id)))
        if state == NOT_SEEN:
            return self.tr("not seen")
        if state == RECUSED:
            return self.tr("you recused")
        missing = sum(1 for c in self.desk.criteria if self.desk.value(team_id, c.key) is None)
        if state == PARTIAL:
            return self.tr("{count} criteria missing").format(count=missing)
        return self.tr("to score")

    def _chosen(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.teamChosen.emit(item.data(TEAM_ROLE))
