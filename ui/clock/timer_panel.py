"""The timer of a step (or of a plenary item): a countdown ring, its controls, and the end sound.

The panel keeps the stored timer states it was last told about (refreshed from the change feed)
and, on every tick of the shared ticker, recomputes what to show from the clock: ticks only
repaint, they never count.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock.timers import (
    PartPlan,
    Status,
    TimerKey,
    TimerState,
    clock_text,
    current_part,
    next_part,
    timer_plan,
    tone,
)
from app.day.programme import item_minutes, plenary_key
from app.day.template import Step
from ui.clock.countdown import CountdownBar, CountdownRing, tone_colours
from ui.common.elided_label import ElidedLabel
from ui.common.keymap import key_text
from ui.common.messages import attempt
from ui.common.widgets import FlowLayout, card, label
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace


TITLE_ROOM = 240  # the most the strip's title takes before it ends in "…"


@dataclass(frozen=True)
class TimerTarget:
    """What a panel times: a team's step in parts, or one plenary timer (team None)."""

    event_id: int
    team_id: int | None
    step_key: str
    plan: tuple[PartPlan, ...]
    part_titles: tuple[str, ...]
    step_title: str = ""  # named when the panel shows beside another step than the one it times


def step_target(workspace: Workspace, team_id: int, step: Step) -> TimerTarget:
    """The timers of a team's step: one per part, titled in the UI's language."""
    titles = tuple(workspace.t(part.title) for part in step.parts) or (workspace.t(step.title),)
    plan = tuple(timer_plan(workspace.template, step.key))
    return TimerTarget(workspace.event.id, team_id, step.key, plan, titles, workspace.t(step.title))


def plenary_target(workspace: Workspace, items, item, title: str) -> TimerTarget:
    """A plenary timer for a programme item (a challenge explanation, the pitches…), as long as the item."""
    return TimerTarget(workspace.event.id, None, plenary_key(item), (PartPlan("", item_minutes(items, item)),), (title,))


def shown_state(target: TimerTarget, states: dict[tuple[str, str], TimerState]) -> tuple[int, TimerState]:
    """The part in progress and its state (a never-started part is idle with its minutes)."""
    index = current_part(list(target.plan), states, target.step_key)
    part = target.plan[index]
    return index, states.get((target.step_key, part.key)) or TimerState(duration_s=part.minutes * 60)


class TimerPanel(QWidget):
    def __init__(self, workspace: Workspace, framed: bool = True, compact: bool = False, parent: QWidget | None = None) -> None:
        """``compact``: one strip (a small ring, the texts, the buttons in a row) above a work surface."""
        super().__init__(parent)
        self.setObjectName("compactTimerPanel" if compact else "timerPanel")
        self._ws = workspace
        self._target: TimerTarget | None = None
        self._states: dict[tuple[str, str], TimerState] = {}
        self._wanted = True  # the page may keep a panel out of view (the other one shows the timer)
        self._compact = compact
        self._viewed_step: str | None = None  # the step on screen beside the panel
        self.displayed_remaining: float | None = None  # what the ring shows, for tests and the benchmark

        frame, column = card("timerCard", spacing=8, margins=16 if framed else 0)
        if not framed:  # inside another card: no second border (two levels of nesting at most)
            frame.setProperty("role", None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.ring = CountdownBar(workspace.theme) if compact else CountdownRing(workspace.theme)
        # In the slim strip the title is one line (a long "Timer of <step>" ends in "…", whole in its tooltip).
        self.title_label = ElidedLabel("", "h3", "timerTitle") if compact else label("", "h3", "timerTitle")
        # In the strip the status is one line too (over time it is long): elided, whole in its tooltip.
        self.status_label = ElidedLabel("", "muted", "timerStatus") if compact else label("", "muted", "timerStatus")
        self.error_label = label("", "error", "timerError")  # a refused action: stays until the next one
        self.error_label.hide()
        if compact:  # one slim row: the time over a bar, the texts, the buttons
            strip = QHBoxLayout()
            strip.setSpacing(12)
            strip.addWidget(self.ring)
            self.title_label.setMinimumWidth(120)
            strip.addWidget(self.title_label, 2)
            self.status_label.setMinimumWidth(100)
            strip.addWidget(self.status_label, 1)
            strip.addWidget(self._button_row())
            column.addLayout(strip)
            column.addWidget(self.error_label)
        else:
            column.addWidget(self.ring, 1)
            column.addWidget(self.title_label)
            column.addWidget(self.status_label)
            column.addWidget(self.error_label)
            column.addLayout(self._buttons())
        workspace.bridge.changed.connect(self._on_changes)
        workspace.ticker.timeout.connect(self._on_tick)

    def _make_buttons(self) -> None:
        self.toggle_button = self._button("timerToggle", self.tr("Start"), lambda: self.act("toggle"), "primary")
        self.reset_button = self._button("timerReset", self.tr("Reset"), lambda: self.act("reset"))
        self.minus_button = self._button("timerMinus1", self.tr("−1 min"), lambda: self.act("extend", -60))
        self.plus_button = self._button("timerPlus1", self.tr("+1 min"), lambda: self.act("extend", 60))
        self.plus5_button = self._button("timerPlus5", self.tr("+5 min"), lambda: self.act("extend", 300))
        self.next_part_button = self._button("timerNextPart", "", self.next_part)
        self.mute_button = self._button("timerMute", "", self._toggle_mute)
        self.mute_button.setCheckable(True)

    def _button_row(self) -> QWidget:
        """The strip's buttons in one row, running on to a second where the strip is too narrow
        (a step in parts adds "Next: …"): a button is never squeezed below its text."""
        self._make_buttons()
        holder = QWidget()
        row = RowFlow(holder, spacing=8)
        for button in (self.toggle_button, self.minus_button, self.plus_button, self.plus5_button,
                       self.reset_button, self.mute_button, self.next_part_button):
            row.addWidget(button)
        return holder

    def _buttons(self) -> QGridLayout:
        self._make_buttons()
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.toggle_button, 0, 0, 1, 2)
        grid.addWidget(self.reset_button, 0, 2)
        grid.addWidget(self.minus_button, 1, 0)
        grid.addWidget(self.plus_button, 1, 1)
        grid.addWidget(self.plus5_button, 1, 2)
        grid.addWidget(self.next_part_button, 2, 0, 1, 3)
        grid.addWidget(self.mute_button, 3, 0, 1, 3)
        return grid

    def _button(self, name: str, text: str, slot, role: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    # -- what is timed -------------------------------------------------------
    def set_target(self, target: TimerTarget | None) -> None:
        self._target = target
        self.setVisible(target is not None and self._wanted)
        self._reload()
        self.tick()

    def set_viewed_step(self, step_key: str | None) -> None:
        """The step shown beside the panel: when it is not the timed one, the title names the timed step."""
        self._viewed_step = step_key
        self.tick()

    def set_wanted(self, wanted: bool) -> None:
        self._wanted = wanted
        self.setVisible(wanted and self._target is not None)

    @property
    def target(self) -> TimerTarget | None:
        return self._target

    def _reload(self) -> None:
        target = self._target
        self._states = self._ws.timers.states(target.event_id, target.team_id) if target else {}

    def _on_changes(self, batch) -> None:
        if self._target and touches(batch, {"step_state"}, self._target.team_id):
            self._reload()
            self.tick()

    def _part(self) -> tuple[int, PartPlan]:
        index = current_part(list(self._target.plan), self._states, self._target.step_key)
        return index, self._target.plan[index]

    def _key(self, part: PartPlan) -> TimerKey:
        return TimerKey(self._target.event_id, self._target.team_id, self._target.step_key, part.key)

    # -- actions -------------------------------------------------------------
    def act(self, action: str, seconds: int = 0) -> None:
        """Start/pause, reset or extend the current part's timer; committed at once."""
        if self._target is None:
            return
        preload = getattr(self._ws.player, "preload", None)
        if preload is not None and action in ("toggle", "start"):
            preload()  # load the sound now, not at the moment of zero
        _index, part = self._part()
        attempt(self.error_label, lambda: self._ws.timers.apply(self._key(part), part.minutes * 60, action, seconds))

    def next_part(self) -> None:
        target = self._target
        if target is not None and target.team_id is not None:
            attempt(self.error_label, lambda: next_part(self._ws.timers, target.event_id, target.team_id, target.step_key, list(target.plan)))

    def _toggle_mute(self) -> None:
        self._ws.set_muted(self.mute_button.isChecked())
        self.tick()

    # -- showing -------------------------------------------------------------
    def _on_tick(self) -> None:
        if self.isVisible():  # a panel out of view costs nothing; it catches up when shown
            self.tick()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.tick()

    def tick(self) -> None:
        if self._target is None:
            return
        index, state = shown_state(self._target, self._states)
        now = self._ws.timers.clock.now()
        remaining, status = state.remaining(now), state.status(now)
        self.displayed_remaining = remaining
        self.ring.theme = self._ws.theme
        self.ring.show_time(clock_text(remaining), self._caption(status, remaining), remaining / max(1, state.total_s), tone_colours(tone(status, remaining), self._ws.theme))
        self._update_texts(index, state, status, remaining)

    def _caption(self, status: Status, remaining: float) -> str:
        if status is Status.OVERRUN:
            return self.tr("over time")
        if status is Status.PAUSED:
            return self.tr("paused")
        if status is Status.DONE:
            return self.tr("finished")
        if status is Status.IDLE:
            return self.tr("ready")
        return self.tr("last minute!") if remaining <= 60 else self.tr("left")

    def _update_texts(self, index: int, state: TimerState, status: Status, remaining: float) -> None:
        target = self._target
        parts = len(target.plan)
        title = target.part_titles[index]
        if parts > 1:
            # The part's own title first ("Part 2 (3 of 3)"): elided in the strip, it is never a bare "Part 3 of …".
            title = self.tr("{title} ({number} of {total})").format(number=index + 1, total=parts, title=title)
        elsewhere = self._viewed_step is not None and target.step_title and self._viewed_step != target.step_key
        if elsewhere:
            title = self.tr("Timer: {step}").format(step=target.step_title) + (f" — {title}" if parts > 1 else "")
        _set(self.title_label, title)
        if self._compact:  # room for a part's title whole ("Part 2 (3 of 3)"); a long "Timer: …" still ends in "…"
            self.title_label.setMinimumWidth(min(max(120, self.title_label.fontMetrics().horizontalAdvance(title) + 4), TITLE_ROOM))
        # Above a surface the step's title is already there, unless the timer times another step.
        self.title_label.setVisible(not self._compact or parts > 1 or bool(elsewhere))
        deadline = state.deadline()
        if status is Status.OVERRUN:
            text = self.tr("{time} over time — the timebox is a guide; move on when you can.").format(time=clock_text(remaining))
        elif status is Status.RUNNING and deadline is not None:
            text = self.tr("Ends at {time}").format(time=deadline.astimezone(self._ws.zone).strftime("%H:%M"))
        elif status is Status.PAUSED and remaining < 0:
            text = self.tr("Paused at {time} over time").format(time=clock_text(remaining))
        elif status is Status.PAUSED:
            text = self.tr("Paused with {time} left").format(time=clock_text(remaining))
        elif status is Status.DONE:
            text = self.tr("This timebox is finished.")
        elif self._compact:  # the strip shows the minutes already: only the key, so it fits beside the title
            text = self.tr("{key} starts the timer.").format(key=key_text("timerToggleAction"))
        else:
            text = self.tr("{minutes} minutes. {key} starts the timer.").format(minutes=state.total_s // 60, key=key_text("timerToggleAction"))
        _set(self.status_label, text)
        self._show_toggle(status)
        has_next = target.team_id is not None and index + 1 < parts
        self.next_part_button.setVisible(has_next)
        if has_next:
            _set(self.next_part_button, self.tr("Next: {title} →").format(title=target.part_titles[index + 1]))
        self.mute_button.setChecked(self._ws.alarm.muted)
        _set(self.mute_button, self.tr("Sound off") if self._ws.alarm.muted else self.tr("Sound on"))

    def _show_toggle(self, status: Status) -> None:
        """Start, Pause or Resume; its tooltip and accessible description name the key that does the same,
        from the keymap (the strip's one line says it only while the timer waits to start)."""
        key = key_text("timerToggleAction")
        if status in (Status.RUNNING, Status.OVERRUN):
            text, hint = self.tr("Pause"), self.tr("Pause the timer ({key})").format(key=key)
        elif status is Status.PAUSED:
            text, hint = self.tr("Resume"), self.tr("Resume the timer ({key})").format(key=key)
        else:
            text, hint = self.tr("Start"), self.tr("Start the timer ({key})").format(key=key)
        _set(self.toggle_button, text)
        if self.toggle_button.toolTip() != hint:
            self.toggle_button.setToolTip(hint)
            self.toggle_button.setAccessibleDescription(hint)


class RowFlow(FlowLayout):
    """A flow layout that asks for one whole row (its items side by side) and wraps when given less."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(hint.width() for hint in shown) + self._spacing * max(0, len(shown) - 1)
        return QSize(width, max((hint.height() for hint in shown), default=0))


def _set(widget, text: str) -> None:
    """Set a text only when it changed: a tick must not re-layout the panel four times a second."""
    if widget.text() != text:
        widget.setText(text)
