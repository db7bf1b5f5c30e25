"""One open event: header, phase stepper, step navigator and the page of the chosen place."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.day.navigation import (
    Move,
    leave_step,
    on_back,
    on_next,
    phase_entry,
    through_gate,
)
from app.day.programme import programme_items
from app.errors import DomainError
from app.event.teams import TeamView, add_team, team_views
from ui.clock.timer_watch import TimerWatch
from ui.common.idle_save import typing_in
from ui.common.messages import tell
from ui.common.preferences import Preferences
from ui.day.challenge_page import ChallengePage
from ui.day.navigator import NavigatorToggle, StepNavigator
from ui.day.step_page import StepPage
from ui.day.stepper import PhaseStepper
from ui.event.team_page import TeamPage
from ui.storage.feed_bridge import touches
from ui.window.event_header import EventHeader, event_choice
from ui.window.places import PAGE_KEYS, build_page
from ui.window.workspace import Workspace


class EventView(QWidget):
    """Everything below the menu bar while an event is open."""

    eventChosen = Signal(int)

    def __init__(self, workspace: Workspace, events: list, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventView")
        self._ws = workspace
        self.workspace = workspace
        self._prefs = prefs
        self._teams: list[TeamView] = []
        self._team_id: int | None = None
        self._pending_team: int | None = None  # just added: shown once the feed brings it
        self._beamer = None
        self._place: tuple = ("team",)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._header(events))
        self.stepper = PhaseStepper(workspace.template, workspace.lang)
        self.stepper.phaseChosen.connect(self._show_phase)
        self._show_phase_times()
        stepper_row = QWidget()
        stepper_row.setObjectName("page")
        row = QHBoxLayout(stepper_row)
        row.setContentsMargins(16, 4, 16, 4)
        self.navigator = StepNavigator(workspace.template, workspace.lang)
        self.navigator.setFixedWidth(340)
        self.navigator.placeChosen.connect(self.go_to)
        row.addWidget(self.stepper)
        column.addWidget(stepper_row)

        body = QHBoxLayout()
        body.setContentsMargins(16, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigator)
        self.navigator_toggle = NavigatorToggle(self.navigator, prefs)
        row.insertWidget(0, self.navigator_toggle)
        self.pages = QStackedWidget()
        self._built: dict[str, QWidget] = {}  # pages are built when first shown: start-up stays quick
        body.addWidget(self.pages, 1)
        column.addLayout(body, 1)

        workspace.bridge.changed.connect(self._on_changes)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.watch = TimerWatch(workspace, self)  # the end sound, whatever page is shown
        self._load_teams()
        remembered = prefs.get_int("team_id")
        first = remembered if any(t.id == remembered for t in self._teams) else (self._teams[0].id if self._teams else None)
        self.choose_team(first, restore_page=True)

    def _header(self, events: list) -> QWidget:
        event, details = self._ws.event, self._ws.details
        choices = [(event_choice(summary.name, summary.day), summary.id) for summary in events] if len(events) > 1 else None
        header = EventHeader(details, choices)
        self.event_picker = header.event_picker  # None with one event: the Go menu then has nothing to choose
        if self.event_picker is not None:
            self.event_picker.setCurrentIndex(self.event_picker.findData(event.id))
        header.eventChosen.connect(self.eventChosen)
        header.teamPicked.connect(self._picked_team)
        header.identityPicked.connect(self._set_identity)
        header.addTeamClicked.connect(lambda: self.add_team())
        self.team_picker, self.identity_picker = header.team_picker, header.identity_picker
        return header

    def _fill_identity(self) -> None:
        team = self.current_team()
        chosen = self._prefs.get_int("identity")
        self.identity_picker.blockSignals(True)
        self.identity_picker.clear()
        self.identity_picker.addItem(self.tr("the team (shared laptop)"), None)
        for member in team.members if team else ():
            self.identity_picker.addItem(member.name, member.id)
        index = self.identity_picker.findData(chosen)
        self.identity_picker.setCurrentIndex(max(0, index))
        if chosen is not None and index < 0:
            self._prefs.set("identity", None)  # that member is not in this team
        self.identity_picker.blockSignals(False)

    def _set_identity(self, member_id: int | None) -> None:
        self._prefs.set("identity", member_id)
        self._show(self._place)
        self.land_focus()

    def _picked_team(self, team_id: int | None) -> None:
        self.choose_team(team_id)
        self.land_focus()

    def add_team(self) -> None:
        """A new team (of the first challenge until chosen otherwise), opened on its team page.
        The first team comes from the team page's empty state, with the name typed there."""
        if not self._teams:
            self.team_page.make_first_team()
            return
        first = self._ws.template.challenges[0].key
        try:
            self._pending_team = add_team(self._ws.store, self._ws.event.id, first)
        except DomainError as error:
            tell(self, error)

    def _await_team(self, team_id: int) -> None:
        self._pending_team = team_id  # opened when the feed brings it

    # -- state ---------------------------------------------------------------
    def current_team(self) -> TeamView | None:
        return next((t for t in self._teams if t.id == self._team_id), None)

    def _load_teams(self) -> None:
        self._teams = team_views(self._ws.store, self._ws.event.id, self._ws.template)
        self.team_picker.blockSignals(True)
        self.team_picker.clear()
        for team in self._teams:
            challenge = self._ws.template.challenge(team.challenge_key).number if team.challenge_key else "–"
            self.team_picker.addItem(f"{team.label(self.tr('Team'))}  ·  C{challenge}", team.id)
        self.team_picker.setCurrentIndex(self.team_picker.findData(self._team_id))
        self.team_picker.blockSignals(False)

    def choose_team(self, team_id: int | None, restore_page: bool = False, stay: bool = False) -> None:
        """``stay``: the page shown stays (a facilitator's page where the first teams were just formed)."""
        self._team_id = team_id
        self._prefs.set("team_id", team_id)
        self.watch.follow(self.current_team())
        self.team_picker.setCurrentIndex(self.team_picker.findData(team_id))
        self._fill_identity()
        if stay:
            return
        team = self.current_team()
        restored = self._restored_place() if restore_page else None
        if restored is not None:
            self._show(restored)
        elif team is not None and team.current_step:
            self._show(("step", team.current_step))
        else:
            self._show(("team",))

    def _restored_place(self) -> tuple | None:
        """Where the window was when it last ran (a step looked at too), as the first frame drew it."""
        page, key, template = self._prefs.get("page"), self._prefs.get("place"), self._ws.template
        keys = {"step": {step.key for step in template.steps()}, "gate": {phase.key for phase in template.phases}}
        if page in ("challenge", "team") or page in PAGE_KEYS:
            return (page,)
        return (page, key) if key in keys.get(page, ()) and self.current_team() is not None else None

    # -- navigation ----------------------------------------------------------
    def go_to(self, place: tuple) -> None:
        """Show a place; looking at a step does not move the team."""
        self._show(place)

    def back(self) -> None:
        self._follow(on_back(self._ws.template, self._viewed_step(), self._team_step()))

    def next(self) -> None:
        self._follow(on_next(self._ws.template, self._viewed_step(), self._team_step(), self._place[1] if self._place[0] == "gate" else None))

    def move_team_here(self) -> None:
        viewed = self._viewed_step()
        if viewed is not None:
            self._follow(Move(viewed, moves_team=True))

    def _follow(self, move: Move | None) -> None:
        team = self.current_team()
        if move is None or team is None:
            return
        if move.gate is not None:
            self._show(("gate", move.gate))
            self.land_focus()
            return
        if move.moves_team and move.show != team.current_step:
            # Leaving a step stops its timer; the feed then refreshes every view.
            try:
                leave_step(self._ws.timers, self._ws.event.id, team.id, team.current_step, move.show, self._ws.template)
            except DomainError as error:  # the team stays where it was
                tell(self, error)
                return
            self._teams = [replace(t, current_step=move.show) if t.id == team.id else t for t in self._teams]
        self._show(("step", move.show) if move.show else ("team",))
        self.land_focus()

    def _show_phase(self, phase_key: str) -> None:
        """A phase on the stepper: where to look in it (app.day.navigation decides)."""
        self.go_to(("step", phase_entry(self._ws.template, phase_key, self._team_step())))

    def _viewed_step(self) -> str | None:
        if self._place[0] == "gate":
            return None
        return self._place[1] if self._place[0] == "step" else None

    def _team_step(self) -> str | None:
        team = self.current_team()
        return team.current_step if team else None

    def land_focus(self) -> None:
        """Focus on the page just shown (its work surface or its text), not on a control left over:
        after Next, Back, "Move the team here" or another team, no key presses a button by surprise."""
        page = self.pages.currentWidget()
        if page is not None:
            landing = getattr(page, "landing", None)
            (landing() if landing is not None else page).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, place: tuple) -> None:
        focused = QApplication.focusWidget()
        self._show_place(place)
        if focused is not None and self.pages.isAncestorOf(focused) and QApplication.focusWidget() is not focused:
            self.land_focus()  # the focused control went with the old page: Qt would pick another one

    def _focus_moved(self, old, new) -> None:
        """A control that disappears or is disabled under the focus (a reveal button after the reveal,
        a row rebuilt, the card of a member removed) passes it to the next control in the window: a
        header picker, an unrelated button. The page takes it instead."""
        if new is not None and old is not None and self.pages.isAncestorOf(old) and not (old.isVisible() and old.isEnabled()):
            self.land_focus()

    def _show_place(self, place: tuple) -> None:
        self._place = place
        self._prefs.set("page", place[0])
        self._prefs.set("place", place[1] if len(place) > 1 else None)
        team = self.current_team()
        template = self._ws.template
        self.navigator.show_place(place, team.current_step if team else None)
        self.stepper.set_current_step(team.current_step if team else None)
        if place[0] == "gate":
            self._page("gate").show_gate(place[1], team)
            self.pages.setCurrentWidget(self._page("gate"))
        elif place[0] in PAGE_KEYS:
            self._page(place[0]).refresh()
            self.pages.setCurrentWidget(self._page(place[0]))
        elif place[0] == "challenge":
            self.challenge_page.show_challenge(template.challenge(team.challenge_key) if team and team.challenge_key else None)
            self.pages.setCurrentWidget(self.challenge_page)
        elif place[0] == "team":
            self.team_page.show_team(team)
            self.pages.setCurrentWidget(self.team_page)
        else:
            self.step_page.show_step(template.step(place[1]), team)
            self.pages.setCurrentWidget(self.step_page)

    def _page(self, kind: str) -> QWidget:
        if kind not in self._built:
            if kind == "gate":
                from ui.outcomes.gate_page import GatePage

                page = GatePage(self._ws)
                page.backRequested.connect(self._back_from_gate)
                page.onRequested.connect(lambda phase: self._follow(through_gate(self._ws.template, phase)))
            elif kind in PAGE_KEYS:  # a facilitator's page: its module loaded when first opened
                page = build_page(kind, self._ws, self.beamer)
                if hasattr(page, "teamOpened"):  # a page listing teams (the dashboard) opens one
                    page.teamOpened.connect(self._picked_team)
            elif kind == "challenge":
                page = ChallengePage(self._ws)
            elif kind == "team":
                page = TeamPage(self._ws)
                page.startRequested.connect(self.next)
                page.teamMade.connect(self._await_team)
            else:
                page = StepPage(self._ws)
                page.backRequested.connect(self.back)
                page.nextRequested.connect(self.next)
            self.pages.addWidget(page)
            self._built[kind] = page
        return self._built[kind]

    def _back_from_gate(self) -> None:
        if self._team_step():
            self._show(("step", self._team_step()))
            self.land_focus()

    @property
    def beamer(self):
        """The beamer view and what it shows (a BeamerSource); made on first use, kept while the event is open."""
        if self._beamer is None:
            from ui.beamer.beamer import BeamerView
            from ui.beamer.beamer_source import BeamerSource

            self._beamer = BeamerSource(self._ws, BeamerView(), self)
            self._beamer.said.connect(lambda text: self.window().statusBar().showMessage(text, 8000))
        return self._beamer

    @property
    def programme_page(self):
        return self._page("programme")

    @property
    def challenge_page(self) -> ChallengePage:
        return self._page("challenge")

    @property
    def team_page(self) -> TeamPage:
        return self._page("team")

    @property
    def step_page(self) -> StepPage:
        return self._page("step")

    def flush_edits(self) -> None:
        """Write what is being typed (the window closes, the language or the event changes)."""
        if "team" in self._built:
            self.team_page.flush_edits()
        if "step" in self._built:
            self.step_page.work_area.flush_edits()
        for page in (self._built[key] for key in PAGE_KEYS & self._built.keys() if hasattr(self._built[key], "flush_edits")):
            page.flush_edits()  # a facilitator's page with typing of its own (the event editor)

    def active_timer(self):
        """The timer panel in view, if any (the keyboard's timer shortcuts act on it)."""
        if self._place[0] == "step" and "step" in self._built and self.step_page.timer_panel.target is not None:
            page = self.step_page
            return page.compact_timer if page.compact_timer.isVisibleTo(page) else page.timer_panel
        if self._place[0] == "programme" and self.programme_page.timer_panel.target is not None:
            return self.programme_page.timer_panel
        return None

    def close_beamer(self) -> None:
        if self._beamer is not None:
            self._beamer.view.close()

    @property
    def place(self) -> tuple:
        return self._place

    def _show_phase_times(self) -> None:
        items = programme_items(self._ws.store, self._ws.event.id)
        self.stepper.set_times({phase.key: self._ws.phase_times(phase, items) for phase in self._ws.template.phases})

    def _on_changes(self, batch) -> None:
        """The one listener of this event's screens: reload the teams, then refresh what shows."""
        if touches(batch, {"event"}) and self._ws.follow_event():  # edited: its steps, minutes and name as stored now
            self.navigator.set_template(self._ws.template, self._place, self._team_step())
            self.findChild(QWidget, "eventTitle").setText(self._ws.details)
        if touches(batch, {"programme_item"}):
            self._show_phase_times()
        if not touches(batch, {"team", "member", "team_role"}):
            return
        before = self._team_step()
        self._load_teams()
        self.watch.follow(self.current_team())
        if self._pending_team is not None and any(t.id == self._pending_team for t in self._teams):
            new_team, self._pending_team = self._pending_team, None
            self.choose_team(new_team)  # a new team has no step yet: its team page opens
            return
        team = self.current_team()
        if team is None:
            if self._teams:
                self.choose_team(self._teams[0].id, stay=self._place[0] in PAGE_KEYS)
            return
        if not touches(batch, {"team", "member", "team_role"}, team.id):
            return
        self._fill_identity()
        if self._place == ("step", before) and team.current_step != before and not typing_in(self.step_page):
            # Whoever was watching the team's step follows the team (moved here or on another laptop);
            # someone typing stays with their text (the banner then says where the team is).
            self._show(("step", team.current_step) if team.current_step else ("team",))
            if isinstance(QApplication.focusWidget(), QAbstractButton) and self.pages.isAncestorOf(QApplication.focusWidget()):
                self.land_focus()  # a button's meaning changed with the step ("Next: …"); typing keeps its field
        else:
            self._show(self._place)
