"""The pitch page's "Share" part: the team's dossier and flip-over poster as PDF, and its pitch on the beamer.

The exports open their dialogs (ui/export/actions.py: rendered in a worker, the window keeps running); the
beamer is the event view's, found up the widget tree (the page is made by the work area, which has no beamer).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.event.teams import TeamView
from ui.common.messages import message_for, message_line
from ui.common.widgets import label


class PitchExports(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pitchExports")
        self._ws = workspace
        self._team: TeamView | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(12)
        column.addWidget(label(self.tr("Ready to share"), "h3"))
        column.addWidget(label(self.tr("What is empty is said as missing in the PDF: export again whenever the team adds to it."), "muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.dossier_button = self._button(grid, 0, "exportDossierButton", self.tr("Team dossier (PDF)…"),
                                           self.tr("The team's whole day on A4: to print or to send."), self._export_dossier)
        self.poster_button = self._button(grid, 1, "exportPosterButton", self.tr("Flip-over poster (PDF)…"),
                                          self.tr("The pitch in big type on one sheet (A1; two sheets for the Idea Race winner)."),
                                          self._export_poster)
        self.beamer_button = self._button(grid, 2, "pitchOnBeamerButton", self.tr("Show the pitch on the beamer"),
                                          self.tr("Landscape, made for the screen; PageDown goes on to the next team."), self._show_on_beamer)
        column.addLayout(grid)
        self.message = message_line("pitchExportMessage")
        column.addWidget(self.message)
        column.addStretch(1)

    def _button(self, grid: QGridLayout, row: int, name: str, text: str, about: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleDescription(about)
        button.clicked.connect(slot)
        grid.addWidget(button, row, 0)
        grid.addWidget(label(about, "muted"), row, 1)
        grid.setColumnStretch(1, 1)
        return button

    def focus_first(self) -> QWidget:
        return self.dossier_button

    def focus_chain(self) -> list[QWidget]:
        return [self.dossier_button, self.poster_button, self.beamer_button]

    def show_step(self, _step, team: TeamView) -> None:
        self._team = team
        self.message.clear()

    def _export_dossier(self) -> None:
        from ui.export.actions import export_dossier

        self._attempt(lambda: export_dossier(self._ws, self._team.id, self.window()))

    def _export_poster(self) -> None:
        from ui.export.actions import export_poster

        self._attempt(lambda: export_poster(self._ws, self._team.id, self.window()))

    def _show_on_beamer(self) -> None:
        from ui.beamer.pitch_show import show_pitch_on_beamer

        view = self._event_view()
        if view is not None:
            self._attempt(lambda: show_pitch_on_beamer(view.beamer, self._team.id))

    def _attempt(self, action) -> None:
        if self._team is None:
            return
        self.message.clear()
        try:
            action()
        except DomainError as refusal:
            self.message.setText(message_for(refusal))

    def _event_view(self) -> QWidget | None:
        """The event view this page is in: the owner of the beamer."""
        widget = self.parentWidget()
        while widget is not None and not hasattr(type(widget), "beamer"):
            widget = widget.parentWidget()
        return widget
