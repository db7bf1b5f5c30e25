"""What a revealed vote comes to: the tie at the cut to resolve, what is kept (and how), the tally.

A tie is resolved by the rules' role (the captain chooses), or — where no role is named, as in the
idea vote — by the team: choosing, or a quick re-vote among the tied items only. A vote that keeps
*at most* some items lets the team un-keep a proposed one, and keep one at the cut again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.voting.revote import TieState, start_round, tie_state
from app.voting.selection import KeptItem, candidates, keep, kept_items, unkeep
from app.voting.vote_step import decide, result, vote_items
from ui.common.messages import say
from ui.common.widgets import FlowLayout, choice_button, label
from ui.voting.kept_text import kept_text
from ui.voting.tally_chart import tally_chart


class VoteOutcome(QWidget):
    """The outcome card's content, rebuilt by ``show_outcome``; actions go through ``attempt``."""

    def __init__(self, workspace, attempt, line: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._attempt, self._line = workspace, attempt, line  # the page's message line
        self._team = self._step = None
        self._tie_buttons: list[QPushButton] = []
        self._state: TieState | None = None
        self.chart = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def show_outcome(self, team, step) -> bool:
        """Rebuild for the team's revealed vote; False when there is nothing to show."""
        self._team, self._step = team, step
        ticked = {b.property("target") for b in self._tie_buttons if b.isChecked()}  # kept across a refresh
        self._clear()
        store, template = self._ws.store, self._ws.template
        outcome = result(store, template, team.id, step)
        labels = {item.id: item.label for item in vote_items(store, template, team.id, step)}
        chosen = kept_items(store, template, self._ws.event.id, team.id, step)
        state = tie_state(store, template, self._ws.event.id, team.id, step) if outcome.tied else None
        self._state = state if not chosen else None  # a tie still to resolve
        if self._state is not None and self._state.voting:
            self._revote_open(self._state)
        elif self._state is not None:
            self._tie_choice(self._state, labels, ticked)  # first: what is still to do stays in view
        if chosen and (step.rules.keep_at_most or step.rules.tie_breaker):
            self._kept(chosen, labels)
        elif outcome.kept and not outcome.tied and (step.rules.keep_at_most or step.rules.tie_breaker):
            self._kept([KeptItem(t, labels.get(t, "?"), False, "", False) for t in outcome.kept], labels)
        if state is not None:
            self._round_tallies(state, labels)
        rows = [(labels[t], dots) for t, dots in outcome.ranking if t in labels]
        if not rows:
            return False  # nothing was voted on: no empty chart (the page says what to do)
        self.chart = tally_chart(rows, self._ws.theme)
        self.column.addWidget(label(self.tr("The tally"), "h3"))
        self.column.addWidget(self.chart)
        return True

    def _clear(self) -> None:
        self._tie_buttons = []
        self.chart = None
        while self.column.count():
            widget = self.column.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # -- a tie at the cut ------------------------------------------------------------
    def _tie_choice(self, state: TieState, labels, ticked) -> None:
        role_key = self._step.rules.tie_breaker
        role = self._ws.t(self._ws.template.role(role_key).title).lower() if role_key else None
        if role:
            text = self.tr("A tie: the {role} chooses {n}.").format(role=role, n=state.open_places)
        else:
            text = self.tr("A tie at the cut: choose at most {n} together (fewer is fine), or re-vote among the tied.").format(n=state.open_places)
        if state.rounds:
            text = self.tr("Still tied after re-vote {round}.").format(round=state.rounds) + " " + text
        self.column.addWidget(label(text, "lead", "tieText"))
        holder = QWidget()
        row = FlowLayout(holder, spacing=8)
        for target in state.tied:
            name = labels.get(target, "?")
            button = choice_button(name, f"tie_{target}")
            button.setProperty("target", target)
            button.setProperty("name", name)
            button.setChecked(target in ticked)
            self._mark(button, button.isChecked())
            button.toggled.connect(lambda on, b=button: self._ticked(b, on))
            row.addWidget(button)
            self._tie_buttons.append(button)
        row.addWidget(self._button(self.tr("Confirm the choice"), "confirmTieButton", self.confirm_tie, primary=True))
        if not role:
            row.addWidget(self._button(self.tr("Re-vote among the tied"), "revoteButton", self.start_revote))
        self.column.addWidget(holder)

    def _mark(self, button: QPushButton, on: bool) -> None:
        button.setText(("✓ " if on else "") + button.property("name"))  # chosen: said in words

    def _ticked(self, button: QPushButton, on: bool) -> None:
        """A tied item (un)ticked: more than the open places is refused at once; any other tick
        answers the message about the choice."""
        places = self._state.open_places if self._state is not None else 0
        if on and sum(b.isChecked() for b in self._tie_buttons) > places:
            button.setChecked(False)
            say(self._line, self.tr("At most {n} can be chosen: untick one first to choose another.").format(n=places))
            return
        self._mark(button, on)
        self._line.hide()

    def _revote_open(self, state: TieState) -> None:
        text = self.tr("Re-vote {round} among the tied: {n} dot(s) each, one per item. Take turns, then reveal it.")
        self.column.addWidget(label(text.format(round=state.rounds, n=state.open_places), "lead", "revoteText"))

    def _round_tallies(self, state: TieState, labels) -> None:
        for number, ranked in enumerate(state.tallies, start=1):
            dots = ", ".join(f"{labels.get(t, '?')}: {n} ●" for t, n in ranked)
            self.column.addWidget(label(self.tr("Re-vote {round}: {dots}").format(round=number, dots=dots), "muted", f"revoteTally_{number}"))

    def confirm_tie(self) -> None:
        picked = [b.property("target") for b in self._tie_buttons if b.isChecked()]
        chosen = list(self._state.revoted) + picked if self._state is not None else picked
        role = self._step.rules.tie_breaker
        holder = self._team.holder(role) if role else None
        self._attempt(lambda: decide(self._ws.store, self._ws.template, self._team.id, self._step, chosen, holder.id if holder else None))

    def start_revote(self) -> None:
        self._attempt(lambda: start_round(self._ws.store, self._ws.template, self._ws.event.id, self._team.id, self._step))

    # -- what is kept ----------------------------------------------------------------
    def _kept(self, chosen: list[KeptItem], labels) -> None:
        limit = self._step.rules.keep_at_most
        self.column.addWidget(label(self.tr("Kept for the next step:"), "h3"))
        if limit:
            hint = self.tr("The {n} with the most dots are proposed. You may keep fewer: at most {n}.").format(n=limit)
            self.column.addWidget(label(hint, "muted", "keptHint"))
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for rank, item in enumerate(chosen, start=1):
            grid.addWidget(label(f"{rank}. {kept_text(item, self._ws)}", None, f"kept_{item.id}"), rank, 0)
            if limit:
                grid.addWidget(self._button(self.tr("Un-keep"), f"unkeep_{item.id}", lambda _=False, t=item.id: self.unkeep(t)), rank, 1)
        others = [t for t in self._candidates() if t not in {i.id for i in chosen}] if limit else []
        for row, target in enumerate(others, start=len(chosen) + 1):
            grid.addWidget(label(self.tr("Not kept: {item}").format(item=labels.get(target, "?")), "muted", f"notKept_{target}"), row, 0)
            grid.addWidget(self._button(self.tr("Keep"), f"keep_{target}", lambda _=False, t=target: self.keep(t)), row, 1)
        grid.setColumnStretch(0, 1)
        self.column.addWidget(grid_holder)

    def _candidates(self) -> list[int]:
        return candidates(self._ws.store, self._ws.template, self._team.id, self._step)

    def keep(self, target: int) -> None:
        self._attempt(lambda: keep(self._ws.store, self._ws.template, self._ws.event.id, self._team.id, self._step, target))

    def unkeep(self, target: int) -> None:
        self._attempt(lambda: unkeep(self._ws.store, self._ws.template, self._ws.event.id, self._team.id, self._step, target))

    def _button(self, text: str, name: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(slot)
        return button
