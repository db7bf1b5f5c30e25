"""The audience's voting laptop at the door: type your code, choose a team (your own, and a team
that did not pitch, are not in the list), vote — then it clears for the next person. Keyboard only:
Enter after the code, arrows and Enter in the list; Escape closes it. It shows nothing of how others
voted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.event.teams import team_views
from app.jury.audience import cast_vote, voter_team
from app.jury.running_order import absent_teams
from ui.common.messages import message_for, message_line, say
from ui.common.widgets import label
from ui.window.workspace import Workspace


class AudienceBallot(QDialog):
    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceBallot")
        self.setWindowTitle(title)
        self._ws = workspace
        self._code = ""
        self.code = QLineEdit()
        self.code.setObjectName("ballotCode")
        self.code.setMaxLength(12)
        self.code.setAccessibleName(self.tr("Your code"))
        self.code.setPlaceholderText(self.tr("e.g. ACD3F7"))
        self.code.returnPressed.connect(self.check_code)
        go = QPushButton(self.tr("Next"))
        go.setObjectName("ballotNext")
        go.setAutoDefault(False)
        go.clicked.connect(self.check_code)
        self.teams = QListWidget()
        self.teams.setObjectName("ballotTeams")
        self.teams.setAccessibleName(self.tr("The team you vote for"))
        self.teams.itemActivated.connect(lambda _item: self.vote())
        self.vote_button = QPushButton(self.tr("Vote"))
        self.vote_button.setObjectName("ballotVote")
        self.vote_button.setProperty("role", "primary")
        self.vote_button.setAutoDefault(False)
        self.vote_button.clicked.connect(self.vote)
        self.message = message_line("ballotMessage")
        self._lay_out(title, go)
        self._choosing(False)
        self.resize(560, 520)

    def _lay_out(self, title: str, go: QPushButton) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        column.addWidget(label(title, "h2"))
        column.addWidget(label(self.tr("Vote for the best idea of another team. Type the code on your slip and press Enter."), "lead"))
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(go)
        column.addLayout(row)
        column.addWidget(label(self.tr("Choose a team with the arrow keys, then press Enter:"), "muted"))
        column.addWidget(self.teams, 1)
        column.addWidget(self.vote_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.message)

    def check_code(self) -> None:
        """The code is good: the other teams to choose from."""
        try:
            own = voter_team(self._ws.store, self._ws.event.id, self.code.text())
        except DomainError as error:
            say(self.message, message_for(error))
            self.code.selectAll()
            self.code.setFocus()
            return
        self._code = self.code.text()
        self.teams.clear()
        absent = absent_teams(self._ws.store, self._ws.event.id)
        for team in team_views(self._ws.store, self._ws.event.id, self._ws.template):
            if team.id != own and team.id not in absent:
                item = QListWidgetItem(team.label(self.tr("Team")) + (f"  (Team {team.number})" if team.name else ""))
                item.setData(Qt.ItemDataRole.UserRole, team.id)
                self.teams.addItem(item)
        self.message.hide()
        self._choosing(True)
        self.teams.setCurrentRow(0)
        self.teams.setFocus()

    def vote(self) -> None:
        item = self.teams.currentItem()
        if not self._code or item is None:
            return
        try:
            cast_vote(self._ws.store, self._ws.event.id, self._code, item.data(Qt.ItemDataRole.UserRole))
        except DomainError as error:
            say(self.message, message_for(error))
            return
        self._clear()
        say(self.message, self.tr("Thank you: your vote is counted. Next, please!"), "info")

    def _clear(self) -> None:
        self._code = ""
        self.code.clear()
        self.teams.clear()
        self._choosing(False)
        self.code.setFocus()

    def _choosing(self, on: bool) -> None:
        self.teams.setEnabled(on)
        self.vote_button.setEnabled(on)
        self.code.setReadOnly(on)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter belongs to the code field and the list, never to a default button
        if event.key() == Qt.Key.Key_Escape and self._code:
            self._clear()  # a voter who changes their mind: back to the code, nothing voted
            self.message.hide()
            return
        super().keyPressEvent(event)
