"""What the beamer shows: the programme, a plenary timer, one team's step or one team's pitch — as frames.

Keeps what it needs from the database (programme, announcement, timers, teams) and reloads it
only when the change feed says so; each tick turns it into a frame with the clock's time.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.clock.timers import Status, TimerState, clock_text, tone
from app.day.navigation import next_step
from app.day.programme import moment, programme_items
from app.event.events import get_event
from app.event.teams import team_views
from app.export.dossier_data import TeamDossier
from app.export.snapshot import team_dossier
from ui.beamer.beamer import BeamerFrame, BeamerView
from ui.clock.timer_panel import TimerTarget, plenary_target, shown_state, step_target
from ui.race.race_screen import RaceScreen
from ui.storage.feed_bridge import tables_in
from ui.window.workspace import Workspace

PROGRAMME, PLENARY, TEAM, RACE, PITCH, REVEAL, DASHBOARD = "programme", "plenary", "team", "race", "pitch", "reveal", "dashboard"
RACE_TABLES = {"note", "race_count", "step_state", "team"}


class BeamerSource(QObject):
    modeChanged = Signal(str)
    said = Signal(str)  # a short note for the facilitator's window (e.g. the last team's pitch is shown)
    pitchStepped = Signal(int, int)  # PageDown / PageUp moved the pitch from one team to another (ids)
    timerRequested = Signal()  # the jury pitch's timer key pressed on the beamer itself

    def __init__(self, workspace: Workspace, view: BeamerView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.view = view
        self.mode = PROGRAMME
        self.team_id: int | None = None
        self.plenary_item_id: int | None = None
        self._race: RaceScreen | None = None
        self.pitch_order: list[int] = []  # the teams PageDown / PageUp step through (the jury's running order)
        self._pitch: TeamDossier | None = None
        self.pitch_timer = None  # during the jury's pitches: (team id, now) -> (label, countdown, tone) | None
        self.pitch_room = ""  # during the jury's pitches with several rooms: the room shown
        self.reveal = None  # the reveal's card on show (ui.jury.reveal_slide.RevealCard), set by the jury's Reveal tab
        self.dashboard = None  # during the dashboard: now -> its slide (ui.dashboard.dashboard_beamer.DashboardSlide)
        view.stepRequested.connect(self.step_pitch)
        view.timerRequested.connect(self.timerRequested)
        self._reload({"programme_item", "event", "step_state", "team"})
        workspace.bridge.changed.connect(self._on_changes)
        workspace.ticker.timeout.connect(self.tick)

    def show(self, mode: str, team_id: int | None = None, plenary_item_id: int | None = None, order: list[int] | None = None,
             timer=None, reveal=None, room: str = "", dashboard=None) -> None:
        """Show ``mode``; for PITCH, ``team_id``'s pitch, with ``order`` the teams to step through
        (None: every team in number order), ``timer`` the countdown beside it and ``room`` the room's
        name (the jury's pitches); for REVEAL, the card ``reveal``; for DASHBOARD, ``dashboard`` makes its slide."""
        changed = mode != self.mode
        self.mode, self.team_id, self.plenary_item_id = mode, team_id, plenary_item_id
        self.pitch_timer = timer if mode == PITCH else None
        self.pitch_room = room if mode == PITCH and timer is not None else ""
        if changed:
            self.modeChanged.emit(mode)
        self.reveal = reveal if mode == REVEAL else None
        self.dashboard = dashboard if mode == DASHBOARD else None
        if mode == PITCH:
            self.pitch_order = list(order) if order is not None else list(self._teams)
        self._reload({"step_state"} | (RACE_TABLES if mode == RACE else set()))
        self._load_pitch()
        self.tick()

    def step_pitch(self, delta: int) -> None:
        """The next (+1) or previous (-1) team's pitch in the order; at either end it stays."""
        if self.mode != PITCH or self.team_id not in self.pitch_order:
            return
        index = min(max(self.pitch_order.index(self.team_id) + delta, 0), len(self.pitch_order) - 1)
        if self.pitch_order[index] != self.team_id:
            left, self.team_id = self.team_id, self.pitch_order[index]
            self._load_pitch()
            self.pitchStepped.emit(left, self.team_id)
            self.tick()
        elif delta > 0:
            self.said.emit(self.tr("This is the last team's pitch."))
        else:
            self.said.emit(self.tr("This is the first team's pitch."))

    def _load_pitch(self) -> None:
        """The shown team's pitch, read into plain data (the same as the PDFs')."""
        ws = self._ws
        shown = self.mode == PITCH and self.team_id in self._teams
        self._pitch = team_dossier(ws.store, ws.event.id, self.team_id, ws.lang, ws.timers.clock.now()) if shown else None

    def _on_changes(self, batch) -> None:
        tables = tables_in(batch)  # a resync (reconnected): every table
        if self.mode == PITCH and tables == {"step_state"}:  # a timer: only the countdown changes
            self.tick()
            return
        if self.mode == PITCH and (tables & {"team", "event", "member"} or any(c.team_id == self.team_id for c in batch)):
            self._reload(tables)
            self._load_pitch()
            self.tick()
            return
        if tables & {"programme_item", "event", "step_state", "team"} or (self.mode == RACE and tables & RACE_TABLES):
            self._reload(tables)
            self.tick()

    def _reload(self, tables: set[str]) -> None:
        ws = self._ws
        if tables & {"programme_item", "event"}:
            self._items = programme_items(ws.store, ws.event.id)
            self._announcement = get_event(ws.store, ws.event.id).announcement
        if "team" in tables:
            self._teams = {team.id: team for team in team_views(ws.store, ws.event.id, ws.template)}
        if tables & {"step_state", "team"}:
            owner = self.team_id if self.mode == TEAM else None
            self._states = ws.timers.states(ws.event.id, owner)
        if self.mode == RACE and tables & RACE_TABLES:
            self._race = RaceScreen.read(ws, list(self._teams.values()), self.tr("Team"))

    def tick(self) -> None:
        if self.mode == RACE and self._race is not None and self._race.stale(self._ws.timers.clock.now()):
            self._reload(RACE_TABLES)
        if self.view.isVisible():
            self.view.show_frame(self.frame(self._ws.timers.clock.now()))

    def frame(self, now: datetime) -> BeamerFrame:
        base = BeamerFrame(clock=now.astimezone(self._ws.zone).strftime("%H:%M"), announcement=self._announcement)
        if self.mode == RACE and self._race is not None:
            return self._race.frame(base, now)
        if self.mode == PITCH and self._pitch is not None:
            timer = self.pitch_timer(self.team_id, now) if self.pitch_timer else None
            return BeamerFrame(pitch=self._pitch, pitch_timer=timer, pitch_room=self.pitch_room if timer else "")
        if self.mode == REVEAL and self.reveal is not None:
            return BeamerFrame(reveal=self.reveal)
        if self.mode == DASHBOARD and self.dashboard is not None:
            return BeamerFrame(clock=base.clock, dashboard=self.dashboard(now))
        if self.mode == TEAM and self.team_id in self._teams:
            return self._team_frame(base, now)
        if self.mode == PLENARY and self._plenary_item() is not None:
            return self._plenary_frame(base, now)
        return self._programme_frame(base, now)

    # -- the three kinds of frame ----------------------------------------------
    def _programme_frame(self, base: BeamerFrame, now: datetime) -> BeamerFrame:
        at = moment(self._items, now)
        heading = self._title(at.current) if at.current else self._ws.event.name
        if at.next is not None:
            left = (at.next.starts_at - now).total_seconds()
            countdown, tone = clock_text(left), ("last" if left <= 60 else "normal")
        else:  # nothing left to count down to: the time of day, large (and not twice)
            countdown, tone, base = base.clock, "idle", BeamerFrame(**{**base.__dict__, "clock": ""})
        return BeamerFrame(**{**base.__dict__, "heading": heading, "countdown": countdown, "tone": tone, "next_line": self._next_line(at.next)})

    def _plenary_frame(self, base: BeamerFrame, now: datetime) -> BeamerFrame:
        item = self._plenary_item()
        target = self.plenary_target(item)
        return self._timer_frame(base, now, target, self._title(item), "", self._next_line(moment(self._items, item.starts_at).next))

    def _team_frame(self, base: BeamerFrame, now: datetime) -> BeamerFrame:
        team = self._teams[self.team_id]
        label = team.label(self.tr("Team"))
        if team.current_step is None:
            return BeamerFrame(**{**base.__dict__, "heading": label, "instruction": self.tr("Introductions and roles")})
        step = self._ws.template.step(team.current_step)
        target = step_target(self._ws, team.id, step)
        following = next_step(self._ws.template, step.key)
        next_line = self.tr("Next: {title}").format(title=self._ws.t(self._ws.template.step(following).title)) if following else ""
        heading = f"{label} · {self._ws.t(step.title)}"
        return self._timer_frame(base, now, target, heading, self._ws.t(step.instruction), next_line)

    def _timer_frame(self, base, now, target: TimerTarget, heading, instruction, next_line) -> BeamerFrame:
        index, state = shown_state(target, self._states)
        if len(target.plan) > 1:
            heading += f" — {target.part_titles[index]}"
        remaining, status = state.remaining(now), state.status(now)
        if status is Status.PAUSED:
            heading += "  " + self.tr("(paused)")
        return BeamerFrame(
            **{**base.__dict__, "heading": heading, "instruction": instruction, "countdown": clock_text(remaining),
               "tone": tone(status, remaining), "next_line": next_line}
        )

    # -- helpers -----------------------------------------------------------------
    def plenary_target(self, item) -> TimerTarget:
        return plenary_target(self._ws, self._items, item, self._title(item))

    def _plenary_item(self):
        return next((item for item in self._items if item.id == self.plenary_item_id), None)

    def _title(self, item) -> str:
        return item.title_en if self._ws.lang == "en" else item.title_nl

    def _next_line(self, item) -> str:
        if item is None:
            return ""
        when = item.starts_at.astimezone(self._ws.zone).strftime("%H:%M")
        return self.tr("Next at {time} · {title}").format(time=when, title=self._title(item))

    @property
    def items(self):
        return self._items

    @property
    def states(self) -> dict[tuple[str, str], TimerState]:
        return self._states
