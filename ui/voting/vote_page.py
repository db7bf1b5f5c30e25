"""A dot vote on one laptop: members vote by turns, nobody sees another's dots before the reveal.

"Aan de beurt: <naam>" places their dots (+ and −, the rules say how many and where), then the
next. The reveal draws everyone's dots on the items, a bar chart of the tally, and what the vote
keeps (``VoteOutcome``) — with a tie left to the rules' role (the captain) or to the team, who may
also re-vote among the tied: the page then takes turns again on that round (``vote_rounds``). A
vote on ideas may first be categorised on the board (``CategoriseSwitch``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.day.privacy import is_anonymous
from app.day.template import Step, VoteTarget
from app.event.teams import TeamView
from app.voting.categories import categories
from app.voting.vote_items import source_step
from app.voting.voting import Progress, ballots, progress, tally, visible, voters
from ui.common.messages import attempt, message_line, say
from ui.common.widgets import FlowLayout, card, choice_button, label, scrolling
from ui.storage.feed_bridge import touches
from ui.voting.categorise import CategoriseSwitch
from ui.voting.reveal_question import ask_reveal
from ui.voting.vote_outcome import VoteOutcome
from ui.voting.vote_rounds import VoteRound, current_round

DOT = "●"


class VotePage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votePage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self._round: VoteRound | None = None
        self._not_done: list[str] = []  # the members who have not placed all their dots in this round
        body = QWidget()
        self.body = QVBoxLayout(body)  # one page that scrolls: the turn, the outcome and every item row
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self._turn_row())
        self.voters_holder = QWidget()
        self.voter_row = FlowLayout(self.voters_holder, spacing=6)  # a big team wraps instead of clipping names
        self.body.addWidget(self.voters_holder)
        self.voters_legend = label(self.tr("▶ whose turn it is · ✓ has placed all dots"), "muted", "votersLegend")
        self.body.addWidget(self.voters_legend)
        self.left_label = label("", "lead", "dotsLeft")
        self.body.addWidget(self.left_label)
        self.error = message_line("voteError")  # holds its place: a message moves no + or tie button
        self.body.addWidget(self.error)
        self.outcome_card, outcome = card("voteOutcome")
        self.outcome_view = VoteOutcome(workspace, self._try, self.error)
        outcome.addWidget(self.outcome_view)
        self.body.addWidget(self.outcome_card)  # above the items: after the reveal, a tie to break is in view
        self.nothing_label = label("", "lead", "nothingToVoteOn")
        self.body.addWidget(self.nothing_label)
        self.items_grid = QGridLayout()
        self.items_grid.setHorizontalSpacing(12)
        self.body.addLayout(self.items_grid)
        self.body.addStretch(1)
        self.scroll = scrolling(body, "voteScroll")
        self.categorise = CategoriseSwitch(workspace, self.scroll, self.refresh)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.categorise)
        column.addWidget(self.categorise.stack, 1)
        workspace.bridge.changed.connect(self._on_changes)

    def _turn_row(self) -> QHBoxLayout:
        turn_row = QHBoxLayout()
        self.turn_label = label("", "h3", "turnLabel", wrap=False)
        turn_row.addWidget(self.turn_label)
        self._voters = QButtonGroup(self)
        self._voters.setExclusive(True)
        self._voters.buttonClicked.connect(lambda _b: self._turn_to_next())
        turn_row.addStretch(1)
        self.next_voter = QPushButton(self.tr("Next person →"))
        self.next_voter.setObjectName("nextVoterButton")
        self.next_voter.clicked.connect(self.next_turn)
        self.reveal_button = QPushButton(self.tr("Reveal the dots"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setProperty("role", "primary")
        self.reveal_button.clicked.connect(self.reveal)
        turn_row.addWidget(self.next_voter)
        turn_row.addWidget(self.reveal_button)
        return turn_row

    # -- showing ---------------------------------------------------------------------
    def show_step(self, step: Step, team: TeamView) -> None:
        members = [b.property("member_id") for b in self._voters.buttons()]
        new = self._step is None or self._team is None or (step.key, team.id) != (self._step.key, self._team.id)
        self._step, self._team = step, team
        if new:
            self.error.hide()  # a message belongs to the team and step it was said on
        if new or members != [m.id for m in voters(team.members)]:  # also when a member joined or is marked absent meanwhile
            self._fill_voters(team)
        self.refresh()

    def _fill_voters(self, team: TeamView) -> None:
        for button in self._voters.buttons():
            self._voters.removeButton(button)
            button.hide()
            button.deleteLater()
        for index, member in enumerate(voters(team.members)):
            button = choice_button(member.name, f"voter_{member.id}")
            button.setProperty("member_id", member.id)
            button.setProperty("name", member.name)
            button.setChecked(index == 0)
            self._voters.addButton(button)
            self.voter_row.addWidget(button)

    @property
    def voter_id(self) -> int | None:
        if self._ws.identity is not None:
            return self._ws.identity  # a member's own laptop: that member votes
        button = self._voters.checkedButton()
        return button.property("member_id") if button is not None else None

    @property
    def chart(self):
        """The tally chart of the revealed vote (None before the reveal)."""
        return self.outcome_view.chart if self.outcome_card.isVisibleTo(self) else None

    def refresh(self) -> None:
        if self._step is None or self._team is None:
            return
        focused = self._park_focus()
        self._refresh()
        self._return_focus(focused)

    def _park_focus(self) -> str | None:
        """The focused control's name; the focus waits on the page while rows are rebuilt
        (a removed button would pass it on to the next control in the window: a header picker)."""
        focused = QApplication.focusWidget()
        if focused is None or focused is self or not self.isAncestorOf(focused):
            return None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return focused.objectName()

    def _return_focus(self, name: str | None) -> None:
        """Back on the same item's button (a whole vote is cast from the keyboard), else on the page."""
        if name is None:
            return
        again = next((w for w in self.findChildren(QWidget, name) if not self._put_away(w)), None)
        (again or self).setFocus(Qt.FocusReason.OtherFocusReason)
        if again is not None:
            self.scroll.ensureWidgetVisible(again)

    def _put_away(self, widget: QWidget) -> bool:
        """Hidden on purpose, itself or a holder up to this page (a removed row, a button of another
        state). A new row is hidden only until Qt shows it with its layout: it may take the focus."""
        while widget is not None and widget is not self:
            if widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                return True
            widget = widget.parentWidget()
        return False

    def _refresh(self) -> None:
        before = self._round.key if self._round is not None else None
        self._round = current_round(self._ws, self._team.id, self._step)
        if self._round.number and self._round.key != before and self._voters.buttons():
            self._voters.buttons()[0].setChecked(True)  # a re-vote starts: the first person's turn again
        rules, revealed, revote = self._round.rules, self._round.revealed, self._round.number > 0
        self.categorise.show_for(self._team, self._step, revealed or revote)
        all_ballots = ballots(self._ws.store, self._team.id, self._round.key)
        shown = visible(rules, all_ballots, self.voter_id, revealed)
        present = voters(self._team.members)
        voter = next((m for m in present if m.id == self.voter_id), None)
        turn = self.tr("Re-vote {round}, your turn:").format(round=self._round.number) if revote else self.tr("Your turn:")
        self.turn_label.setText(self.tr("Everyone's dots") if revealed else turn)
        own_laptop = self._ws.identity is not None
        self.next_voter.setVisible(not revealed and not own_laptop)
        self.reveal_button.setVisible(not revealed)
        self.reveal_button.setText(self.tr("Reveal the re-vote") if revote else self.tr("Reveal the dots"))
        items = {item.id for item in self._round.items}
        self._say_what_to_do(bool(items))
        counted = progress(rules, [b for b in all_ballots if b.target_id in items], [m.id for m in present])
        self._not_done = [m.name for m in present if self._can_place_more(counted[m.id], len(items))]
        self._show_voters(counted, not revealed and not own_laptop)
        left = counted[voter.id].left if voter else 0
        self.left_label.setText(
            self.tr("{name}: {left} of {budget} dots left").format(name=voter.name, left=left, budget=rules.budget_per_member)
            if voter and not revealed else ""
        )
        self.left_label.setVisible(bool(self.left_label.text()))  # after the reveal: no empty band above the outcome
        self._fill_items(shown, revealed)
        shows = (revealed or revote) and self.outcome_view.show_outcome(self._team, self._step)  # a re-vote: the vote is revealed
        self.outcome_card.setVisible(bool(shows))

    def _can_place_more(self, state: Progress, items: int) -> bool:
        """Dots left that the rules let the member still place (one per item: not more than the items)."""
        return state.left > 0 and (self._round.rules.several_per_item or state.placed < items)

    def _show_voters(self, counted: dict[int, Progress], wanted: bool) -> None:
        """Each voter's chip says, in words, whose turn it is and who has placed all their dots."""
        self.voters_holder.setVisible(wanted)
        self.voters_legend.setVisible(wanted)
        for button in self._voters.buttons():
            member_id, name = button.property("member_id"), button.property("name")
            state = counted.get(member_id, Progress(0, 0))
            turn = button.isChecked()
            mark = ("▶ " if turn else "") + name + (" ✓" if state.done else "")
            button.setText(mark if state.done or not state.placed else self.tr("{name} · {left} left").format(name=mark, left=state.left))
            if state.done:
                said = self.tr("{name} has placed all dots").format(name=name)
            elif state.placed:
                said = self.tr("{name} has {left} dots left").format(name=name, left=state.left)
            else:
                said = self.tr("{name} has not voted yet").format(name=name)
            button.setAccessibleName(self.tr("{status}; it is their turn").format(status=said) if turn else said)
            button.setToolTip(button.accessibleName())

    def _say_what_to_do(self, anything: bool) -> None:
        """With nothing to vote on: where the items come from, and no reveal of an empty vote."""
        self.nothing_label.setText("" if anything else self._where_items_come_from())
        self.nothing_label.setVisible(not anything)
        self.reveal_button.setEnabled(anything)
        self.reveal_button.setToolTip("" if anything else self.tr("There is nothing to vote on yet, so there are no dots to reveal."))

    def _where_items_come_from(self) -> str:
        maker = source_step(self._ws.template, self._step)
        if maker is None:
            return self.tr("Nothing to vote on yet: the step before makes the items.")
        texts = {
            VoteTarget.KNELPUNTEN: self.tr("Nothing to vote on yet. First write the pain points in the step “{step}”: each one becomes an item to vote on here."),
            VoteTarget.THEMES: self.tr("Nothing to vote on yet. First make themes in the step “{step}” (group the notes into clusters): each theme becomes an item to vote on here."),
            VoteTarget.IDEAS: self.tr("Nothing to vote on yet. First write ideas in the step “{step}”: each idea becomes an item to vote on here."),
        }
        return texts[self._step.rules.votes_on].format(step=self._ws.t(maker.title))

    def _fill_items(self, shown, revealed: bool) -> None:
        while self.items_grid.count():
            widget = self.items_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        counts = tally(shown)
        for row, entry in enumerate(self._listed()):
            if isinstance(entry, str):  # a category's name above its ideas
                self.items_grid.addWidget(label(entry, "eyebrow", f"category_{row}"), row, 0, 1, 4)
                continue
            item = entry
            self.items_grid.addWidget(label(item.label), row, 0)
            dots = label(DOT * counts.get(item.id, 0), "lead", f"dots_{item.id}")
            dots.setStyleSheet(f"color: {self._ws.theme.primary}; letter-spacing: 2px;")
            self.items_grid.addWidget(dots, row, 1)
            if not revealed:
                for column, (text, slot, name) in enumerate(((" − ", self.take, "dotMinus"), (" + ", self.give, "dotPlus")), start=2):
                    button = QPushButton(text)
                    button.setObjectName(f"{name}_{item.id}")
                    button.setAccessibleName(self.tr("{action} a dot: {item}").format(action="−" if name == "dotMinus" else "+", item=item.label))
                    button.clicked.connect(lambda _=False, target=item.id, act=slot: act(target))
                    self.items_grid.addWidget(button, row, column)
        self.items_grid.setColumnStretch(0, 3)
        self.items_grid.setColumnStretch(1, 2)

    def _listed(self) -> list:
        """The round's items, under their category's name when the team categorised them."""
        items = {item.id: item for item in self._round.items}
        groups = categories(self._ws.store, self._ws.template, self._team.id, self._step)
        if not groups:
            return list(items.values())
        listed: list = []
        for group in groups:
            shown = [items[i] for i in group.item_ids if i in items]
            if shown:
                listed += [group.name or self.tr("Not in a category"), *shown]
        return listed

    # -- actions ---------------------------------------------------------------------
    def _try(self, action) -> bool:
        return attempt(self.error, action)

    def give(self, target: int) -> None:
        self._try(lambda: self._round.give(self.voter_id, target))

    def take(self, target: int) -> None:
        self._try(lambda: self._round.take(self.voter_id, target))

    def next_turn(self) -> None:
        buttons = self._voters.buttons()
        index = next((i for i, b in enumerate(buttons) if b.isChecked()), -1)
        if index + 1 < len(buttons):
            buttons[index + 1].setChecked(True)
            self._turn_to_next()
            return
        say(self.error, self.tr("That was the last person: everyone has had a turn. Reveal the dots when the team is ready."), "info")
        self.reveal_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _turn_to_next(self) -> None:
        """Another person's turn: the last one's message is not theirs."""
        self.error.hide()
        self.refresh()

    def reveal(self) -> None:
        anonymous = is_anonymous(self._ws.store, self._ws.template, self._ws.event.id, self._team.id, self._step.key)
        if not ask_reveal(self, self._not_done, anonymous):
            return
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # the question has closed: the focus waits on the page, not on a button about to go
        self._try(lambda: self._round.show(self._ws.timers.clock.now()))

    def _on_changes(self, batch) -> None:
        if self._team is not None and self.isVisible() and touches(batch, {"vote", "step_state", "selection", "knelpunt", "cluster", "note", "member"}, self._team.id):
            self.refresh()  # (hidden: show_step refreshes it when it is shown again)
