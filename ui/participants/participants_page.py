"""The facilitator's page "Participants and teams": per challenge a board of team lanes (and the not yet
placed) to form teams by the rule and adjust them by mouse or keyboard, with the rule's warnings live.

It follows the change feed (members, teams, roles): shown, it re-reads at once; hidden, it only notes
that it must re-read when shown again. The page's top row has a slot for more actions (``top_actions``:
the import). Roles are not given here: each team chooses them together, as the workbook says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabBar, QVBoxLayout, QWidget

from app.errors import DomainError
from app.participants.contacts import emails
from app.participants.formation_model import FormationBoard
from app.participants.placing import add_empty_team, forget_emails, form_teams, formation_boards, remove_team_if_empty, set_team_room
from ui.common.messages import confirm, message_for, message_line, say
from ui.common.widgets import focus_again, label
from ui.participants.formation_board import FormationBoardView
from ui.participants.formation_controls import FormationControls
from ui.participants.formation_look import formation_style
from ui.participants.formation_words import team_warnings_of
from ui.participants.person_moves import PersonMoves
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace

FOLLOWED = {"member", "team", "team_role", "step_state", "challenge"}  # a team that starts gets its lock


class ParticipantsPage(QWidget):
    def __init__(self, workspace: Workspace, beamer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self.workspace = workspace
        self._beamer = beamer
        self.team_word = self.tr("Team")
        self._boards: list[FormationBoard] = []
        self._emails: dict[int, str] = {}
        self._stale = False
        self._styled = ""
        self._opened = False  # the page has been shown: its tab stays where it is (or where the facilitator puts it)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 12, 20, 8)
        column.setSpacing(8)
        column.addLayout(self._top_row())
        self.tabs = QTabBar()
        self.tabs.setObjectName("challengeTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.setAccessibleName(self.tr("Challenge"))
        self.tabs.currentChanged.connect(lambda _i: self._show_current())
        column.addWidget(self.tabs)
        self.controls = FormationControls()
        self.controls.form_asked.connect(self.form)
        self.controls.add_asked.connect(self.add_team)
        column.addWidget(self.controls)
        summary_row = QHBoxLayout()
        summary_row.setSpacing(16)
        self.summary = label("", "muted", "challengeSummary", wrap=False)
        summary_row.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignTop)
        self.message = message_line("formationMessage")
        summary_row.addWidget(self.message, 1)
        column.addLayout(summary_row)
        self.board = FormationBoardView(workspace.theme.primary_dark)
        self.board.room_typed.connect(self._save_room)
        self.board.remove_asked.connect(self.remove_team)
        column.addWidget(self.board, 1)
        column.addWidget(label(self.tr("Roles (captain, time keeper…) are not given here: each team chooses them together, "
                                       "as the workbook says."), "muted", "rolesHint"))
        self.moves = PersonMoves(self, self.board, self._tell)
        self._restyle()
        workspace.bridge.changed.connect(self._on_changes)
        self.refresh()

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label(self.tr("Participants and teams"), "h2", "participantsTitle"), 1)
        # The slot for more page actions (the import dialog's button goes here), before "forget".
        self.top_actions = QHBoxLayout()
        self.top_actions.setSpacing(8)
        importing = QPushButton(self.tr("Import registrations…"))
        importing.setObjectName("importRegistrationsButton")
        importing.setToolTip(self.tr("A registration export (CSV or Excel) becomes participants, not yet in a team"))
        importing.clicked.connect(lambda: self.window().import_participants())
        self.top_actions.addWidget(importing)
        row.addLayout(self.top_actions)
        self.forget_button = QPushButton(self.tr("Forget e-mail addresses…"))
        self.forget_button.setObjectName("forgetEmailsButton")
        self.forget_button.setToolTip(self.tr("Personal data: after the event, forget every participant's e-mail address"))
        self.forget_button.clicked.connect(self.forget)
        row.addWidget(self.forget_button)
        return row

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Another theme chosen: the app's style sheet changes first, the workspace's theme right after."""
        if event.type() == QEvent.Type.StyleChange:
            QTimer.singleShot(0, self._restyle)
        super().changeEvent(event)

    def _restyle(self) -> None:
        if self.workspace.theme.key != self._styled:
            self._styled = self.workspace.theme.key
            self.setStyleSheet(formation_style(self.workspace.theme))

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.workspace
        self._stale = False
        self._boards = formation_boards(ws.store, ws.event.id, ws.template)
        self._emails = emails(ws.store, ws.event.id)
        shown = self.challenge_key() if self._opened else self._opening_key()
        self._opened = self._opened or getattr(self.window(), "event_view", None) is not None
        self.tabs.blockSignals(True)
        while self.tabs.count() > len(self._boards):
            self.tabs.removeTab(self.tabs.count() - 1)
        for index, board in enumerate(self._boards):
            if index >= self.tabs.count():
                self.tabs.addTab("")
            self.tabs.setTabText(index, self._tab_text(board))
            self.tabs.setTabData(index, board.challenge_key)
        keys = [b.challenge_key for b in self._boards]
        self.tabs.setCurrentIndex(keys.index(shown) if shown in keys else 0)
        self.tabs.blockSignals(False)
        self._show_current()

    def _opening_key(self) -> str | None:
        """Until a tab is chosen: the challenge of the team chosen in the header, else the first challenge
        with people not yet placed, else the first challenge."""
        view = getattr(self.window(), "event_view", None)
        team = view.current_team() if view is not None else None
        if team is not None and team.challenge_key is not None:
            return team.challenge_key
        challenges = [b for b in self._boards if b.challenge_key is not None] or self._boards
        waiting = next((b for b in challenges if b.unplaced), challenges[0] if challenges else None)
        return waiting.challenge_key if waiting is not None else None

    def _tab_text(self, board: FormationBoard) -> str:
        people = len(board.unplaced) + sum(len(c.members) for c in board.teams)
        if board.challenge_key is None:
            title = self.tr("No preference")
        else:
            challenge = self.workspace.template.challenge(board.challenge_key)
            title = f"{challenge.number} · {self.workspace.t(challenge.title)}"
        return f"{title} ({people})".replace("&", "&&")

    def challenge_key(self) -> str | None:
        index = self.tabs.currentIndex()
        return self.tabs.tabData(index) if index >= 0 else None

    def current_board(self) -> FormationBoard | None:
        index = self.tabs.currentIndex()
        return self._boards[index] if 0 <= index < len(self._boards) else None

    def _show_current(self) -> None:
        board = self.current_board()
        if board is None:
            return
        self.board.show_board(board, self._emails, self.team_word)
        if self.moves.keep_focus_on is not None:
            if self.board.focus_member(self.moves.keep_focus_on, Qt.FocusReason.OtherFocusReason):
                self.moves.keep_focus_on = None
        text, troubled = self._summary(board)
        self.summary.setText(text)
        self.summary.setProperty("role", "badge" if troubled else "muted")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.controls.set_formable(board.challenge_key is not None, bool(board.teams))

    def _summary(self, board: FormationBoard) -> tuple[str, bool]:
        """One line about the challenge: what still needs the facilitator (True), or that it is in order."""
        parts = [self.tr("%n participant(s) not yet placed", "", w.params["count"]) for w in board.warnings if w.code == "unplaced"]
        troubled = len({w.team_id for w in team_warnings_of(board)})
        if troubled:
            parts.append(self.tr("%n team(s) with a warning", "", troubled))
        if not board.teams:
            parts.append(self.tr("no teams yet: make them above, or add an empty team"))
        if parts:
            return " · ".join(parts), True
        return self.tr("Everyone is placed and the teams are mixed as the rule asks."), False

    def _on_changes(self, batch) -> None:
        if not touches(batch, FOLLOWED):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def landing(self) -> QWidget:
        return self.tabs

    # -- actions ------------------------------------------------------------------------------------
    def _tell(self, text: str, ok: bool) -> None:
        if not text:
            self.message.hide()
            return
        say(self.message, text, "info" if ok else "error")

    def _attempt(self, action) -> bool:
        try:
            action()
        except DomainError as error:
            self._tell(message_for(error), False)
            return False
        return True

    def form(self, size: int | None, count: int | None, shuffle: bool) -> None:
        """Form the shown challenge's teams; teams that already hold people are re-formed only when the
        facilitator says so (started teams are left alone either way)."""
        board = self.current_board()
        if board is None or board.challenge_key is None:
            return
        filled = [c for c in board.teams if c.members and not c.started]
        if filled:
            question = self.tr("Re-form the %n team(s) of this challenge that already have people? Who is in which "
                               "of them changes; teams that have started stay as they are.", "", len(filled))
            title = self.tr("Shuffle the teams again") if shuffle else self.tr("Make the teams again")
            answer = confirm(self, title, question)
            focus_again(self.controls.shuffle_button if shuffle else self.controls.form_button)
            if not answer:
                return
        ws = self.workspace
        if self._attempt(lambda: form_teams(ws.store, ws.event.id, ws.template, board.challenge_key, size=size, count=count)):
            self._tell(self.tr("The teams are made: adjust them by dragging, or with Alt+arrows on a person."), True)

    def add_team(self) -> None:
        board = self.current_board()
        if board is not None:
            ws = self.workspace
            self._attempt(lambda: add_empty_team(ws.store, ws.event.id, board.challenge_key)) and self._tell("", True)

    def remove_team(self, team_id: int) -> None:
        if self._attempt(lambda: remove_team_if_empty(self.workspace.store, team_id)):
            self._tell("", True)
            self.controls.add_button.setFocus(Qt.FocusReason.OtherFocusReason)  # its button goes with the lane

    def _save_room(self, team_id: int, room: str) -> None:
        self._attempt(lambda: set_team_room(self.workspace.store, team_id, room))

    def forget(self) -> None:
        """Forget every e-mail address of the event, after saying how many and asking."""
        count = len(emails(self.workspace.store, self.workspace.event.id))
        if not count:
            self._tell(self.tr("No e-mail addresses are kept for this event."), True)
            return
        question = self.tr("Forget the e-mail addresses of %n participant(s)? This cannot be undone; names, "
                           "organisations and teams stay.", "", count)
        answer = confirm(self, self.tr("Forget e-mail addresses"), question)
        focus_again(self.forget_button)
        if not answer:
            return
        forgotten: list[int] = []
        if self._attempt(lambda: forgotten.append(forget_emails(self.workspace.store, self.workspace.event.id))):
            self._tell(self.tr("%n e-mail address(es) forgotten.", "", forgotten[0]), True)
