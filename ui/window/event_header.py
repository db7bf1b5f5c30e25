"""The header of an open event: the wordmark, the event, and who works here (team, "I am", + Team).

One widget for the live window and for the first frame painted before the database is read
(ui/startup/first_frame.py), so both look the same by construction. Only Qt and light ui helpers are
imported here: the first frame builds it before the database stack loads.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from ui.common.elided_label import ElidedLabel
from ui.common.flow_row import FlowRow
from ui.common.widgets import label
from ui.window.pickers import DeliberatePicker


def event_choice(name: str, day: date) -> str:
    """An event as the event picker lists it."""
    return f"{name} ({day:%d-%m-%Y})"


class EventHeader(QFrame):
    """``events``: the (text, event id) choices of the event picker, or None: no picker (one event)."""

    eventChosen = Signal(int)
    teamPicked = Signal(object)  # the team id chosen in the picker
    identityPicked = Signal(object)  # the member id (None: the team's shared laptop)
    addTeamClicked = Signal()

    def __init__(self, details: str, events: list[tuple[str, int | None]] | None) -> None:
        super().__init__()
        self.setObjectName("header")
        self.setProperty("role", "header")
        # One line; at large text (or a narrow window) the event on one line and who works here on the next.
        row = FlowRow(self)
        row.setContentsMargins(20, 6, 20, 6)
        title = ElidedLabel(details, "muted", "eventTitle")  # a long name ends in "…", whole in the tooltip
        title.setMinimumWidth(100)
        title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.add(_together("headerEvent", label("Staatsprint", "h2", "wordmark", wrap=False), title))
        self.event_picker = None
        if events is not None:
            self.event_picker = self._picker("eventPicker", self.tr("Event"))
            for text, event_id in events:
                self.event_picker.addItem(text, event_id)
            self.event_picker.activated.connect(lambda _i: self.eventChosen.emit(self.event_picker.currentData()))
            row.add(self.event_picker)
        self.team_picker = self._picker("teamPicker", self.tr("Team"))
        self.team_picker.setMinimumWidth(260)
        self.team_picker.setPlaceholderText(self.tr("no team yet"))
        self.team_picker.activated.connect(lambda _i: self.teamPicked.emit(self.team_picker.currentData()))
        row.add(_together("headerTeam", label(self.tr("Team"), "muted", wrap=False), self.team_picker), new_group=True)
        self.identity_picker = self._picker("identityPicker", self.tr("Who uses this laptop"))
        self.identity_picker.setToolTip(self.tr("One laptop per member: choose yourself. The team's shared laptop: choose the team."))
        self.identity_picker.activated.connect(lambda _i: self.identityPicked.emit(self.identity_picker.currentData()))
        row.add(_together("headerIdentity", label(self.tr("I am"), "muted", wrap=False), self.identity_picker))
        add = QPushButton(self.tr("+ Team"))
        add.setObjectName("addTeamButton")
        add.setToolTip(self.tr("Add a team to this event"))
        add.clicked.connect(lambda: self.addTeamClicked.emit())
        row.add(add)

    @staticmethod
    def _picker(name: str, accessible: str) -> DeliberatePicker:
        picker = DeliberatePicker()
        picker.setObjectName(name)
        picker.setAccessibleName(accessible)
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its longest choice, whole
        return picker


def _together(name: str, first: QWidget, second: QWidget) -> QWidget:
    """Two widgets that stay side by side on one line (a label and what it names)."""
    pair = QWidget()
    pair.setObjectName(name)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(16)
    row.addWidget(first)
    row.addWidget(second, 1)
    pair.setSizePolicy(second.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Preferred)
    return pair
