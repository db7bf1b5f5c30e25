"""A step's work surface (the board), with its one-line instruction above it.

Steps of a kind with a surface open on it; "Uitleg" switches to the full instructions and back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.teams import TeamView
from app.template import Step, StepKind
from ui.board_page import BoardPage
from ui.widgets import label

BOARD_KINDS = (StepKind.BRAIN_DUMP, StepKind.CLUSTER)


def has_surface(step: Step) -> bool:
    return step.kind in BOARD_KINDS


class WorkArea(QWidget):
    instructionsRequested = Signal()

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workArea")
        self._ws = workspace
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 16, 8)
        column.setSpacing(8)
        header = QHBoxLayout()
        self.title_label = label("", "h2", "workTitle")
        header.addWidget(self.title_label, 1)
        explain = QPushButton(self.tr("Instructions"))
        explain.setObjectName("showInstructionsButton")
        explain.setToolTip(self.tr("The full instructions, questions and tips of this step"))
        explain.clicked.connect(self.instructionsRequested)
        header.addWidget(explain)
        column.addLayout(header)
        self.instruction_label = label("", "lead", "workInstruction")
        column.addWidget(self.instruction_label)
        self.board = BoardPage(workspace)
        column.addWidget(self.board, 1)

    def show_step(self, step: Step, team: TeamView) -> None:
        self.title_label.setText(self._ws.t(step.title))
        self.instruction_label.setText(self._ws.t(step.instruction))
        self.board.show_board(step, team)
