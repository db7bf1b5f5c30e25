"""Type in a juror's paper sheet: choose the juror, type the grid, "Enter again to check", type it a
second time, "Check and store". A difference is highlighted and named, and nothing is stored; the
facilitator corrects the second entry (or starts again) and checks once more."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.jury.merge_report import FileOutcome
from app.jury.paper import TeamEntry, mismatches, paper_form, store_paper_sheet
from ui.common.keymap import bind, key_text
from ui.common.messages import attempt, message_for, message_line, say
from ui.common.widgets import label
from ui.jury.paper_grid import PaperGrid
from ui.window.workspace import Workspace


class PaperSheetDialog(QDialog):
    def __init__(self, workspace: Workspace, jurors: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperSheetDialog")
        self.setWindowTitle(self.tr("Type in a paper sheet"))
        self._ws = workspace
        self._first: dict[int, TeamEntry] | None = None
        self.outcome: FileOutcome | None = None
        self.juror = QComboBox()
        self.juror.setObjectName("paperJuror")
        for juror_id, name in jurors:
            self.juror.addItem(name, juror_id)
        self.juror.currentIndexChanged.connect(self._load)
        self.step = label("", "lead", "paperStep")
        self.grid = PaperGrid(workspace.lang)
        self.grid.setAccessibleName(self.tr("Scores from the paper sheet"))
        self.error = message_line("paperError")
        self.again = QPushButton(self.tr("Enter again to check"))
        self.again.setObjectName("paperAgain")
        self.again.clicked.connect(self._to_second)
        self.store = QPushButton(self.tr("Check and store"))
        self.store.setObjectName("paperStore")
        self.store.clicked.connect(self._check_and_store)
        self.restart = QPushButton(self.tr("Start again"))
        self.restart.setObjectName("paperRestart")
        self.restart.clicked.connect(self._load)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("paperCancel")
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        juror_label = label(self.tr("Juror:"), wrap=False)
        juror_label.setBuddy(self.juror)  # its name for a screen reader
        row.addWidget(juror_label)
        row.addWidget(self.juror, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart)
        buttons.addStretch(1)
        for button in (cancel, self.again, self.store):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.restart.setAutoDefault(False)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.step)
        column.addWidget(self.grid, 1)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self._fit_screen()
        bind("paperNext", self, self._next)
        self._load()

    def _fit_screen(self) -> None:
        """As wide as the screen allows (every column shows at 1366 px), up to 1280 by 640."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(1280, screen.width() - 40), min(640, screen.height() - 60))

    def _load(self) -> None:
        """The chosen juror's form, first pass, empty."""
        self._first = None
        self.error.hide()
        try:
            self.grid.set_form(paper_form(self._ws.store, self._ws.event.id, self.juror.currentData()))
        except DomainError as error:
            say(self.error, message_for(error))
            return
        self._show_pass()

    def _show_pass(self) -> None:
        first = self._first is None
        step = (self.tr("First entry: type the sheet as the juror filled it in.") if first else
                self.tr("Second entry: type the same sheet again, without looking at the first entry."))
        self.step.setText(step + " " + self.tr("Tab goes to the next cell, Space ticks “not seen”, {keys} goes on.").format(
            keys=key_text("paperNext")))
        self.again.setVisible(first)
        self.store.setVisible(not first)
        self.juror.setEnabled(first)
        self.grid.setFocus()

    def _next(self) -> None:
        """The keyboard's way on (Ctrl+Enter): whichever of the two buttons is shown."""
        (self._to_second if self._first is None else self._check_and_store)()

    def _to_second(self) -> None:
        try:
            self._first = self.grid.entry()
        except DomainError as error:
            say(self.error, message_for(error))
            self.grid.setFocus()
            return
        self.error.hide()
        self.grid.empty()
        self._show_pass()

    def _check_and_store(self) -> None:
        def store() -> None:
            second = self.grid.entry()
            form = paper_form(self._ws.store, self._ws.event.id, self.juror.currentData())
            self.grid.mark(mismatches(form, self._first, second))
            self.outcome = store_paper_sheet(self._ws.store, self._ws.event.id, self.juror.currentData(), self._first, second)
        if attempt(self.error, store):
            self.accept()
        else:
            self.grid.setFocus()
