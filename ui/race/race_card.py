"""The facilitator's Idea Race card on the programme page: the start signal for every team at once,
a false start for the room, and a count entered by hand (or taken back) for a team that raced on paper."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.race.rounds import race_plan, race_steps
from app.race.start import StartAll, false_start_all, start_all
from app.race.writing import COUNT_MAX, hand_count, set_count
from ui.common.messages import say
from ui.common.widgets import ScrollSafeComboBox, card, label
from ui.race.race_messages import race_attempt


class RaceStartCard(QFrame):
    started = Signal()  # the start signal was given: the beamer shows the race

    def __init__(self, workspace, step, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._step = step
        self._labels: dict[int, str] = {}
        frame, layout = card("raceStartCard", spacing=6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addWidget(label(workspace.t(step.title), "h3"))
        self.start_button = QPushButton(self.tr("Start signal: every team at once"))
        self.start_button.setObjectName("raceStartAllButton")
        self.start_button.setProperty("role", "primary")
        self.start_button.setToolTip(self.tr("The first round starts for every team that has not started its race; the beamer shows the race"))
        self.start_button.clicked.connect(self.start_all)
        layout.addWidget(self.start_button)
        self.false_start_button = QPushButton(self.tr("False start: everyone back to the line"))
        self.false_start_button.setObjectName("raceFalseStartAllButton")
        self.false_start_button.clicked.connect(self.false_start_all)
        layout.addWidget(self.false_start_button)
        layout.addWidget(label(self.tr("A team that raced on paper: its count, entered by hand"), "muted"))
        self.team_picker = ScrollSafeComboBox()
        self.team_picker.setObjectName("raceHandTeam")
        self.team_picker.setAccessibleName(self.tr("Team whose count is entered by hand"))
        layout.addWidget(self.team_picker)
        row = QHBoxLayout()
        self.round_picker = ScrollSafeComboBox()
        self.round_picker.setObjectName("raceHandRound")
        self.round_picker.setAccessibleName(self.tr("Round of the count"))
        titles = {part.key: workspace.t(part.title) for part in step.parts}
        for key in race_plan(workspace.template, step.key).rounds:
            self.round_picker.addItem(titles.get(key, workspace.t(step.title)), key)
        row.addWidget(self.round_picker, 1)
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("raceHandCount")
        self.count_spin.setRange(0, COUNT_MAX)
        self.count_spin.setAccessibleName(self.tr("Number of ideas counted by hand"))
        row.addWidget(self.count_spin)
        enter = QPushButton(self.tr("Enter"))
        enter.setObjectName("raceHandButton")
        enter.clicked.connect(self.enter_count)
        row.addWidget(enter)
        take_back = QPushButton(self.tr("Take back"))
        take_back.setObjectName("raceHandClearButton")
        take_back.setToolTip(self.tr("Take the count entered by hand back: the round counts its ideas again"))
        take_back.clicked.connect(self.take_count_back)
        row.addWidget(take_back)
        layout.addLayout(row)
        self.team_picker.currentIndexChanged.connect(self._show_count)
        self.round_picker.currentIndexChanged.connect(self._show_count)
        self.result_label = label("", "info", "raceStartResult")
        self.result_label.hide()
        layout.addWidget(self.result_label)

    def set_teams(self, teams) -> None:
        chosen = self.team_picker.currentData()
        self._labels = {team.id: team.label(self.tr("Team")) for team in teams}
        self.team_picker.blockSignals(True)
        self.team_picker.clear()
        for team in teams:
            self.team_picker.addItem(self._labels[team.id], team.id)
        self.team_picker.setCurrentIndex(max(0, self.team_picker.findData(chosen)))
        self.team_picker.blockSignals(False)
        if self.team_picker.currentData() != chosen:
            self._show_count()

    def _show_count(self) -> None:
        """The number field shows the chosen team's count by hand for the chosen round (0 when none):
        nothing typed for one team is carried over to another."""
        team_id, round_key = self.team_picker.currentData(), self.round_picker.currentData()
        count = hand_count(self._ws.store, team_id, self._step.key, round_key) if team_id is not None else None
        self.count_spin.setValue(count or 0)

    def start_all(self) -> None:
        result: list[StartAll] = []
        if race_attempt(self.result_label, lambda: result.append(start_all(self._ws.timers, self._ws.template, self._ws.event.id, self._step.key))):
            done = result[0]
            text = (self.tr("Started for {count} team(s).").format(count=len(done.started)) if done.started
                    else self.tr("No team at the race is waiting at the start line."))
            if done.not_there:
                names = ", ".join(self._labels.get(team, "") for team in done.not_there)
                text += " " + self.tr("Not started: {teams} — they are not at the {step} yet.").format(
                    teams=names, step=self._ws.t(self._step.title))
            say(self.result_label, text, "info")
            if done.started:
                self.started.emit()

    def false_start_all(self) -> None:
        teams: list[int] = []
        if race_attempt(self.result_label, lambda: teams.extend(false_start_all(self._ws.timers, self._ws.template, self._ws.event.id, self._step.key))):
            say(self.result_label, self.tr("{count} team(s) back at the start line.").format(count=len(teams)) if teams
                else self.tr("No team is in the first round."), "info")

    def enter_count(self) -> None:
        team_id, round_key = self.team_picker.currentData(), self.round_picker.currentData()
        if team_id is None:
            return
        if race_attempt(self.result_label, lambda: set_count(self._ws.store, self._ws.template, team_id, self._step.key, round_key,
                                                             self.count_spin.value(), "facilitator")):
            say(self.result_label, self.tr("Count entered by hand: {count}.").format(count=self.count_spin.value()), "info")

    def take_count_back(self) -> None:
        team_id, round_key = self.team_picker.currentData(), self.round_picker.currentData()
        if team_id is None:
            return
        if race_attempt(self.result_label, lambda: set_count(self._ws.store, self._ws.template, team_id, self._step.key, round_key,
                                                             None, "facilitator")):
            self.count_spin.setValue(0)
            say(self.result_label, self.tr("Count by hand taken back: the round counts its ideas again."), "info")


def race_card(workspace, on_started) -> RaceStartCard | None:
    """The card for the template's (first) idea race; None when the template has none."""
    steps = race_steps(workspace.template)
    if not steps:
        return None
    made = RaceStartCard(workspace, steps[0])
    made.started.connect(on_started)
    return made
