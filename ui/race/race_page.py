"""The Idea Race for a room full of people: the start line, one idea per Enter, the row that grows,
a big count, and the leaderboard of every team of the event.

Writing is silent and individual: the author is whoever is chosen in the member bar (Alt+1…9), or
the laptop's own member ("Ik ben"). The counting is ``app.race``'s one rule; this page only shows
what it stored. It redraws from the change feed, and its words about the race's stage from the clock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.board.board import notes
from app.day.privacy import is_anonymous
from app.day.template import Step
from app.event.teams import TeamView, team_views
from app.race.rounds import Stage, position, race_plan
from app.race.standings import leaderboard, member_counts
from app.race.start import false_start, start_race
from app.race.writing import add_idea, add_typed, hand_count, set_count
from ui.common import text_size
from ui.common.keymap import bind_numbered
from ui.common.messages import confirm
from ui.common.widgets import FlowLayout, choice_button, label, tab_chain
from ui.race import race_texts as texts
from ui.race.leaderboard_panel import LeaderboardPanel
from ui.race.paper_panel import PaperPanel
from ui.race.race_messages import race_attempt
from ui.race.race_track import RaceTrack, track_area
from ui.storage.feed_bridge import touches

TABLES = {"note", "race_count", "step_state", "team", "member"}
LEADERBOARD_WIDTH = 380


class RacePage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("racePage")
        self._ws = workspace
        self._step: Step | None = None
        self._team: TeamView | None = None
        self._states: dict = {}
        self._labels: dict[int, str] = {}
        self._anonymous = False  # the step's privacy for this team, read with its timers
        self._stage: Stage | None = None  # the stage last shown: when the clock moves the race on, all is reread
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addLayout(self._start_row())
        column.addLayout(self._writing_row())
        self.error_label = label("", "error", "raceError")
        self.error_label.hide()
        column.addWidget(self.error_label)
        column.addLayout(self._count_row())
        self.track = RaceTrack()
        area = track_area(self.track)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop would show no focus; the row keeps its end in view
        column.addWidget(area, 1)
        self.paper_button = QPushButton(self.tr("One team laptop: raced on paper?"))
        self.paper_button.setObjectName("racePaperButton")
        self.paper_button.setCheckable(True)
        self.paper = PaperPanel()
        self.paper.hide()
        self.paper_button.toggled.connect(self.paper.setVisible)
        self.paper.typed.connect(self.add_typed)
        self.paper.counted.connect(self.enter_count)
        self.paper.round_picker.activated.connect(self._show_paper_count)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_button)
        paper_row.addStretch(1)
        column.addLayout(paper_row)
        column.addWidget(self.paper)
        row.addLayout(column, 1)
        self.leaderboard = LeaderboardPanel(workspace.theme)
        self.leaderboard.setFixedWidth(LEADERBOARD_WIDTH)
        row.addWidget(self.leaderboard)
        # The page shown (a step chosen, Next, a part started): typing goes in the field (``landing``). Not a focus
        # proxy: Tab into a page with a proxy jumps to it, past the start button and who writes (never reached).
        bind_numbered("boardAuthor", self, self.choose_author_index)
        workspace.bridge.changed.connect(self._on_changes)
        workspace.ticker.timeout.connect(self._on_tick)

    # -- building ------------------------------------------------------------
    def _start_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.stage_label = label("", "lead", "raceStage")
        row.addWidget(self.stage_label, 1)
        self.start_button = QPushButton(self.tr("Start the race"))
        self.start_button.setObjectName("raceStartButton")
        self.start_button.setProperty("role", "primary")
        self.start_button.setToolTip(self.tr("Our own start signal (the facilitator can start every team at once)"))
        self.start_button.clicked.connect(self.start)
        self.false_start_button = QPushButton(self.tr("False start: back to the line"))
        self.false_start_button.setObjectName("raceFalseStartButton")
        self.false_start_button.setToolTip(self.tr("The first round starts again at the next start signal; the ideas written stay"))
        self.false_start_button.clicked.connect(self.call_false_start)
        row.addWidget(self.start_button)
        row.addWidget(self.false_start_button)
        return row

    def _writing_row(self) -> QVBoxLayout:
        """Who writes, and under it the one field the race is about, the whole width."""
        column = QVBoxLayout()
        column.setSpacing(6)
        holder = QWidget()
        self.member_bar = FlowLayout(holder, spacing=6)
        self._authors = QButtonGroup(self)
        self._authors.setExclusive(True)
        column.addWidget(holder)
        self.idea_input = QLineEdit()
        self.idea_input.setObjectName("raceIdeaInput")
        font = QFont(self.idea_input.font())
        font.setPointSizeF(text_size.points(14))
        self.idea_input.setFont(font)
        self.idea_input.setPlaceholderText(self.tr("One idea, Enter: in the row, and write the next"))
        self.idea_input.setAccessibleName(self.tr("New idea"))
        self.idea_input.returnPressed.connect(self.add_idea)
        column.addWidget(self.idea_input)
        return column

    def _count_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        self.count_label = label("", None, "raceCount", wrap=False)
        font = QFont(self.count_label.font())
        font.setPointSizeF(text_size.points(30))
        font.setWeight(QFont.Weight.Bold)
        self.count_label.setFont(font)
        row.addWidget(self.count_label)
        lines = QVBoxLayout()
        lines.setSpacing(2)
        self.rounds_label = label("", None, "raceRounds")
        self.members_label = label("", "muted", "raceMembers")
        self.uncounted_label = label("", "muted", "raceUncounted")
        for widget in (self.rounds_label, self.members_label, self.uncounted_label):
            lines.addWidget(widget)
        row.addLayout(lines, 1)
        return row

    # -- what is shown -------------------------------------------------------
    def show_step(self, step: Step, team: TeamView) -> None:
        other_team = self._team is None or self._team.id != team.id
        self._step, self._team = step, team
        self.plan = race_plan(self._ws.template, step.key)
        self._titles = {part.key: self._ws.t(part.title) for part in step.parts} or {step.key: self._ws.t(step.title)}
        self.paper.set_rounds([(key, self._titles.get(key, key)) for key in self.plan.rounds])
        if other_team:
            self._show_paper_count()
        self._fill_member_bar(team)
        self._labels = self._team_labels()
        self.reload()

    def _show_paper_count(self) -> None:
        """The paper panel's number: this team's count by hand for the chosen round, 0 when none
        (a number typed for one team is not carried over to another)."""
        if self._team is not None:
            self.paper.count_spin.setValue(hand_count(self._ws.store, self._team.id, self._step.key, self.paper.round_key) or 0)

    def _team_labels(self) -> dict[int, str]:
        teams = team_views(self._ws.store, self._ws.event.id, self._ws.template)
        return {team.id: team.label(self.tr("Team")) for team in teams}

    def _fill_member_bar(self, team: TeamView) -> None:
        own = self._ws.identity
        writers = [m for m in team.members if m.id == own] if own is not None else list(team.members)
        chosen = self.author_id if any(m.id == self.author_id for m in writers) else (writers[0].id if writers else None)
        while self.member_bar.count():
            widget = self.member_bar.takeAt(0).widget()
            if isinstance(widget, QPushButton):
                self._authors.removeButton(widget)
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.member_bar.addWidget(label(self.tr("Who writes:"), "muted", wrap=False))
        for index, member in enumerate(writers):
            button = choice_button(f"{member.initials} {member.name.split()[0]}", f"raceAuthor_{member.id}")
            button.setProperty("member_id", member.id)
            button.setToolTip(self.tr("Alt+{number}").format(number=index + 1) if index < 9 else "")
            button.setChecked(member.id == chosen)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # as on the board: a click leaves the focus in the field
            button.clicked.connect(lambda _checked=False: self.idea_input.setFocus())
            self._authors.addButton(button)
            self.member_bar.addWidget(button)
        self._chain_tabs()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.idea_input.setFocus(event.reason())

    def _chain_tabs(self) -> None:
        """Tab from the start buttons through who writes to the field, then on down the page
        (the member buttons are made after the window, so they would otherwise come last)."""
        paper = [self.paper.round_picker, self.paper.typed_input, self.paper.count_spin,
                 *(self.paper.findChild(QPushButton, name) for name in ("raceCountButton", "raceClearCountButton"))]
        tab_chain([self.start_button, self.false_start_button, *self._authors.buttons(), self.idea_input,
                   self.paper_button, *paper])

    def landing(self) -> QWidget:
        return self.idea_input

    @property
    def author_id(self) -> int | None:
        if self._ws.identity is not None:
            return self._ws.identity
        button = self._authors.checkedButton()
        return button.property("member_id") if button is not None else None

    def choose_author_index(self, index: int) -> None:
        buttons = self._authors.buttons()
        if 0 <= index < len(buttons):
            buttons[index].setChecked(True)
            self.idea_input.setFocus()

    def reload(self, timers: bool = True, row: bool = True) -> None:
        """The counts and the leaderboard from the database; also the team's timers and anonymity
        (``timers``) and its row of ideas (``row``), unless the change cannot have touched them."""
        ws, team, step = self._ws, self._team, self._step
        now = ws.timers.clock.now()
        if timers:
            self._states = ws.timers.states(ws.event.id, team.id)
            self._anonymous = is_anonymous(ws.store, ws.template, ws.event.id, team.id, step.key)
        anonymous = self._anonymous
        names = {m.id: m.name for m in team.members}
        if timers or row:
            self.track.set_cards([texts.card_of(self.plan, note, names, anonymous) for note in notes(ws.store, team.id, [step.key])])
        board = leaderboard(ws.store, ws.template, ws.event.id, step.key, now)
        counts = next((s.counts for s in board.standings if s.counts.team_id == team.id), None)
        if counts is None:
            return  # the team was removed (on another laptop): the window moves on
        self.count_label.setText(texts.count_text(counts.total))
        self.rounds_label.setText(texts.rounds_text(self.plan, self._titles, counts))
        self.members_label.setText(texts.members_text(member_counts(counts, names, anonymous)))
        self.uncounted_label.setText(texts.uncounted_text(counts.uncounted))
        self.uncounted_label.setVisible(bool(counts.uncounted))
        first = self.plan.first_round
        self.leaderboard.show_board(board, self._labels, (first, self._titles.get(first, "")))
        self._show_stage()

    def _show_stage(self) -> None:
        where = position(self.plan, self._states, self._ws.timers.clock.now())
        if where.stage is Stage.ROUND and self._stage is not Stage.ROUND:
            self._focus_field()
        self._stage = where.stage
        title = self._titles.get(self.plan.parts[where.part_index].key, "")
        self.stage_label.setText(texts.stage_text(where, title))
        # Two lines kept for the stage's words (in the style sheet's font), short or long: the field under them never jumps.
        self.stage_label.setMinimumHeight(2 * self.stage_label.fontMetrics().lineSpacing())
        self.start_button.setVisible(where.stage is Stage.START_LINE)
        in_first = where.round_key == self.plan.first_round and where.stage in (Stage.ROUND, Stage.PAUSED)
        self.false_start_button.setVisible(in_first)

    def _focus_field(self) -> None:
        """A round starts or resumes (by the timer's button, Next, or the start signal): the typing goes
        in the idea field, not to the button pressed; a scribe typing from paper keeps the field."""
        focused = QApplication.focusWidget()
        if self.isVisible() and not (focused is not None and self.paper.isAncestorOf(focused) and isinstance(focused, (QLineEdit, QAbstractSpinBox))):
            self.idea_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changes(self, batch) -> None:
        if self._team is None or not touches(batch, TABLES):
            return
        if touches(batch, {"team", "member"}):
            self._labels = self._team_labels()
        if self.isVisible():  # another team's idea moves only the leaderboard
            team_id = self._team.id
            self.reload(timers=touches(batch, {"step_state"}, team_id), row=touches(batch, {"note", "member"}, team_id))

    def _on_tick(self) -> None:
        """The words follow the clock; when a round runs out, the counts and the leaderboard too
        (a race run out everywhere is final: its winners are named)."""
        if self._team is None or not self.isVisible():
            return
        if position(self.plan, self._states, self._ws.timers.clock.now()).stage != self._stage:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._team is not None:
            self.reload()  # changes that came while hidden
        self.idea_input.setFocus()
        if self._stage is Stage.ROUND:  # chosen in the list of steps mid-round: after the list's click, typing goes here
            QTimer.singleShot(0, self._focus_field)

    # -- actions -------------------------------------------------------------
    def _ids(self) -> tuple:
        return self._ws.timers, self._ws.template, self._ws.event.id, self._team.id, self._step.key

    def add_idea(self) -> None:
        text = self.idea_input.text()
        if race_attempt(self.error_label, lambda: add_idea(*self._ids(), self.author_id, text)):
            self.idea_input.clear()

    def add_typed(self, round_key: str, text: str) -> None:
        timers, template, event_id, team_id, step_key = self._ids()
        if race_attempt(self.error_label, lambda: add_typed(timers, template, event_id, team_id, step_key, round_key, self.author_id, text)):
            self.paper.typed_input.clear()

    def enter_count(self, round_key: str, count: int | None) -> None:
        captain = self._team.holder("captain")
        race_attempt(self.error_label, lambda: set_count(self._ws.store, self._ws.template, self._team.id, self._step.key, round_key,
                                                         count, "captain", captain.name if captain else ""))

    def start(self) -> None:
        if race_attempt(self.error_label, lambda: start_race(*self._ids())):
            self.idea_input.setFocus()

    def call_false_start(self) -> None:
        """Back to the line, after a question (No by default): Space on the button never sends the team back by surprise."""
        if not confirm(self, self.tr("False start"), self.tr("Back to the start line? The first round starts again at the next start signal; the ideas written stay.")):
            return
        race_attempt(self.error_label, lambda: false_start(*self._ids()))
