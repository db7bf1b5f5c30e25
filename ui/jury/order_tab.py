"""The jury page's "Running order" tab: the pitch order of each room, drawn by lot (the seed shown so
anyone can check it), edited by keyboard (Alt+Up / Alt+Down move, Space marks absent), checked against
the programme's pitch window, and run on the beamer (the "On the beamer" card, ``ui.jury.pitch_panel``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout, QWidget

from app.day.programme import programme_items
from app.jury import running_order as order
from app.jury.arrival import any_scores
from app.jury.awards import confirmed_at
from app.jury.order_rows import TeamLine, team_lines
from app.jury.pitch_window import fit_per_room, planned_starts
from ui.beamer.beamer_source import BeamerSource
from ui.beamer.pitch_show import bind_pitch_keys
from ui.common.keymap import bind, key_text
from ui.common.messages import attempt, confirm, message_line
from ui.common.widgets import ScrollSafeComboBox, label
from ui.jury.order_table import OrderTable
from ui.jury.pitch_panel import PitchPanel
from ui.jury.pitch_run import PitchRun
from ui.jury.questions import ask
from ui.storage.feed_bridge import tables_in
from ui.window.workspace import Workspace

IDEA_TABLES = {"team", "answer", "final_choice"}  # what the listed names and pitched ideas are read from
MAX_ROOMS = 8


class OrderTab(QWidget):
    def __init__(self, workspace: Workspace, beamer: BeamerSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.run = PitchRun(workspace, beamer, self)
        self._lines: dict[int, TeamLine] = {}
        self._stale: bool | None = None  # changed while hidden: refresh when shown (True: the teams' texts too)
        self._slots: list[order.Slot] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(8)
        column.addLayout(self._top_row())
        self.seed_label = label("", "muted", "drawSeed")
        self.seed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fit_label = label("", "muted", "fitWarning")
        column.addWidget(self.seed_label)
        column.addWidget(self.fit_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        left = QVBoxLayout()
        self.table = OrderTable(self.toggle_absent)
        self.table.setAccessibleName(self.tr("Pitch running order"))
        self.table.itemSelectionChanged.connect(self._show_buttons)
        left.addWidget(self.table, 1)
        left.addLayout(self._edit_row())
        self.error = message_line("orderError")
        left.addWidget(self.error)
        row.addLayout(left, 1)
        self.panel = PitchPanel(workspace, self.run, self._name, lambda: self.room)
        self.panel.start_button.clicked.connect(self.start_on_beamer)
        row.addWidget(self.panel)
        column.addLayout(row, 1)
        self._keys()
        bind_pitch_keys(self, beamer)  # PageDown / PageUp: the next or previous team, while the pitches are on
        self.run.changed.connect(lambda: self._when_shown(False) or self._show_order())
        workspace.bridge.changed.connect(self._on_changes)
        workspace.ticker.timeout.connect(self._tick)  # a method, not a lambda: the tick stops with the tab
        self.refresh(read_teams=True)

    def _tick(self) -> None:
        if self.isVisible():
            self.panel.show_state()

    # -- building ----------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Pitch running order"), "h3"))
        self.room_picker = ScrollSafeComboBox()
        self.room_picker.setObjectName("roomPicker")
        self.room_picker.setAccessibleName(self.tr("Room shown"))
        self.room_picker.activated.connect(lambda _i: self._show_order())
        row.addWidget(self.room_picker)
        row.addStretch(1)
        self.missing_button = self._button(self.tr("Add the teams not in the order"), "addMissing", self.add_missing)
        self.rooms_button = self._button(self.tr("Rooms…"), "setRooms", self.set_rooms)
        self.draw_button = self._button(self.tr("Draw by lot"), "drawOrder", self.draw)
        self.draw_button.setProperty("role", "primary")
        for button in (self.missing_button, self.rooms_button, self.draw_button):
            row.addWidget(button)
        return row

    def _edit_row(self) -> QVBoxLayout:
        row = QHBoxLayout()
        self.up_button = self._button(self.tr("Move up ({key})").format(key=key_text("juryOrderUp")), "moveUp", lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move down ({key})").format(key=key_text("juryOrderDown")), "moveDown", lambda: self.move(1))
        self.absent_button = self._button(self.tr("Absent (Space)"), "toggleAbsent", self.toggle_absent)
        for button in (self.up_button, self.down_button, self.absent_button):
            row.addWidget(button)
        self.move_room = ScrollSafeComboBox()
        self.move_room.setObjectName("moveToRoom")
        self.move_room.setAccessibleName(self.tr("Move the team to room"))
        self.move_room.activated.connect(self._move_to_room)
        self.move_room_label = label(self.tr("Room of this team:"), wrap=False)
        row.addStretch(1)
        rooms = QHBoxLayout()  # its own line (shown with several rooms): the buttons keep their room
        rooms.addWidget(self.move_room_label)
        rooms.addWidget(self.move_room)
        rooms.addStretch(1)
        both = QVBoxLayout()
        both.addLayout(row)
        both.addLayout(rooms)
        return both

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _keys(self) -> None:
        bind("juryOrderUp", self, lambda: self.move(-1))
        bind("juryOrderDown", self, lambda: self.move(1))
        bind("juryPitchTimer", self, self.run.advance)

    # -- reading -------------------------------------------------------------------
    def landing(self) -> QWidget:
        return self.table if self.table.rowCount() else self.draw_button

    def refresh(self, read_teams: bool = True) -> None:
        ws = self._ws
        self._stale = None
        if read_teams:
            self._lines = team_lines(ws.store, ws.event.id, ws.lang, ws.timers.clock.now())
        self._slots = order.running_order(ws.store, ws.event.id)
        rooms = order.rooms_of(self._slots)
        shown = self.room
        for picker in (self.room_picker, self.move_room):
            picker.blockSignals(True)
            picker.clear()
            for room in rooms:
                picker.addItem(room, room)
            picker.blockSignals(False)
        self.room_picker.setCurrentIndex(max(0, self.room_picker.findData(shown)))
        for widget in (self.room_picker, self.move_room, self.move_room_label):
            widget.setVisible(len(rooms) > 1)
        self._show_order()

    @property
    def room(self) -> str:
        """The room whose order is listed (and goes on the beamer)."""
        data = self.room_picker.currentData()
        return data if data is not None else self.run.room

    def _show_order(self) -> None:
        ws = self._ws
        items = programme_items(ws.store, ws.event.id)
        starts = planned_starts(ws.template, items, self._slots)
        rows = []
        for slot in (s for s in self._slots if s.room == self.room):
            line = self._lines.get(slot.team_id)
            if line is None:
                continue
            at = self._time(starts[slot.team_id]) if slot.team_id in starts else ""
            team = "\n".join(text for text in (self._name(slot.team_id), line.challenge) if text)
            texts = (str(slot.position), at, team, line.idea or self.tr("(no idea chosen yet)"), self.tr("absent") if slot.absent else "")
            if slot.team_id == self.run.current:  # the team on the beamer now
                texts = (f"▶ {texts[0]}",) + texts[1:]
            rows.append((slot.team_id, texts, slot.absent))
        self.table.fill(rows, ws.theme.muted)
        if self.table.currentRow() < 0 and rows:
            self.table.setCurrentCell(0, 2)
        self.missing_button.setVisible(bool(self._slots) and bool(set(self._lines) - {s.team_id for s in self._slots}))
        self.seed_label.setText(self._seed_text())
        self._show_fit(items)
        self._show_buttons()
        self.panel.show_state()

    def _seed_text(self) -> str:
        drawn = order.draws(self._ws.store, self._ws.event.id).get(self.room)
        if not self._slots:
            return self.tr("No running order yet: draw it by lot.")
        if drawn is None:
            return self.tr("This room's order was not drawn by lot.")
        at = self._time(datetime.fromisoformat(drawn["at"]))
        return self.tr("Drawn by lot at {time} with seed {seed}. Anyone can check it: the team numbers, sorted, shuffled "
                       "with Python's random.Random({seed}).shuffle.").format(time=at, seed=drawn["seed"])

    def _show_fit(self, items) -> None:
        fits = fit_per_room(self._ws.template, items, self._slots)
        wrong = [fit for fit in fits if not fit.fits]
        lines = [self._fit_text(fit) for fit in (wrong or fits)]
        self.fit_label.setProperty("role", "error" if wrong else "muted")
        self.fit_label.style().unpolish(self.fit_label)
        self.fit_label.style().polish(self.fit_label)
        self.fit_label.setText("\n".join(lines))
        self.fit_label.setVisible(bool(lines))

    def _fit_text(self, fit) -> str:
        if fit.window_minutes is None:
            text = self.tr("The programme has no item at {time} for the pitches: the order cannot be checked against it.").format(
                time=self._ws.template.jury.pitches_at)
        elif fit.fits:
            text = self.tr("{teams} teams need {needed} minutes; the window {start}–{end} has {window}: it fits.")
        else:
            text = self.tr("{teams} teams need {needed} minutes, the window {start}–{end} has {window}.")
        if fit.window_minutes is not None:
            text = text.format(teams=fit.teams, needed=fit.needed_minutes, start=self._time(fit.start), end=self._time(fit.end),
                               window=fit.window_minutes)
        return f"{fit.room}: {text}" if fit.room else text

    def _show_buttons(self) -> None:
        team = self.table.selected_team()
        slot = next((s for s in self._slots if s.team_id == team), None)
        self.up_button.setEnabled(slot is not None and slot.position > 1)
        self.down_button.setEnabled(slot is not None and any(s.room == slot.room and s.position > slot.position for s in self._slots))
        self.absent_button.setEnabled(slot is not None)
        self.absent_button.setText(self.tr("Present again (Space)") if slot is not None and slot.absent else self.tr("Absent (Space)"))
        if slot is not None:
            self.move_room.setCurrentIndex(max(0, self.move_room.findData(slot.room)))

    def _on_changes(self, batch) -> None:
        tables = tables_in(batch)
        if tables & (IDEA_TABLES | {"pitch_slot", "jury_setting", "programme_item"}):
            read_teams = bool(tables & IDEA_TABLES)
            if not self._when_shown(read_teams):
                self.refresh(read_teams)

    def _when_shown(self, read_teams: bool) -> bool:
        """Hidden (another page or tab is on): remember to refresh when shown, and say so."""
        if self.isVisible():
            return False
        self._stale = bool(self._stale) or read_teams
        return True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale is not None:
            self.refresh(self._stale)

    def _name(self, team_id: int) -> str:
        line = self._lines.get(team_id)
        if line is None:
            return ""
        return line.name or self.tr("Team {number}").format(number=line.number)

    def _time(self, moment: datetime) -> str:
        return moment.astimezone(self._ws.zone).strftime("%H:%M")

    # -- actions (each keeps the focus on the order) ----------------------------------------
    def draw(self) -> None:
        question = self.tr("The running order was drawn already. Draw a new order by lot for every room? The present order is replaced.")
        if any_scores(self._ws.store, self._ws.event.id):
            question = self.tr("Scores have arrived already: the jurors' kits list the present order. Draw a new order by lot for "
                               "every room? The present order is replaced; the kits then list the old order until they are exported again.")
        if self._slots and not confirm(self, self.tr("Draw again"), question):
            return
        self._do(lambda: order.draw(self._ws.store, self._ws.event.id))
        if self.table.rowCount():
            self.table.setCurrentCell(0, 2)

    def move(self, delta: int) -> None:
        team = self.table.selected_team()
        if team is not None:
            self._do(lambda: order.move(self._ws.store, self._ws.event.id, team, delta))

    def toggle_absent(self) -> None:
        team = self.table.selected_team()
        slot = next((s for s in self._slots if s.team_id == team), None)
        if slot is None:
            return
        confirmed = False
        if not slot.absent and confirmed_at(self._ws.store, self._ws.event.id) is None:  # confirmed winners: the rule refuses
            jurors = order.jurors_who_scored(self._ws.store, team)
            if jurors and not ask(self, "absentScoredQuestion", self.tr("Mark absent"), self._absent_question(jurors, team)):
                self.table.setFocus()
                return
            confirmed = bool(jurors)
        self._do(lambda: order.set_absent(self._ws.store, self._ws.event.id, team, not slot.absent, confirmed))

    def _absent_question(self, jurors: int, team: int) -> str:
        if jurors == 1:
            text = self.tr("1 juror has scored {team} already. Marking it absent takes the team out of the results. Continue?")
        else:
            text = self.tr("{count} jurors have scored {team} already. Marking it absent takes the team out of the results. Continue?")
        return text.format(count=jurors, team=self._name(team))

    def add_missing(self) -> None:
        self._do(lambda: order.add_missing(self._ws.store, self._ws.event.id))

    def set_rooms(self) -> None:
        count, ok = QInputDialog.getInt(self, self.tr("Rooms"), self.tr("In how many rooms do the teams pitch at the same time?"),
                                        max(1, len(order.rooms_of(self._slots))), 1, MAX_ROOMS)
        if not ok:
            return
        names = [self.tr("Room {number}").format(number=n) for n in range(1, count + 1)] if count > 1 else []
        self._do(lambda: order.set_rooms(self._ws.store, self._ws.event.id, names))

    def _move_to_room(self, index: int) -> None:
        team, room = self.table.selected_team(), self.move_room.itemData(index)
        if team is not None:
            self._do(lambda: order.move_to_room(self._ws.store, self._ws.event.id, team, room))

    def start_on_beamer(self) -> None:
        if self.panel.may_start(self.room) and attempt(self.error, lambda: self.run.start(self.room)):
            self.panel.show_state()
        self.table.setFocus()

    def _do(self, action) -> None:
        attempt(self.error, action)
        self.refresh(read_teams=False)
        self.table.setFocus()
