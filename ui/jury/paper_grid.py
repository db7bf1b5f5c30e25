"""The grid a paper sheet is typed into: a row per team, a column per criterion (its scale in the
header), then "not seen" (Space ticks it), a note for the jury and feedback for the team. Typing a
digit starts a cell, Tab and Enter move on (a data-entry grid: Tab walks its cells); no mouse needed."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.errors import DomainError
from app.jury.paper import FEEDBACK, NOT_SEEN, NOTE, Mismatch, PaperForm, TeamEntry

MISMATCH = QColor("#F6C5C0")
MISMATCH_TEXT = QColor("#1A1A1A")  # 11:1 on it; the theme's text (white in high contrast) would be 1.5:1
HEADER_LINE = 16  # characters on a line of a column's header (two lines at most)
TEAM_LINE = 22  # characters on a line of a team's row header


def short_header(text: str, width: int = HEADER_LINE) -> str:
    """``text`` on at most two lines of about ``width`` characters, split where the longer line is
    shortest; what does not fit ends in "…"."""
    words = text.split()
    if len(text) <= width or not words:
        return text
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    fitting = [pair for pair in splits if max(map(len, pair)) <= width]
    if fitting:
        return "\n".join(min(fitting, key=lambda pair: max(map(len, pair))))
    lines = textwrap.wrap(text, width, break_long_words=True)
    return lines[0] + "\n" + lines[1].rstrip(",;:") + "…"


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
        """The form's teams and columns; every column fits the dialog at 1366 px: a criterion's header is
        its title on at most two short lines and its scale, the whole title in the header's tooltip."""
        self._form = form
        self.clear()
        titles = [(c.title_nl if self._lang == "nl" else c.title_en, f"({c.min}–{c.max})") for c in form.criteria]
        heads = [(short_header(title) + "\n" + scale, f"{title} {scale}") for title, scale in titles]
        heads += [(short_header(text), text) for text in (self.tr("Not seen"), self.tr("Note for the jury"), self.tr("Feedback for the team"))]
        self.setColumnCount(len(heads))
        self.setRowCount(len(form.teams))
        for column, (text, whole) in enumerate(heads):
            item = QTableWidgetItem(text)
            item.setToolTip(whole)
            self.setHorizontalHeaderItem(column, item)
        for row, team in enumerate(form.teams):
            item = QTableWidgetItem(short_header(team.label, TEAM_LINE))
            item.setToolTip(team.label)
            self.setVerticalHeaderItem(row, item)
        self.empty()
        header = self.horizontalHeader()
        for column in range(len(titles) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (len(titles) + 1, len(titles) + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()

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
                self.item(row, column).setForeground(QBrush())
        for mismatch in found:
            self.item(rows[mismatch.team_id], columns[mismatch.field]).setBackground(MISMATCH)
            self.item(rows[mismatch.team_id], columns[mismatch.field]).setForeground(MISMATCH_TEXT)  # also in high contrast
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
