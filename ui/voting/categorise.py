"""The idea vote's "Categorise" switch: the existing cluster board on the race's ideas, and back.

On: the vote page's place shows the board (its clusters are the categories, stored under the vote
step's key); off: the vote, its ideas listed by category. Offered before the reveal only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QWidget

from app.voting.categories import can_categorise, category_board
from ui.common.widgets import label


class CategoriseSwitch(QWidget):
    """A row with the switch, above a stack of the vote (given) and the board (made when first used)."""

    def __init__(self, workspace, vote: QWidget, back_to_vote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._back_to_vote = workspace, back_to_vote
        self._team = self._step = None
        self.board = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.hint = label(self.tr("Drag ideas together and name each cluster: a category. The vote stays on the ideas."), "muted", "categoriseHint")
        row.addWidget(self.hint, 1)
        self.button = QPushButton(self.tr("Categorise the ideas"))
        self.button.setObjectName("categoriseButton")
        self.button.setCheckable(True)
        self.button.toggled.connect(self._switch)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.stack = QStackedWidget()
        self.stack.addWidget(vote)
        self._vote = vote

    def show_for(self, team, step, revealed: bool) -> None:
        """Offered on a vote on ideas before its reveal; after it, the vote is shown."""
        self._team, self._step = team, step
        offered = can_categorise(self._ws.template, step) and not revealed
        self.setVisible(offered)
        if not offered and self.button.isChecked():
            self.button.setChecked(False)
        self._show_words()

    def _switch(self, on: bool) -> None:
        if on:
            if self.board is None:
                from ui.board.board_page import BoardPage

                self.board = BoardPage(self._ws)
                self.stack.addWidget(self.board)
            self.board.show_step(category_board(self._ws.template, self._step), self._team)
            self.board.knelpunt_from_selection.hide()  # ideas are categorised here, not made into pain points
            self.stack.setCurrentWidget(self.board)
        else:
            self.stack.setCurrentWidget(self._vote)
            self._back_to_vote()
        self._show_words()

    def _show_words(self) -> None:
        on = self.button.isChecked()
        self.button.setText(self.tr("← Back to the vote") if on else self.tr("Categorise the ideas"))
        self.hint.setVisible(on)
