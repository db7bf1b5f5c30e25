"""Team set-up: name, challenge, roles, and the members with their kennismaking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.day.privacy import notes_by_name
from app.errors import DomainError
from app.event.teams import (
    Removal,
    TeamView,
    add_member,
    removal,
    remove_member,
    set_role,
    set_team_challenge,
    set_team_name,
)
from app.text import LABEL_MAX, shorten
from ui.common.messages import confirm, message_for
from ui.common.theme import NOTE_COLOURS
from ui.common.widgets import ScrollSafeComboBox, card, label, scrolling_page
from ui.event.first_team import FirstTeamCard
from ui.event.member_form import MemberForm
from ui.window.workspace import Workspace

MEMBER_ID = Qt.ItemDataRole.UserRole


class TeamPage(QWidget):
    """Shows a TeamView; the event view hands it a fresh one whenever the feed reports a change."""

    startRequested = Signal()
    teamMade = Signal(int)  # the first team, made on this page; the event view opens it when the feed brings it

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._introduce_next: int | None = None
        self._made_here: int | None = None  # the first team, made on this page a moment ago
        column = scrolling_page(self)

        self.title = label("", "h2", "teamTitle")
        column.addWidget(label(self.tr("TEAM AND INTRODUCTIONS"), "eyebrow"))
        column.addWidget(self.title)
        self.first_team = FirstTeamCard(workspace)
        self.first_team.made.connect(self.teamMade)
        column.addWidget(self.first_team)
        self.content = QWidget()  # the team's form: shown only when there is a team to save it to
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(16)
        column.addWidget(self.content)
        content.addWidget(self._team_card())
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._members_card(), 1)
        self.form = MemberForm(workspace)
        self.form.removeRequested.connect(self._remove)
        row.addWidget(self.form, 1)
        content.addLayout(row)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        self.start_button = QPushButton(self.tr("Take your team to the first phase →"))
        self.start_button.setObjectName("startDayButton")
        self.start_button.setProperty("role", "primary")
        self.start_button.setMinimumHeight(40)
        self.start_button.clicked.connect(self.startRequested)
        start_row.addWidget(self.start_button)
        content.addLayout(start_row)
        column.addStretch(1)

    # -- building ------------------------------------------------------------
    def _team_card(self) -> QWidget:
        frame, layout = card("teamCard", spacing=12)
        top = QGridLayout()
        top.setHorizontalSpacing(16)
        top.setVerticalSpacing(4)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("teamNameEdit")
        self.name_edit.setAccessibleName(self.tr("Team name"))
        self.name_edit.editingFinished.connect(self._save_name)
        self.challenge_combo = ScrollSafeComboBox()
        self.challenge_combo.setObjectName("challengePicker")
        self.challenge_combo.setAccessibleName(self.tr("Challenge"))
        for challenge in self._ws.template.challenges:
            self.challenge_combo.addItem(f"{challenge.number}. {self._ws.t(challenge.title)}", challenge.key)
        self.challenge_combo.activated.connect(self._save_challenge)
        top.addWidget(label(self.tr("Team name"), "muted"), 0, 0)
        top.addWidget(label(self.tr("Challenge"), "muted"), 0, 1)
        top.addWidget(self.name_edit, 1, 0)
        top.addWidget(self.challenge_combo, 1, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 2)
        layout.addLayout(top)

        roles = QGridLayout()
        roles.setHorizontalSpacing(16)
        roles.setVerticalSpacing(4)
        self.role_combos: dict[str, QComboBox] = {}
        for column, role in enumerate(self._ws.template.roles):
            combo = ScrollSafeComboBox()
            combo.setObjectName(f"roleCombo_{role.key}")
            combo.setAccessibleName(self._ws.t(role.title))
            combo.setToolTip(self._ws.t(role.description))
            combo.activated.connect(lambda _index, key=role.key: self._save_role(key))
            roles.addWidget(label(self._ws.t(role.title), "muted"), 0, column)
            roles.addWidget(combo, 1, column)
            roles.setColumnStretch(column, 1)
            self.role_combos[role.key] = combo
        layout.addLayout(roles)
        layout.addWidget(label(self._roles_hint(), "muted"))
        return frame

    def _roles_hint(self) -> str:
        later = [self._ws.t(r.title) for r in self._ws.template.roles if r.may_wait]
        hint = self.tr("One person may hold several roles.")
        if later:
            hint += " " + self.tr("May be chosen later: {roles}.").format(roles=", ".join(later))
        return hint

    def _members_card(self) -> QWidget:
        frame, layout = card("membersCard")
        layout.addWidget(label(self.tr("Members"), "h3"))
        self.member_list = QListWidget()
        self.member_list.setObjectName("memberList")
        self.member_list.setAccessibleName(self.tr("Members"))
        self.member_list.setIconSize(self.member_list.iconSize() * 2)
        self.member_list.setMinimumHeight(220)
        self.member_list.currentItemChanged.connect(self._member_selected)
        layout.addWidget(self.member_list, 1)
        add_row = QHBoxLayout()
        self.new_member_edit = QLineEdit()
        self.new_member_edit.setObjectName("newMemberEdit")
        self.new_member_edit.setPlaceholderText(self.tr("Name of a new member, then Enter"))
        self.new_member_edit.setAccessibleName(self.tr("New member's name"))
        self.new_member_edit.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addMemberButton")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self._add)
        add_row.addWidget(self.new_member_edit, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.add_error = label("", "error", "newMemberError")
        self.add_error.hide()
        layout.addWidget(self.add_error)
        tip = self._ws.template.kennismaking.tip
        if tip:
            layout.addWidget(label(self.tr("Tip: {tip}").format(tip=self._ws.t(tip)), "muted"))
        return frame

    # -- showing -------------------------------------------------------------
    def show_team(self, team: TeamView | None) -> None:
        self._team = team
        if team is None:
            self._show_no_team()
            return
        self._show_form()
        self.title.setText(team.label(self.tr("Team")))
        hint = self.tr("“{default}” until you type a name").format(default=f"{self.tr('Team')} {team.number}")
        self.name_edit.setPlaceholderText(hint)  # the label an unnamed team has (TeamView.label)
        self.name_edit.setAccessibleDescription(hint)  # also said while the field holds a name
        if team.current_step:
            step_title = self._ws.t(self._ws.template.step(team.current_step).title)
            self.start_button.setText(self.tr("Continue with: {step} →").format(step=step_title))
        else:
            self.start_button.setText(self.tr("Take your team to the first phase →"))
        if not self.name_edit.hasFocus():
            self.name_edit.setText(team.name or "")
        index = self.challenge_combo.findData(team.challenge_key)
        self.challenge_combo.setCurrentIndex(index)
        for role_key, combo in self.role_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— still open —"), None)
            for member in team.members:
                combo.addItem(member.name, member.id)
            combo.setCurrentIndex(max(combo.findData(team.roles.get(role_key)), 0))
            combo.blockSignals(False)
        self._fill_members(team)

    def _show_no_team(self) -> None:
        """No team to save a form to: say so, and offer the first team instead of the form."""
        self.title.setText(self.tr("No team yet: make the first team"))
        self.first_team.show()
        self.content.hide()

    def _show_form(self) -> None:
        """The team's form; after the first team was made here the focus goes on to its next field."""
        if self.content.isHidden():
            self.content.show()
            if self.first_team.isAncestorOf(QApplication.focusWidget()):
                self._made_here = self._team.id
                self.landing().setFocus(Qt.FocusReason.OtherFocusReason)
        self.first_team.hide()

    def landing(self) -> QWidget:
        """Where the focus goes when the page is shown: the first team's name while there is no team,
        the field after the name once the first team was made here with its name."""
        if self._team is None:
            return self.first_team.name_edit
        return self.challenge_combo if self._team.id == self._made_here else self

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._made_here = None  # shown again later, the page lands as any page does
        super().hideEvent(event)

    def make_first_team(self) -> None:
        """"+ Team" while there is no team: the first one, with the name typed for it."""
        self.first_team.make()

    def _fill_members(self, team: TeamView) -> None:
        selected = self.form.member_id
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for index, member in enumerate(team.members):
            roles = ", ".join(self._ws.t(self._ws.template.role(r).title) for r in member.roles)
            organisation = short_organisation(member.kennismaking.get(self._ws.template.kennismaking.summary or "", ""))
            second = " · ".join(part for part in (organisation, roles) if part) or self.tr("no introduction yet")
            item = QListWidgetItem(_avatar(member.initials, index), f"{member.name}\n{second}")
            item.setData(MEMBER_ID, member.id)
            item.setToolTip("\n".join(shorten(member.kennismaking.get(q.key, ""), LABEL_MAX) for q in self._ws.template.kennismaking.questions).strip())
            self.member_list.addItem(item)
            if member.id == selected:
                self.member_list.setCurrentItem(item)
        self.member_list.blockSignals(False)
        current = next((m for m in team.members if m.id == selected), None)
        if current is None and team.members:
            self.member_list.setCurrentRow(0)
            current = team.members[0]
        self.form.show_member(current)
        if self._introduce_next is not None and any(m.id == self._introduce_next for m in team.members):
            self.select_member(self._introduce_next)  # their card shows; the focus stays where the names are typed
            self._introduce_next = None

    def flush_edits(self) -> None:
        """Write what is typed but not yet saved (the window closes, the language changes)."""
        self.form.commit()
        self._save_name()
        if self._team is None and self.first_team.typed():
            self.first_team.make()

    def select_member(self, member_id: int) -> None:
        for row in range(self.member_list.count()):
            if self.member_list.item(row).data(MEMBER_ID) == member_id:
                self.member_list.setCurrentRow(row)

    def _member_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        if self._team is None:
            return
        member_id = item.data(MEMBER_ID) if item else None
        self.form.show_member(next((m for m in self._team.members if m.id == member_id), None))

    # -- saving (each one action, one transaction; views refresh from the feed) --
    def _save_name(self) -> None:
        if self._team and (self.name_edit.text().strip() or None) != self._team.name:
            self._try(lambda: set_team_name(self._ws.store, self._team.id, self.name_edit.text()))

    def _save_challenge(self, _index: int) -> None:
        if self._team:
            key = self.challenge_combo.currentData()
            self._try(lambda: set_team_challenge(self._ws.store, self._team.id, key))

    def _save_role(self, role_key: str) -> None:
        if self._team:
            member_id = self.role_combos[role_key].currentData()
            self._try(lambda: set_role(self._ws.store, self._team.id, role_key, member_id, self._ws.template))

    def _add(self) -> None:
        if self._team is None:
            return
        try:
            member_id = add_member(self._ws.store, self._team.id, self.new_member_edit.text())
        except DomainError as error:
            self.add_error.setText(message_for(error))
            self.add_error.show()
            return
        self.add_error.hide()
        self.new_member_edit.clear()
        self.new_member_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter, and type the next name
        self._introduce_next = member_id  # once the feed shows the new member: select it

    def _remove(self, member_id: int) -> None:
        member = next((m for m in self._team.members if m.id == member_id), None) if self._team else None
        if member is None:
            return
        try:
            effects = removal(self._ws.store, member_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not saved"), message_for(error))
            return
        if confirm(self, self.tr("Remove member"), self._removal_question(member, effects)):
            self.member_list.setFocus(Qt.FocusReason.OtherFocusReason)  # not the button: a second press would remove the next one
            self.form.show_member(None)
            self._try(lambda: remove_member(self._ws.store, member_id))

    def _removal_question(self, member, effects: Removal) -> str:
        """'Remove Anna from the team? …' and what happens to each kind of their work (their notes
        in an anonymous or still hidden step are not counted by their name: that would leak them)."""
        lines = [self.tr("Remove {name} from the team? Their introduction is removed too.").format(name=member.name)]
        notes = notes_by_name(self._ws.store, self._ws.template, self._ws.event.id, member.id, self._ws.identity)
        if notes.named:
            lines.append(self.tr("Their %n note(s) stay on the board, with their name.", "", notes.named))
        if notes.unnamed:
            lines.append(self.tr("Notes of theirs in an anonymous step, or in one not yet revealed, stay too (how many is not said here)."))
        if effects.dots_kept:
            lines.append(self.tr("Their %n dot(s) in votes already revealed stay counted: that vote happened.", "", effects.dots_kept))
        if effects.dots_taken_back:
            lines.append(self.tr("Their %n dot(s) in votes not yet revealed are taken back.", "", effects.dots_taken_back))
        return "\n\n".join(lines)

    def _try(self, action) -> None:
        try:
            action()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not saved"), message_for(error))


def short_organisation(answer: str, limit: int = 42) -> str:
    """The organisation's name from a kennismaking answer ('Gemeente X, een ...' -> 'Gemeente X')."""
    return shorten(answer.split(";")[0].split(",")[0].split(" — ")[0], limit)


def _avatar(initials: str, index: int) -> QIcon:
    """A round badge with the member's initials, in one of the note colours."""
    colours = list(NOTE_COLOURS.values())
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colours[index % len(colours)]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, 64, 64)
    font = QFont()
    font.setPixelSize(24)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1A1A1A"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return QIcon(pixmap)
