"""Before finalising: the juror's own ranking of the teams (by weighted score), what is still open, and
the way back to correct a team; after finalising: where the juror file is and what to do with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.jury.juror_desk import NOT_SEEN, JurorDesk, team_label
from ui.common.keymap import key_text
from ui.common.messages import message_line
from ui.common.widgets import label
from ui.jury.scoring_panel import score_text

TEAM_ROLE = Qt.ItemDataRole.UserRole


class RankingPage(QWidget):
    teamChosen = Signal(int)  # back to this team, to correct it
    backAsked = Signal()
    finaliseAsked = Signal()

    def __init__(self, desk: JurorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankingPage")
        self.desk = desk
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        column.addWidget(label(self.tr("Your ranking"), "h2"))
        column.addWidget(label(self.tr("The teams by your weighted score. Not right? Choose a team (Enter) to correct it; "
                                       "finalise when it is as you mean it."), "lead"))
        self.table = QTreeWidget()
        self.table.setObjectName("rankingList")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Place"), self.tr("Team"), self.tr("Weighted score")])
        self.table.itemActivated.connect(lambda item, _col: self.teamChosen.emit(item.data(0, TEAM_ROLE)))
        self.table.setMaximumWidth(760)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        self.open_line = label("", "error", "rankingOpen")
        self.not_seen_line = label("", "muted", "rankingNotSeen")
        column.addWidget(self.open_line)
        column.addWidget(self.not_seen_line)
        self.error = message_line("finaliseError")
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("Back to scoring"))
        self.back.setObjectName("backToScoringButton")
        self.back.setToolTip(key_text("jurorBackToScoring"))
        self.back.clicked.connect(self.backAsked.emit)
        self.finalise = QPushButton(self.tr("Finalise and save the juror file…"))
        self.finalise.setObjectName("finaliseButton")
        self.finalise.setProperty("role", "primary")
        self.finalise.clicked.connect(self.finaliseAsked.emit)
        for button in (self.back, self.finalise):
            button.setMinimumHeight(40)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.finalise)
        column.addLayout(buttons)

    def refresh(self) -> None:
        self.error.hide()
        self.table.clear()
        for ranked in self.desk.ranking():
            item = QTreeWidgetItem([str(ranked.rank), ranked.team.name, score_text(ranked.score)])
            item.setData(0, TEAM_ROLE, ranked.team.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        open_teams = self.desk.missing()
        self.open_line.setVisible(bool(open_teams))
        self.open_line.setText(self.tr("Still to score (or mark as not seen): {teams}").format(teams="; ".join(
            self.tr("{team} ({count} of {total} criteria open)").format(team=team_label(team), count=len(criteria), total=len(self.desk.criteria))
            for team, criteria in open_teams)))
        unseen = [t.name for t in self.desk.scorable if self.desk.state(t.id) == NOT_SEEN]
        self.not_seen_line.setVisible(bool(unseen))
        self.not_seen_line.setText(self.tr("Not seen (not scored): {teams}").format(teams=", ".join(unseen)))
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def refuse(self, text: str) -> None:
        """Finalising refused for the teams still open: said once, in place of the line that lists them."""
        self.error.hide()
        self.open_line.setText(text)
        self.open_line.show()

    def land_focus(self) -> None:
        (self.table if self.table.topLevelItemCount() else self.back).setFocus(Qt.FocusReason.OtherFocusReason)


class FinalisedPage(QWidget):
    """Where the juror file went and what to do with it; a new revision opens the scores again."""

    newRevisionAsked = Signal()

    def __init__(self, desk: JurorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finalisedPage")
        self.desk = desk
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        self.title = label("", "h2", "finalisedTitle")
        column.addWidget(self.title)
        self.path = label("", "lead", "finalisedPath")
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        column.addWidget(self.path)
        column.addWidget(label(self.tr("Hand this file to the facilitator: on a USB stick or by mail. It is signed: "
                                       "the facilitator's app sees that it comes from you and was not changed."), None, "finalisedHandOver"))
        column.addWidget(label(self.tr("Something to change after all? Start a new revision, correct the scores and "
                                       "finalise again: the facilitator uses the newest revision."), "muted"))
        self.new_revision = QPushButton(self.tr("Start a new revision"))
        self.new_revision.setObjectName("newRevisionButton")
        self.new_revision.setMinimumHeight(40)
        self.new_revision.clicked.connect(self.newRevisionAsked.emit)
        self.show_folder = QPushButton(self.tr("Show the folder"))
        self.show_folder.setObjectName("showFolderButton")
        self.show_folder.setMinimumHeight(40)
        self.show_folder.clicked.connect(self._show_folder)
        row = QHBoxLayout()
        row.addWidget(self.show_folder)
        row.addWidget(self.new_revision)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)

    def refresh(self) -> None:
        self.title.setText(self.tr("Revision {n} of your scores is finalised and saved").format(n=self.desk.revision))
        path = self.desk.last_file or Path()
        self.path.setText(str(path))

    def _show_folder(self) -> None:
        """The folder in the file manager: from there the file goes onto a USB stick or into a mail."""
        if self.desk.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.desk.last_file.parent)))

    def land_focus(self) -> None:
        """On the next thing to do (the file to the stick), never on reopening the scores by a stray key."""
        self.show_folder.setFocus(Qt.FocusReason.OtherFocusReason)
