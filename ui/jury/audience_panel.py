"""The audience prize's controls on the Reveal tab: make the codes, print the slips, open the voting
laptop, open and close the vote. While the vote is open it shows how many have voted — never for
whom; once closed, the tally and the winner (a tie: a shared prize), to be confirmed as the prize."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QPushButton, QWidget

from app.errors import DomainError
from app.event.teams import team_views
from app.export.names import default_folder
from app.jury import audience
from app.pdf.audience_slips import save_slips
from ui.common.messages import confirm, message_for, message_line, say
from ui.common.widgets import card, label
from ui.jury.audience_dialog import AudienceBallot
from ui.storage.feed_bridge import tables_in
from ui.window.workspace import Workspace

TABLES = {"audience_code", "audience_vote", "jury_setting", "award", "member", "team"}


class AudiencePanel(QFrame):
    confirmed = Signal()  # the prize was confirmed: the reveal may include it

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        jury = workspace.template.jury
        self.title = workspace.t(jury.audience.title) if jury and jury.audience else ""
        frame, column = card("audiencePanel")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        column.addWidget(label(self.title or self.tr("Audience award"), "h3"))
        self.state = label("", None, "audienceState")
        column.addWidget(self.state)
        self.codes = self._button(self.tr("Make the codes"), "audienceCodes", self.make_codes)
        self.slips = self._button(self.tr("Print the slips…"), "audienceSlips", self.ask_slips_path)
        self.open_vote = self._button(self.tr("Open the vote"), "audienceOpen", self.open_voting)
        self.ballot = self._button(self.tr("Voting laptop…"), "audienceBallotButton", self.show_ballot)
        self.close_vote = self._button(self.tr("Close the vote"), "audienceClose", self.close_voting)
        self.confirm = self._button(self.tr("Confirm the audience award"), "audienceConfirm", self.confirm_prize)
        for pair in ((self.codes, self.slips), (self.open_vote, self.ballot), (self.close_vote,)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        self.tally = label("", None, "audienceTally")
        column.addWidget(self.tally)
        column.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = message_line("audienceMessage")
        column.addWidget(self.message)
        column.addStretch(1)
        self._dialog: AudienceBallot | None = None
        workspace.bridge.changed.connect(lambda batch: self.refresh() if tables_in(batch) & TABLES else None)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- what it shows --------------------------------------------------------------
    def refresh(self) -> None:
        ws = self._ws
        state = audience.state(ws.store, ws.event.id)
        codes = len(audience.slips(ws.store, ws.event.id))
        cast = audience.votes_cast(ws.store, ws.event.id)
        if not self.title:
            self.state.setText(self.tr("This day's template has no audience award."))
        elif state == audience.OPEN:
            self.state.setText(self.tr("The vote is open: {cast} of {codes} participants have voted.").format(cast=cast, codes=codes))
        elif state == audience.CLOSED:
            self.state.setText(self.tr("The vote is closed: {cast} of {codes} participants voted.").format(cast=cast, codes=codes))
        else:
            self.state.setText(self.tr("The vote is not open yet. Codes made: {codes}.").format(codes=codes))
        enabled = bool(self.title)
        self.codes.setEnabled(enabled and state != audience.CLOSED)
        self.slips.setEnabled(enabled and codes > 0)
        self.open_vote.setEnabled(enabled and state == audience.OFF and codes > 0)
        self.ballot.setEnabled(state == audience.OPEN)
        self.close_vote.setEnabled(state == audience.OPEN)
        self._show_tally(state)

    def _show_tally(self, state: str) -> None:
        if state != audience.CLOSED:
            self.tally.hide()
            self.confirm.hide()
            return
        result = audience.tally(self._ws.store, self._ws.event.id)
        names = {team.id: team.label(self.tr("Team")) for team in team_views(self._ws.store, self._ws.event.id, self._ws.template)}
        lines = [self.tr("{team}: {votes}").format(team=names.get(team, ""), votes=votes) for team, votes in result.counts if votes]
        winners = " & ".join(names.get(team, "") for team in result.winners)
        if result.shared:
            lines.append(self.tr("A tie: {teams} share the award — one shared prize, announced together on one card.").format(teams=winners))
        elif result.winners:
            lines.append(self.tr("The award goes to {team}.").format(team=winners))
        else:
            lines.append(self.tr("Nobody voted."))
        done = audience.confirmed(self._ws.store, self._ws.event.id)
        if done:
            lines.append(self.tr("Confirmed as one shared prize: the reveal can announce the teams together.") if len(done) > 1
                         else self.tr("Confirmed: the reveal can announce it."))
        self.tally.setText("\n".join(lines))
        self.tally.show()
        self.confirm.setVisible(bool(result.winners) and not done)

    # -- what it does -----------------------------------------------------------------
    def _attempt(self, action, done: str = "") -> bool:
        try:
            action()
        except DomainError as error:
            say(self.message, message_for(error))
            return False
        self.refresh()  # now, not when the change feed comes round: the focus goes to what is enabled now
        if done:
            say(self.message, done, "info")
        else:
            self.message.hide()
        return True

    def make_codes(self) -> None:
        made: list[int] = []
        if self._attempt(lambda: made.append(audience.make_codes(self._ws.store, self._ws.event.id, self._ws.template.jury))):
            say(self.message, self.tr("Codes made for %n participant(s): print the slips.", "", made[0]) if made[0]
                else self.tr("Every participant has a code already."), "info")
            self.slips.setFocus()

    def ask_slips_path(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the slips as"), str(default_folder()))
        dialog.setObjectName("slipsFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.tr("Audience award codes.pdf"))
        dialog.fileSelected.connect(lambda path: self.save_slips(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_slips(self, path: Path) -> None:
        count: list[int] = []
        if self._attempt(lambda: count.append(save_slips(self._ws.store, self._ws.event.id, self._ws.lang, path))):
            say(self.message, self.tr("{count} slips saved in {path}.").format(count=count[0], path=str(path)), "info")
        self.slips.setFocus()

    def open_voting(self) -> None:
        if self._attempt(lambda: audience.open_voting(self._ws.store, self._ws.event.id, self._ws.template.jury),
                         self.tr("The vote is open: put the voting laptop at the door.")):
            self.ballot.setFocus()

    def close_voting(self) -> None:
        if not confirm(self, self.tr("Close the vote"), self.tr("Close the audience vote? Nobody can vote afterwards, and the tally is shown.")):
            self.close_vote.setFocus()
            return
        if self._attempt(lambda: audience.close_voting(self._ws.store, self._ws.event.id)):
            if self._dialog is not None:
                self._dialog.close()
            self.confirm.setFocus() if self.confirm.isVisible() else self.codes.setFocus()

    def confirm_prize(self) -> None:
        if self._attempt(lambda: audience.confirm_audience(self._ws.store, self._ws.event.id), self.tr("The audience award is confirmed.")):
            self.confirmed.emit()

    def show_ballot(self) -> None:
        if self._dialog is None:
            self._dialog = AudienceBallot(self._ws, self.title, self)
            self._dialog.finished.connect(lambda _result: setattr(self, "_dialog", None))
            self._dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.code.setFocus()
