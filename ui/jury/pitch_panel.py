"""The running order tab's "On the beamer" card: start the pitches on the beamer, the team on now with
its countdown, the next team, and the buttons (each with its key) for the timers and the next team.

With several rooms the card is about the room on the beamer and names it; before the pitches start it
is about the room chosen in the tab. Showing another room while a team's timer runs asks first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ui.common import text_size
from ui.common.keymap import key_text
from ui.common.messages import confirm
from ui.common.widgets import card, label
from ui.jury.pitch_run import PitchRun
from ui.window.workspace import Workspace


class PitchPanel(QWidget):
    def __init__(self, workspace: Workspace, run: PitchRun, name_of: Callable[[int], str], chosen: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._run = run
        self._name_of = name_of
        self._chosen = chosen  # the room chosen in the tab
        frame, layout = card("pitchPanel")
        self.setMinimumWidth(round(330 * text_size.factor()))  # 200 % text: its buttons whole
        self.setMaximumWidth(round(400 * text_size.factor()))
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.title = label(self.tr("On the beamer"), "h3", "pitchPanelTitle")
        layout.addWidget(self.title)
        self.start_button = QPushButton(self.tr("Start the pitches on the beamer"))
        self.start_button.setObjectName("startPitches")
        self.start_button.setProperty("role", "primary")
        layout.addWidget(self.start_button)
        self.now_label = label("", "lead", "pitchNow")
        self.timer_label = label("", "h2", "pitchTimer")
        self.next_label = label("", "muted", "pitchNext")
        self.elsewhere_label = label("", "muted", "pitchElsewhere")  # timers left running (another room shown)
        for widget in (self.now_label, self.timer_label, self.next_label, self.elsewhere_label):
            layout.addWidget(widget)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.pitch_button = self._button(self.tr("Start pitch"), "startPitchTimer", run.start_pitch)
        self.questions_button = self._button(self.tr("Start the questions"), "startQuestions", run.start_questions)
        self.previous_button = self._button(self.tr("Previous ({key})").format(key=key_text("beamerPreviousPitch")), "previousTeam", lambda: run.step(-1))
        self.next_button = self._button(self.tr("Next ({key})").format(key=key_text("beamerNextPitch")), "nextTeam", lambda: run.step(1))
        grid.addWidget(self.pitch_button, 0, 0)
        grid.addWidget(self.questions_button, 0, 1)
        grid.addWidget(self.previous_button, 1, 0)
        grid.addWidget(self.next_button, 1, 1)
        layout.addLayout(grid)
        hint = self.tr("{key} starts the pitch, then the questions; the questions also start by themselves when the "
                       "pitch time is up. PageDown and PageUp (a presenter's clicker too) go to the next or previous "
                       "team, here and on the beamer; absent teams are skipped.").format(key=key_text("juryPitchTimer"))
        layout.addWidget(label(hint, "muted", "pitchHint"))
        layout.addStretch(1)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _colour(self, tone: str) -> None:
        """The countdown in the warning colour in its last minute, the danger colour over time (set
        only when the tone changes: a style sheet re-polishes the label)."""
        colour = {"last": self._ws.theme.warning, "over": self._ws.theme.danger}.get(tone, "")
        if self.timer_label.property("tone") != tone:
            self.timer_label.setProperty("tone", tone)
            self.timer_label.setStyleSheet(f"color: {colour};" if colour else "")

    def show_state(self) -> None:
        """The team on, its countdown and the next team, as they are now (before the pitches: the chosen
        room's first team)."""
        run, now, chosen = self._run, self._ws.timers.clock.now(), self._chosen()
        on, several = run.current, run.several_rooms
        self.title.setText(self.tr("On the beamer: {room}").format(room=run.room) if on is not None and several else self.tr("On the beamer"))
        if on is None:
            self.now_label.setText(self.tr("The beamer does not show the pitches."))
            self.timer_label.setText("")
            first = run.first(chosen)
            text = self.tr("First in {room}: {team}") if several else self.tr("First: {team}")
            self.next_label.setText(text.format(room=chosen, team=self._name_of(first)) if first is not None else "")
        else:
            self.now_label.setText(self.tr("Now: {team}").format(team=self._name_of(on)))
            timer_label, countdown, tone = run.timer(on, now)
            self.timer_label.setText(f"{timer_label}  {countdown}")
            self._colour(tone)
            following = run.following()
            self.next_label.setText(self.tr("Next: {team}").format(team=self._name_of(following)) if following is not None
                                    else self.tr("This is the last team."))
        self._show_elsewhere(now, several)
        self.start_button.setText(self.tr("Show {room} on the beamer").format(room=chosen) if several and (on is None or chosen != run.room)
                                  else self.tr("Start the pitches on the beamer"))
        for button in (self.pitch_button, self.questions_button, self.previous_button, self.next_button):
            button.setEnabled(on is not None)

    def _show_elsewhere(self, now, several: bool) -> None:
        """The timers still running of teams not on the beamer: nothing runs unseen."""
        lines = []
        for room, team in self._run.elsewhere(now):
            timer_label, countdown, _tone = self._run.timer(team, now)
            text = self.tr("Still running in {room}: {team}, {timer} {countdown}") if several else self.tr("Still running: {team}, {timer} {countdown}")
            lines.append(text.format(room=room, team=self._name_of(team), timer=timer_label.lower(), countdown=countdown))
        self.elsewhere_label.setText("\n".join(lines))
        self.elsewhere_label.setVisible(bool(lines))

    def may_start(self, room: str) -> bool:
        """Showing ``room`` stops nothing silently: while another room's team has its timer running, ask
        first (its timer keeps running: its room shown again finds it where it is)."""
        run = self._run
        if run.current is None or room == run.room or not run.running():
            return True
        return confirm(self, self.tr("Show another room"), self.tr(
            "{team} in {room} is on the beamer with its timer running. Show {other} on the beamer instead? {team}'s timer "
            "keeps running; show {room} again to come back to it.").format(team=self._name_of(run.current), room=run.room, other=room))
