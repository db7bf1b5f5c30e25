"""The facilitator's page: the day's programme, every team's slip, plenary timers and the beamer."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.day.programme import (
    day_shift_minutes,
    done_with_the_day,
    item_end,
    moment,
    plenary_to_time,
    set_announcement,
    slip_seconds,
    step_seconds_used,
)
from app.errors import DomainError
from app.event.teams import team_views
from app.outcomes.feedback import feedback
from ui.beamer.beamer import screens
from ui.common import text_size
from ui.beamer.beamer_source import PITCH, PLENARY, PROGRAMME, RACE, TEAM, BeamerSource
from ui.beamer.pitch_show import bind_pitch_keys
from ui.beamer.feedback_view import FeedbackView
from ui.clock.timer_panel import TimerPanel
from ui.common.messages import message_for
from ui.common.widgets import ScrollSafeComboBox, card, label, scrolling_page
from ui.day.day_shift import ShiftRow
from ui.day.programme_marks import fixed_marked, lock_colour
from ui.day.slip_words import slip_warns, slip_words
from ui.race.race_card import race_card
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace

FEEDBACK_TABLES = {"answer", "selection", "note", "cluster", "vote", "knelpunt", "step_state", "team"}
ROW_HEIGHT = 30
AUTO_SCREEN = -1
SLIP_REFRESH_MS = 5000  # the slip changes by the minute: no need to recompute it every tick


class ProgrammePage(QWidget):
    def __init__(self, workspace: Workspace, beamer: BeamerSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmePage")
        self._ws = workspace
        self._beamer = beamer
        bind_pitch_keys(self, beamer)  # PageDown / PageUp: the next or previous team's pitch
        self._teams = []
        self._current_row: int | None = None
        self._listed: tuple | None = None
        self.feedback: FeedbackView | None = None  # made when the facilitator first opens it
        column = scrolling_page(self)
        self._scroll = self.findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)

        column.addWidget(label(self.tr("PROGRAMME AND BEAMER"), "eyebrow"))
        self.now_label = label("", "h2", "programmeNow")
        self.next_label = label("", "lead", "programmeNext")
        column.addWidget(self.now_label)
        column.addWidget(self.next_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self._programme_card())
        left.addWidget(self._teams_card())
        row.addLayout(left, 1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self._plenary_card())
        right.addWidget(self._beamer_card())
        self.race_card = race_card(workspace, self._show_race)
        if self.race_card is not None:
            right.addWidget(self.race_card)
        right.addStretch(1)
        row.addLayout(right)
        column.addLayout(row)
        column.addStretch(1)

        self._slip_timer = QTimer(self)
        self._slip_timer.setInterval(SLIP_REFRESH_MS)
        self._slip_timer.timeout.connect(lambda: self.isVisible() and self.refresh_times())  # only while in view
        self._slip_timer.start()
        workspace.bridge.changed.connect(self._on_changes)
        self.refresh()

    # -- building ------------------------------------------------------------
    def _programme_card(self) -> QWidget:
        frame, layout = card("programmeCard")
        layout.addWidget(label(self.tr("Programme"), "h3"))
        self.programme_list = QListWidget()
        self.programme_list.setObjectName("programmeList")
        self.programme_list.setAccessibleName(self.tr("Programme of the day"))
        self.programme_list.setMinimumHeight(300)
        layout.addWidget(self.programme_list)
        self.shift_row = ShiftRow(self._ws)
        layout.addWidget(self.shift_row)
        return frame

    def _teams_card(self) -> QWidget:
        frame, layout = card("slipCard")
        layout.addWidget(label(self.tr("Teams against the programme"), "h3"))
        self.slip_table = QTableWidget(0, 3)
        self.slip_table.setObjectName("slipTable")
        self.slip_table.setAccessibleName(self.tr("Teams against the programme"))
        self.slip_table.setHorizontalHeaderLabels([self.tr("Team"), self.tr("Step"), self.tr("Schedule")])
        self.slip_table.verticalHeader().setVisible(False)
        self.slip_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.slip_table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        # The page follows the arrows: ensureWidgetVisible shows a focused table's current cell.
        self.slip_table.currentCellChanged.connect(lambda *_: self.slip_table.hasFocus() and self._scroll.ensureWidgetVisible(self.slip_table))
        self.slip_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # team and step share the room
        self.slip_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.slip_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a long step wraps
        self.slip_table.setMinimumHeight(230)
        layout.addWidget(self.slip_table)
        return frame

    def _plenary_card(self) -> QWidget:
        frame, layout = card("plenaryCard")
        layout.addWidget(label(self.tr("Plenary timer"), "h3"))
        self.plenary_picker = ScrollSafeComboBox()
        self.plenary_picker.setObjectName("plenaryPicker")
        self.plenary_picker.setAccessibleName(self.tr("Plenary item to time"))
        self.plenary_picker.activated.connect(lambda _i: self._choose_plenary())
        layout.addWidget(self.plenary_picker)
        self.timer_panel = TimerPanel(self._ws, framed=False)
        text_size.fixed_width(self.timer_panel, 280)  # wider at 200 % text: its buttons whole
        layout.addWidget(self.timer_panel)
        return frame

    def _beamer_card(self) -> QWidget:
        frame, layout = card("beamerCard")
        layout.setSpacing(6)
        layout.addWidget(label(self.tr("Beamer"), "h3"))
        layout.addWidget(label(self.tr("Show"), "muted"))
        self.source_picker = ScrollSafeComboBox()
        self.source_picker.setObjectName("beamerSource")
        self.source_picker.setAccessibleName(self.tr("What the beamer shows"))
        self.source_picker.activated.connect(lambda _i: self._choose_source())
        layout.addWidget(self.source_picker)
        layout.addWidget(label(self.tr("On screen"), "muted"))
        self.screen_picker = ScrollSafeComboBox()
        self.screen_picker.setObjectName("beamerScreen")
        self.screen_picker.setAccessibleName(self.tr("Screen of the beamer"))
        self._fill_screens()
        application = QGuiApplication.instance()
        application.screenAdded.connect(self._fill_screens)
        application.screenRemoved.connect(self._fill_screens)
        layout.addWidget(self.screen_picker)
        self.open_button = QPushButton(self.tr("Open the beamer view"))
        self.open_button.setObjectName("openBeamerButton")
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self.toggle_beamer)
        layout.addWidget(self.open_button)
        layout.addWidget(label(self.tr("F11: full screen on/off · Esc: leave full screen, then close"), "muted"))
        self.feedback_button = QPushButton(self.tr("Feedback round: each team's problem statement"))
        self.feedback_button.setObjectName("feedbackButton")
        self.feedback_button.setToolTip(self.tr("On the beamer, one team per key press: → Space PageDown next, ← PageUp back"))
        self.feedback_button.clicked.connect(self.open_feedback)
        layout.addWidget(self.feedback_button)
        layout.addWidget(label(self.tr("Announcement"), "muted"))
        self.announcement_edit = QLineEdit()
        self.announcement_edit.setObjectName("announcementEdit")
        self.announcement_edit.setPlaceholderText(self.tr("e.g. Nog 5 minuten!"))
        self.announcement_edit.setAccessibleName(self.tr("Announcement on the beamer"))
        self.announcement_edit.returnPressed.connect(self.announce)
        layout.addWidget(self.announcement_edit)
        buttons = QHBoxLayout()
        show = QPushButton(self.tr("Show"))
        show.setObjectName("announceButton")
        show.clicked.connect(self.announce)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("clearAnnouncementButton")
        clear.clicked.connect(self.clear_announcement)
        buttons.addWidget(show)
        buttons.addWidget(clear)
        layout.addLayout(buttons)
        self.announce_error = label("", "error", "announcementError")
        self.announce_error.hide()
        layout.addWidget(self.announce_error)
        return frame

    # -- actions -------------------------------------------------------------
    def announce(self) -> None:
        try:
            set_announcement(self._ws.store, self._ws.event.id, self.announcement_edit.text())
        except DomainError as error:
            self.announce_error.setText(message_for(error))
            self.announce_error.show()
            return
        self.announce_error.hide()

    def clear_announcement(self) -> None:
        self.announcement_edit.clear()
        self.announce()

    def toggle_beamer(self) -> None:
        view = self._beamer.view
        if view.isVisible():
            view.close()
        else:
            # The timer shortcuts keep working while the beamer window is in front.
            view.addActions([a for a in self.window().findChildren(QAction) if a.objectName().startswith("timer")])
            view.open_on(self._beamer_screen())
            self._beamer.tick()
        self._update_beamer_button()

    def open_feedback(self) -> None:
        """Terugkoppeling eerste fases: the teams' problem statements on the beamer, one by one."""
        if self.feedback is None:
            self.feedback = FeedbackView(lambda: feedback(self._ws.store, self._ws.template, self._ws.event.id, self._ws.lang, self.tr("Team")))
            self._ws.bridge.changed.connect(self._feedback_changes)
        self.feedback.open_on(self._beamer_screen())

    def _feedback_changes(self, batch) -> None:
        if self.feedback is not None and self.feedback.isVisible() and touches(batch, FEEDBACK_TABLES):
            self.feedback.refresh()

    def _fill_screens(self, *_changed) -> None:
        """The screens there are now (a projector plugged in later shows up here)."""
        chosen = self.screen_picker.currentData()
        self.screen_picker.clear()
        self.screen_picker.addItem(self.tr("Automatic: the screen this window is not on"), AUTO_SCREEN)
        for index, screen in enumerate(screens()):
            geometry = screen.geometry()
            self.screen_picker.addItem(f"{index + 1}: {screen.name()} ({geometry.width()}×{geometry.height()})", index)
        self.screen_picker.setCurrentIndex(max(0, self.screen_picker.findData(chosen)))

    def _beamer_screen(self):
        index = self.screen_picker.currentData()
        if index != AUTO_SCREEN and 0 <= index < len(screens()):
            return screens()[index]
        here = self.window().screen()
        return next((screen for screen in screens() if screen is not here), here)

    def _update_beamer_button(self) -> None:
        visible = self._beamer.view.isVisible()
        self.open_button.setText(self.tr("Close the beamer view") if visible else self.tr("Open the beamer view"))

    def _choose_source(self) -> None:
        mode, _, team = str(self.source_picker.currentData()).partition(":")
        self._beamer.show(mode, team_id=int(team) if team else None, plenary_item_id=self.plenary_picker.currentData())

    def _show_race(self) -> None:
        """The start signal was given: the beamer shows the race."""
        self.source_picker.setCurrentIndex(max(0, self.source_picker.findData(RACE)))
        self._beamer.show(RACE)

    def _choose_plenary(self) -> None:
        item = next((i for i in self._beamer.items if i.id == self.plenary_picker.currentData()), None)
        self.timer_panel.set_target(self._beamer.plenary_target(item) if item else None)
        if self._beamer.mode == PLENARY:
            self._choose_source()

    # -- showing -------------------------------------------------------------
    def _on_changes(self, batch) -> None:
        if touches(batch, {"programme_item", "event", "team", "step_state"}):
            self.refresh()

    def refresh(self) -> None:
        """Everything, after a change: the pickers too."""
        now = self._ws.timers.clock.now()
        self._teams = team_views(self._ws.store, self._ws.event.id, self._ws.template)
        if self.race_card is not None:
            self.race_card.set_teams(self._teams)
        self._fill_pickers(self._beamer.items, now)
        self.refresh_times()

    def refresh_times(self) -> None:
        """What moves with the clock: now and next, the programme's current item, the slip."""
        now = self._ws.timers.clock.now()
        items = self._beamer.items
        self._fill_programme(items, now)
        self._fill_slip(items, now)
        self.shift_row.show_total(day_shift_minutes(self._ws.template, items, now))
        self._update_beamer_button()

    def _title(self, item) -> str:
        return item.title_en if self._ws.lang == "en" else item.title_nl

    def _time(self, moment_) -> str:
        return moment_.astimezone(self._ws.zone).strftime("%H:%M")

    def _fill_programme(self, items, now) -> None:
        at = moment(items, now)
        current_id = at.current.id if at.current else None
        if at.current is not None:
            end = item_end(items, at.current)
            until = self.tr(" · until {time}").format(time=self._time(end)) if end else ""
            self.now_label.setText(self.tr("Now: {title}").format(title=self._title(at.current)) + until)
        else:
            self.now_label.setText(self.tr("The day has not started yet"))
        self.next_label.setText(self.tr("Next at {time} · {title}").format(time=self._time(at.next.starts_at), title=self._title(at.next)) if at.next else "")
        self.next_label.setVisible(at.next is not None)
        signature = (tuple((i.id, i.starts_at, i.fixed, i.title_nl, i.title_en) for i in items), current_id, self._ws.lang)
        if signature == self._listed:
            return  # nothing moved: keep the list and where the facilitator scrolled it
        self._listed = signature
        self._current_row = None
        self.programme_list.clear()
        muted = QColor(self._ws.theme.muted)
        for item in items:
            row = fixed_marked(QListWidgetItem(f"{self._time(item.starts_at)}   {self._title(item)}"), item, lock_colour(self._ws.theme))
            row.setSizeHint(QSize(0, ROW_HEIGHT))  # readable from a step back, like the navigator
            if item.id == current_id:
                font = row.font()
                font.setWeight(QFont.Weight.Bold)
                row.setFont(font)
                row.setText(row.text() + "   ◀ " + self.tr("now"))
            elif item.starts_at < now:
                row.setForeground(muted)
            self.programme_list.addItem(row)
            if item.id == current_id:
                self._current_row = self.programme_list.count() - 1
                QTimer.singleShot(0, self._scroll_to_current)  # once the list is laid out

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll_to_current)  # filled while hidden: scroll once in view

    def _scroll_to_current(self) -> None:
        row = self.programme_list.item(self._current_row) if self._current_row is not None else None
        if row is not None:
            self.programme_list.scrollToItem(row, QListWidget.ScrollHint.PositionAtCenter)

    def _fill_slip(self, items, now) -> None:
        teams = self._teams
        self.slip_table.setRowCount(len(teams))
        for row, team in enumerate(teams):
            step = self._ws.t(self._ws.template.step(team.current_step).title) if team.current_step else self.tr("introductions")
            timers = self._ws.timers.states(self._ws.event.id, team.id)
            slip = slip_seconds(self._ws.template, items, team.current_step, timers, now)
            done = done_with_the_day(self._ws.template, team.current_step, step_seconds_used(timers, team.current_step, now))
            for column, text in enumerate((team.label(self.tr("Team")), step, slip_words(slip, done))):
                cell = QTableWidgetItem(text)
                if column == 2 and slip_warns(slip):
                    cell.setForeground(QColor(self._ws.theme.warning))
                self.slip_table.setItem(row, column, cell)
        self.slip_table.resizeColumnToContents(0)
        self.slip_table.resizeColumnToContents(2)

    def _fill_pickers(self, items, now) -> None:
        plenary = [item for item in items if item.kind == "plenary"]
        chosen = self.plenary_picker.currentData()
        self.plenary_picker.clear()
        for item in plenary:
            self.plenary_picker.addItem(f"{self._time(item.starts_at)}  {self._title(item)}", item.id)
        if chosen is None:
            suggested = plenary_to_time(items, now)
            chosen = suggested.id if suggested else None
        self.plenary_picker.setCurrentIndex(max(0, self.plenary_picker.findData(chosen)))
        if plenary:
            self._choose_plenary()  # also after a shift: the item's length may have changed
        current = self.source_picker.currentData()
        self.source_picker.clear()
        self.source_picker.addItem(self.tr("The programme (countdown to the next item)"), PROGRAMME)
        self.source_picker.addItem(self.tr("The plenary timer"), PLENARY)
        for team in self._teams:
            self.source_picker.addItem(self.tr("{team}: its step and timer").format(team=team.label(self.tr("Team"))), f"{TEAM}:{team.id}")
            self.source_picker.addItem(self.tr("{team}: its pitch (PageDown: the next team)").format(team=team.label(self.tr("Team"))), f"{PITCH}:{team.id}")
        if self.race_card is not None:
            self.source_picker.addItem(self.tr("The Idea Race: timer and leaderboard"), RACE)
        self.source_picker.setCurrentIndex(max(0, self.source_picker.findData(current)))
