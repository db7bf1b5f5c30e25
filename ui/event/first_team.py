"""The team page of an event without teams: what is missing, and one field and button that make the first team."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.event.teams import add_team
from ui.common.messages import attempt
from ui.common.widgets import card, label
from ui.window.workspace import Workspace


class FirstTeamCard(QWidget):
    """Makes the event's first team with the typed name (Enter or the button); a refusal shows
    under the field and keeps the text. ``made`` carries the new team's id."""

    made = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        frame, layout = card("firstTeamCard", spacing=12)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        default = f"{self.tr('Team')} 1"  # as an unnamed team is labelled (TeamView.label)
        layout.addWidget(label(self.tr("This event has no team yet. Give the first team a name (or leave it empty: it is called “{default}” until it gets one). More teams come with “+ Team” at the top.").format(default=default)))
        row = QHBoxLayout()
        row.setSpacing(8)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("firstTeamNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name of the first team"))
        self.name_edit.setPlaceholderText(self.tr("“{default}” if left empty").format(default=default))
        self.name_edit.returnPressed.connect(self.make)
        self.button = QPushButton(self.tr("Make the first team"))
        self.button.setObjectName("firstTeamButton")
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.make)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        layout.addWidget(label(self.tr("Or start from the registrations: import them, then form the teams by challenge.")))
        importing = QPushButton(self.tr("Import registrations…"))
        importing.setObjectName("firstTeamImportButton")
        importing.clicked.connect(lambda: self.window().import_participants())
        layout.addWidget(importing, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_label = label("", "error", "firstTeamError")
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def make(self) -> None:
        """One action, one transaction: the team with the typed name (of the first challenge until chosen)."""
        made: list[int] = []
        first = self._ws.template.challenges[0].key
        if attempt(self.error_label, lambda: made.append(add_team(self._ws.store, self._ws.event.id, first, self.name_edit.text()))):
            self.name_edit.clear()  # the name lives in the team now
            self.made.emit(made[0])
        else:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the text to change is there

    def typed(self) -> bool:
        return bool(self.name_edit.text().strip())
