"""The running order of one room as a table: number, time, team (its challenge under its name), the
pitched idea (wrapped), absent.

Space marks the selected team absent (or present again), as a check list does; the selection follows
a team (by id) through every refresh, so a moved team stays selected where it went.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

COLUMNS = 5
NUMBER, TIME, TEAM, IDEA, ABSENT = range(COLUMNS)
ROW_LINES = 2  # a row holds two lines: the team's name and challenge; the idea's first two lines


class OrderTable(QTableWidget):
    def __init__(self, on_space: Callable[[], None]) -> None:
        super().__init__(0, COLUMNS)
        self.setObjectName("orderTable")
        self._on_space = on_space
        self.setHorizontalHeaderLabels([self.tr("#"), self.tr("Time"), self.tr("Team"), self.tr("Pitched idea"), self.tr("Absent")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # one Tab stop; the arrows move within the table
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * ROW_LINES + 12))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        for column in (NUMBER, TIME, ABSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEAM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(IDEA, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(TEAM, 240)

    def fill(self, rows: list[tuple[int, tuple[str, ...], bool]], muted: str) -> None:
        """``rows``: (team id, a text per column, absent); keeps the selected team selected."""
        keep = self.selected_team()
        self.setRowCount(len(rows))
        for row, (team_id, texts, absent) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, team_id)
                item.setToolTip(text)
                if absent:
                    item.setForeground(QColor(muted))
                self.setItem(row, column, item)
        if keep is not None:
            self.select_team(keep)

    def selected_team(self) -> int | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_team(self, team_id: int) -> None:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(Qt.ItemDataRole.UserRole) == team_id:
                self.setCurrentCell(row, TEAM)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._on_space()
            return
        super().keyPressEvent(event)
