"""The facilitator's "Jury and rubric" tab: the jurors (and their kits), the recusals, the rubric and
how the winners are decided — saved as they are changed, following the change feed like every view."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.errors import DomainError
from app.jury.rubric import ensure_rubric
from ui.common.messages import tell
from ui.common.widgets import label, scrolling_page
from ui.jury.deciding_card import DecidingCard
from ui.jury.jurors_card import JurorsCard
from ui.jury.recusal_grid import RecusalGrid
from ui.jury.rubric_editor import RubricEditor
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace

TABLES = {"juror", "criterion", "recusal", "jury_setting", "juror_file", "jury_log", "team", "score", "score_sheet",
          "pitch_slot"}  # pitch_slot: a kit lists the running order


class SetupTab(QWidget):
    def __init__(self, workspace: Workspace, beamer=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        try:
            ensure_rubric(workspace.store, workspace.event.id, workspace.template)  # the template's rubric, on first use
        except DomainError as error:  # a database that takes no writes: the tab shows what there is
            tell(self, error)
        column = scrolling_page(self)
        column.setContentsMargins(8, 16, 16, 16)
        column.addWidget(label(self.tr("Set up the jury before the pitches: who scores, with what, and how the winners are "
                                       "decided. Then export each juror's kit."), "muted"))
        self.jurors = JurorsCard(workspace)
        self.recusals = RecusalGrid(workspace)
        self.rubric = RubricEditor(workspace)
        self.deciding = DecidingCard(workspace)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.jurors, 2)
        top.addWidget(self.deciding, 1)
        column.addLayout(top)
        column.addWidget(self.rubric)
        column.addWidget(self.recusals)
        column.addStretch(1)
        for part in (self.jurors, self.recusals, self.rubric, self.deciding):
            part.changedHere.connect(self.refresh)
        workspace.bridge.changed.connect(self._on_changes)
        self.refresh()

    def landing(self) -> QWidget:
        return self.jurors.new_name if not self.jurors.table.rowCount() else self.jurors.table

    def refresh(self) -> None:
        self.jurors.show_jurors()
        self.recusals.show_recusals()
        self.rubric.show_rubric()
        self.deciding.show_setting()

    def _on_changes(self, batch) -> None:
        if touches(batch, TABLES):
            self.refresh()
