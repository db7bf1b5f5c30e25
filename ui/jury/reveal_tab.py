"""The jury page's Reveal tab: the winners' reveal on the beamer, and the audience prize beside it.

The sequence is listed as the room will see it, what comes next highlighted; the facilitator may let
the Idea Race's winner and the audience prize go first. "Start the reveal on the beamer" puts up the
opening card; then each PageDown (a presenter clicker, in this window or on the beamer) shows the next
card — first the place, then the team — and PageUp goes back. Before the chair confirmed the winners
the tab says so and starts nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.jury.reveal import AUDIENCE, RevealOptions, RevealStep, record_race_award, reveal_sequence
from app.race.rounds import race_steps
from ui.beamer.beamer_source import BeamerSource
from ui.common.keymap import sequences
from ui.common.messages import message_for, message_line, say
from ui.common.widgets import label
from ui.jury.audience_panel import AudiencePanel
from ui.jury.reveal_run import RevealRun, place_line, prize_line, winners
from ui.storage.feed_bridge import tables_in
from ui.window.workspace import Workspace

TABLES = {"award", "jury_setting", "team", "member", "answer", "final_choice"}


class RevealTab(QWidget):
    def __init__(self, workspace: Workspace, beamer: BeamerSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.run = RevealRun(beamer, workspace.event.name, self)
        self.run.moved.connect(lambda _beat: self._show_position())
        self.run.said.connect(lambda text: say(self.message, text, "info"))
        self.status = label("", "muted", "revealStatus")
        self.race = QCheckBox(self.tr("Announce the winner of the {race} first").format(race=_race_title(workspace)))
        self.race.setObjectName("revealRace")
        self.race.toggled.connect(self._race_toggled)
        self.audience = QCheckBox(self.tr("Announce the audience award first"))
        self.audience.setObjectName("revealAudience")
        self.audience.toggled.connect(lambda _on: self.refresh())
        self.steps = QListWidget()
        self.steps.setObjectName("revealSteps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture of the sequence: the keys step the reveal
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.start = self._button(self.tr("Start the reveal on the beamer"), "revealStart", self.start_reveal, "primary")
        self.previous = self._button(self.tr("Previous"), "revealPrevious", lambda: self.run.step(-1))
        self.next = self._button(self.tr("Next"), "revealNext", lambda: self.run.step(1))
        self.message = message_line("revealMessage")
        self.panel = AudiencePanel(workspace)
        self.panel.confirmed.connect(self._audience_confirmed)
        self._lay_out()
        self._keys = self._bind_keys()
        workspace.bridge.changed.connect(lambda batch: self.refresh() if tables_in(batch) & TABLES else None)
        self.refresh()

    def _button(self, text: str, name: str, slot, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(label(self.tr("Winners' reveal"), "h2"))
        column.addWidget(label(self.tr("Each PageDown (or a presenter clicker) shows the next card on the beamer: first the place, then the team. PageUp goes back."), "muted"))
        column.addWidget(self.status)
        column.addWidget(self.race)
        column.addWidget(self.audience)
        column.addWidget(self.steps, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addStretch(1)
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        column.addLayout(buttons)
        column.addWidget(self.message)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(24)
        row.addLayout(column, 3)
        row.addWidget(self.panel, 2)
        jury = self._ws.template.jury
        # Shown or hidden once in the layout: setVisible(True) on a widget without a parent opens it as a window
        # of its own for a moment, and that takes the keyboard away from the main window.
        self.race.setVisible(bool(race_steps(self._ws.template)))  # a day without a race has no race winner
        self.audience.setVisible(bool(jury and jury.audience))

    def _bind_keys(self) -> list[QShortcut]:
        keys = []
        for name, delta in (("revealNext", 1), ("revealPrevious", -1)):
            for keys_of in sequences(name):
                shortcut = QShortcut(keys_of, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda d=delta: self.run.step(d))
                keys.append(shortcut)
        return keys

    # -- the sequence -----------------------------------------------------------------
    def options(self) -> RevealOptions:
        return RevealOptions(race=self.race.isChecked(), audience=self.audience.isChecked())

    def refresh(self) -> None:
        ws = self._ws
        try:
            steps = reveal_sequence(ws.store, ws.event.id, ws.template, ws.lang, ws.timers.clock.now(), self.options())
        except DomainError as error:
            self.status.setText(message_for(error))
            self.status.setProperty("role", "error")
            steps = []
            ready = False
        else:
            text = self.tr("{count} prizes to announce, one key press at a time.").format(count=len(steps))
            if self.audience.isChecked() and not any(step.pool_key == AUDIENCE for step in steps):
                text += " " + self.tr("The audience award is not in it yet: close its vote and confirm it first.")
            self.status.setText(text)
            self.status.setProperty("role", "muted")
            ready = bool(steps)
        self.status.style().polish(self.status)
        self.start.setEnabled(ready)
        self.run.set_steps(steps)
        self._fill(steps)

    def _fill(self, steps: list[RevealStep]) -> None:
        self.steps.clear()
        self.steps.addItem(QListWidgetItem(self.tr("Opening: the winners")))
        for step in steps:
            prize = " · ".join(part for part in (place_line(step), prize_line(step)) if part)
            self.steps.addItem(QListWidgetItem(f"{prize} — {winners(step)}"))
        self._show_position()

    def _show_position(self) -> None:
        """Done rows ticked, the row of the next card highlighted (nothing when all is shown)."""
        run = self.run
        shown = run.beat if run.running else -1
        coming = (shown + 2) // 2 if shown + 1 < run.beats else None  # the row the next card belongs to
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            text = item.text().removeprefix("✓ ").removeprefix("▶ ")
            done = run.running and (row == 0 or 2 * row <= shown)
            item.setText(f"✓ {text}" if done else f"▶ {text}" if row == coming else text)
            font = QFont(self.steps.font())
            font.setBold(row == coming)
            item.setFont(font)
        if coming is None:
            self.steps.clearSelection()
        else:
            self.steps.setCurrentRow(coming)
        self.previous.setEnabled(run.running and run.beat > 0)
        self.next.setEnabled(run.running and run.beat < run.beats - 1)
        for key in self._keys:
            key.setEnabled(run.running)

    # -- what it does -----------------------------------------------------------------
    def start_reveal(self) -> None:
        self.message.hide()
        self.run.start()
        self.next.setFocus()

    def _race_toggled(self, on: bool) -> None:
        if on:
            ws = self._ws
            try:
                record_race_award(ws.store, ws.event.id, ws.template, ws.timers.clock.now())
            except DomainError as error:
                say(self.message, message_for(error))
                self.race.blockSignals(True)
                self.race.setChecked(False)
                self.race.blockSignals(False)
                return
        self.refresh()

    def _audience_confirmed(self) -> None:
        self.audience.setChecked(True)
        self.audience.setFocus()

    def landing(self) -> QWidget:
        return self.next if self.run.running else self.start


def _race_title(workspace: Workspace) -> str:
    """The race's title as the template names its step ("Idee Race" in Dutch); "" on a day without one."""
    steps = race_steps(workspace.template)
    return workspace.t(steps[0].title) if steps else ""
