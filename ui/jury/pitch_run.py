"""The jury's pitches on the beamer: which room's running order is shown, which team is on, its pitch
and Q&A countdown (``BeamerFrame.pitch_timer``), and what PageDown / PageUp do to the timers.

The beamer steps through the order's present teams (an absent team is skipped; one marked absent while
it is on stays until the next key). Moving on stops the team's timers where they are; coming back to a
team reopens its last timer, paused (``app.jury.pitch_timers``). Showing another room's order keeps
the timers as they are (stored deadlines): coming back to the room finds its team's timer where it is;
with several rooms the beamer names the room it shows.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.clock.timers import Status, TimerState, clock_text, tone
from app.errors import DomainError
from app.jury import pitch_timers
from app.jury.running_order import Slot, running_order
from ui.beamer.beamer_source import PITCH, BeamerSource
from ui.beamer.pitch_show import show_pitch_on_beamer
from ui.storage.feed_bridge import tables_in
from ui.window.workspace import Workspace


class PitchRun(QObject):
    changed = Signal()  # the team on, the order or a timer changed: the tab shows it again

    def __init__(self, workspace: Workspace, source: BeamerSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.source = source
        self.room = ""  # the room whose order the beamer shows
        self._slots: list[Slot] = []
        self._states: dict[int, dict[tuple[str, str], TimerState]] = {}  # per team: its stored timers
        source.pitchStepped.connect(self._stepped)
        source.timerRequested.connect(self.advance)  # the timer key pressed on the beamer itself
        source.modeChanged.connect(lambda _mode: self.changed.emit())
        workspace.bridge.changed.connect(self._on_changes)
        self._reload()

    # -- what is on ----------------------------------------------------------
    @property
    def active(self) -> bool:
        """The beamer shows this run's pitches (not a pitch chosen on the programme page)."""
        source = self.source
        return source.mode == PITCH and source.pitch_timer == self.timer and source.view.isVisible()

    @property
    def several_rooms(self) -> bool:
        return len({slot.room for slot in self._slots}) > 1

    def first(self, room: str) -> int | None:
        """The team ``room``'s pitches (re)start with on the beamer."""
        return self._resume([s.team_id for s in self._slots if s.room == room and not s.absent])

    def elsewhere(self, now: datetime) -> list[tuple[str, int]]:
        """(room, team) of each team not on the beamer whose pitch or questions timer still runs."""
        on = self.current
        return [(slot.room, slot.team_id) for slot in self._slots
                if slot.team_id != on and self.clock(slot.team_id, now).status(now) in (Status.RUNNING, Status.OVERRUN)]

    def running(self) -> bool:
        """The team on the beamer has its pitch or questions timer running."""
        on, now = self.current, self._ws.timers.clock.now()
        return on is not None and self.clock(on, now).status(now) in (Status.RUNNING, Status.OVERRUN)

    @property
    def current(self) -> int | None:
        return self.source.team_id if self.active else None

    def present(self) -> list[int]:
        """The room's teams that pitch, in order (the team on now kept, even when just marked absent)."""
        on = self.current
        return [s.team_id for s in self._slots if s.room == self.room and (not s.absent or s.team_id == on)]

    def following(self) -> int | None:
        """The team after the one on (the first to pitch, before the pitches start)."""
        order = self.present()
        if self.current is None:
            return self._resume(order)
        later = order[order.index(self.current) + 1:] if self.current in order else []
        return later[0] if later else None

    def clock(self, team_id: int, now: datetime) -> pitch_timers.PitchClock:
        return pitch_timers.pitch_clock(self._states.get(team_id, {}), self._ws.template.jury, now)

    def timer(self, team_id: int, now: datetime) -> tuple[str, str, str]:
        """(label, countdown, tone) for the beamer and the tab."""
        shown = self.clock(team_id, now)
        status, remaining = shown.status(now), shown.remaining(now)
        label = self.tr("Pitch") if shown.part == pitch_timers.PITCH else self.tr("Questions")
        if status is Status.PAUSED:
            label = self.tr("{timer} (paused)").format(timer=label)
        return label, clock_text(remaining), tone(status, remaining)

    # -- what the facilitator does ---------------------------------------------
    def start(self, room: str) -> None:
        """Show the room's order on the beamer, from where the pitches were (the first team at first)."""
        order = [s.team_id for s in self._slots if s.room == room and not s.absent]
        first = self._resume(order)
        if first is None:
            raise DomainError("order_nobody_present", "no team of this room is present to pitch")
        self.room = room
        show_pitch_on_beamer(self.source, first, order, timer=self.timer, room=room if self.several_rooms else "")
        self.changed.emit()

    def step(self, delta: int) -> None:
        if self.active:
            self.source.step_pitch(delta)

    def advance(self) -> None:
        self._act(pitch_timers.advance)

    def start_pitch(self) -> None:
        self._act(pitch_timers.start_pitch)

    def start_questions(self) -> None:
        self._act(pitch_timers.start_questions)

    def _act(self, action) -> None:
        if self.current is not None:
            action(self._ws.timers, self._ws.event.id, self.current, self._ws.template.jury)

    # -- following the beamer and the feed ----------------------------------------
    def _stepped(self, left: int, arrived: int) -> None:
        if not self.active:
            return
        ws, jury = self._ws, self._ws.template.jury
        pitch_timers.leave(ws.timers, ws.event.id, left, jury)
        pitch_timers.come_back(ws.timers, ws.event.id, arrived, jury)
        self.source.pitch_order = self.present()
        self.changed.emit()

    def _on_changes(self, batch) -> None:
        tables = tables_in(batch)
        timed = {c.team_id for c in batch if c.table == "step_state"} & set(self._states)
        if tables & {"pitch_slot", "team"}:
            self._reload()
            if self.active:
                self.source.pitch_order = self.present()
                self.source.pitch_room = self.room if self.several_rooms else ""
        elif timed:
            for team_id in timed:
                self._states[team_id] = self._ws.timers.states(self._ws.event.id, team_id)
        else:
            return
        self.changed.emit()

    def _reload(self) -> None:
        ws = self._ws
        self._slots = running_order(ws.store, ws.event.id)
        if self.room not in {slot.room for slot in self._slots} and self._slots:
            self.room = self._slots[0].room
        self._states = {slot.team_id: ws.timers.states(ws.event.id, slot.team_id) for slot in self._slots}

    def _resume(self, order: list[int]) -> int | None:
        return pitch_timers.where_we_were(order, self._states)
