"""The "Anonymous" switch of a step: the team chooses it while preparing the step, before it starts.

A checkbox (Space toggles it) in the step page's footer, beside "Next" (so on the board and on the
instructions alike, and while reading a step ahead before moving the team there), with a tooltip
saying what it does; once the step has started it is disabled and says why beside it. A choice
the app refuses (the step started on another laptop meanwhile) shows the reason beside it, and
the box goes back to what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.day.privacy import can_be_anonymous, has_started, is_anonymous, set_anonymous
from app.day.template import Step
from app.event.teams import TeamView
from ui.common.messages import attempt
from ui.common.widgets import label
from ui.storage.feed_bridge import touches


class AnonymousSwitch(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anonymousSwitchHolder")
        self._ws = workspace
        self._step: Step | None = None
        self._team: TeamView | None = None
        row = QHBoxLayout(self)  # in the step's footer: one row, beside "Next"
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.box = QCheckBox(self.tr("Anonymous"))
        self.box.setObjectName("anonymousSwitch")
        self.box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.box.clicked.connect(self._chosen)  # a person's click or Space, not a refresh
        row.addWidget(self.box)
        self.reason = label(self.tr("(fixed: the step has started)"), "muted", "anonymousReason", wrap=False)
        row.addWidget(self.reason)
        self.error = label("", "error", "anonymousError")
        self.error.hide()
        row.addWidget(self.error)
        workspace.bridge.changed.connect(self._on_changes)

    def show_step(self, step: Step, team: TeamView | None) -> None:
        """Shown for a team's step whose work has authors; hidden otherwise."""
        self._step, self._team = step, team
        wanted = team is not None and can_be_anonymous(step)
        self.setVisible(wanted)
        self.error.hide()
        if wanted:
            self.refresh()

    def refresh(self) -> None:
        ws, step, team = self._ws, self._step, self._team
        anonymous = is_anonymous(ws.store, ws.template, ws.event.id, team.id, step.key)
        started = has_started(ws.store, ws.event.id, team.id, step.key)
        with QSignalBlocker(self.box):
            self.box.setChecked(anonymous)
        self.box.setEnabled(not started)
        self.reason.setVisible(started)
        about = self.tr("No names on this step's notes, ideas and dots: not on the board, the vote or the beamer. "
                        "The team chooses before the step starts.")
        why = self.tr("This step has started: whether it is anonymous can no longer be changed.")
        self.box.setToolTip(why if started else about)
        self.box.setAccessibleDescription(self.box.toolTip())

    def _chosen(self, checked: bool) -> None:
        ws, step, team = self._ws, self._step, self._team
        if not attempt(self.error, lambda: set_anonymous(ws.store, ws.template, ws.event.id, team.id, step.key, checked)):
            self.refresh()  # refused: the box shows what is stored, and why beside it

    def _on_changes(self, batch) -> None:
        """A timer, or (until the step has started) the first note, dot or cluster: it may be fixed now.
        Once fixed, the notes typed on do not cost a look each (only a timer's change is looked at)."""
        if self._team is None or not self.isVisible():
            return
        if touches(batch, {"step_state"}, self._team.id) or (self.box.isEnabled() and touches(batch, {"note", "vote", "cluster"}, self._team.id)):
            self.refresh()
