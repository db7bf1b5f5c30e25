"""The grid a paper sheet is typed into: a row per team, a column per criterion (its scale in the
header), then "not seen" (Space ticks it), a note for the jury and feedback for the team. Typing a
digit starts a cell, Tab and Enter move on; no mouse needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.errors import DomainError
from app.jury.paper import FEEDBACK, NOT_SEEN, NOTE, Mismatch, PaperForm, TeamEntry

MISMATCH = QColor("#f6c5c0")


class PaperGrid(QTableWidget):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setObjectName("paperGrid")
        self._lang = lang
        self._form: PaperForm | None = None
        self.setTabKeyNavigation(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def set_form(self, form: PaperForm) -> None:
        self._form = form
        self.clear()
        titles = [f"{c.title_nl if self._lang == 'nl' else c.title_en}\n({c.min}–{c.max})" for c in form.criteria]
        self.setColumnCount(len(titles) + 3)
        self.setRowCount(len(form.teams))
        self.setHorizontalHeaderLabels(titles + [self.tr("Not seen"), self.tr("Note for the jury"), self.tr("Feedback for the team")])
        self.setVerticalHeaderLabels([team.label for team in form.teams])
        self.empty()
        header = self.horizontalHeader()
        for column in range(len(titles) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (len(titles) + 1, len(titles) + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def empty(self) -> None:
        """Every cell empty again (the second pass starts blank), the first cell current."""
        if self._form is None:
            return
        count = len(self._form.criteria)
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = QTableWidgetItem("")
                if column == count:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.setItem(row, column, item)
        self.setCurrentCell(0, 0)

    def entry(self) -> dict[int, TeamEntry]:
        """What is typed, per team; a cell that holds no whole number is refused naming team and criterion."""
        form = self._form
        count = len(form.criteria)
        typed = {}
        for row, team in enumerate(form.teams):
            scores = {c.key: self._number(row, column, team.label, c.title_nl if self._lang == "nl" else c.title_en)
                      for column, c in enumerate(form.criteria)}
            typed[team.team_id] = TeamEntry(self.item(row, count).checkState() == Qt.CheckState.Checked, scores,
                                            self.item(row, count + 1).text(), self.item(row, count + 2).text())
        return typed

    def mark(self, found: list[Mismatch]) -> None:
        """Highlight the cells where the second entry differs (none: clear every highlight)."""
        form = self._form
        columns = {c.key: i for i, c in enumerate(form.criteria)} | {NOT_SEEN: len(form.criteria), NOTE: len(form.criteria) + 1,
                                                                      FEEDBACK: len(form.criteria) + 2}
        rows = {team.team_id: i for i, team in enumerate(form.teams)}
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                self.item(row, column).setBackground(QBrush())
        for mismatch in found:
            self.item(rows[mismatch.team_id], columns[mismatch.field]).setBackground(MISMATCH)
        if found:
            self.setCurrentCell(rows[found[0].team_id], columns[found[0].field])

    def _number(self, row: int, column: int, team: str, criterion: str) -> int | None:
        text = self.item(row, column).text().strip()
        if not text:
            return None
        if not (text.isascii() and text.lstrip("-").isdigit()):
            self.setCurrentCell(row, column)
            raise DomainError("paper_not_a_number", f"{team}, {criterion}: “{text}” is not a whole number", team=team,
                              criterion=criterion, text=text)
        return int(text)
