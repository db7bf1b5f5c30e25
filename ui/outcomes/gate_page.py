"""The phase gate: the phase's outcome beside what the next phase asks, with a way back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.event.teams import TeamView
from app.outcomes.pitch_gate import pitch_beside
from app.outcomes.phase_gate import (
    StatementBeside,
    next_phase,
    phase_outcome,
    statement_beside,
)
from ui.common.widgets import bullets, card, fresh_page, label, paragraphs, scrolling
from ui.outcomes.gate_pitch import pitch_section
from ui.outcomes.gate_plan import plan_section
from ui.outcomes.statement_card import statement_card
from ui.storage.feed_bridge import touches
from ui.voting.kept_text import kept_text


class GatePage(QWidget):
    backRequested = Signal()
    onRequested = Signal(str)  # the phase whose gate the team passes

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatePage")
        self._ws = workspace
        self._area = scrolling(QWidget())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._area)
        self._phase_key: str | None = None
        self._team: TeamView | None = None
        workspace.bridge.changed.connect(self._on_changes)

    def _on_changes(self, batch) -> None:
        """The outcome follows the team's work, also when it changes on another laptop; the next
        phase's times follow the programme."""
        if self._team is not None and self.isVisible() and touches(batch, {"note", "vote", "selection", "knelpunt", "cluster", "step_state", "programme_item", "milestone", "final_choice", "answer", "story_panel", "team_role", "member"}, self._team.id):
            self.show_gate(self._phase_key, self._team)

    def show_gate(self, phase_key: str, team: TeamView) -> None:
        ws, t = self._ws, self._ws.t
        self._phase_key, self._team = phase_key, team
        self._column = fresh_page(self._area)  # the old page goes with all it held, cards in rows too
        phase = ws.template.phase(phase_key)
        following = next_phase(ws.template, phase_key)
        self._column.addWidget(label(self.tr("END OF PHASE {number}").format(number=phase.number), "eyebrow"))
        self._column.addWidget(label(self.tr("What did “{phase}” give you?").format(phase=t(phase.title)), "h1", "gateTitle"))
        if ws.template.meta.tip:
            self._column.addWidget(label(t(ws.template.meta.tip), "lead", "gateTip"))
        beside = statement_beside(ws.store, ws.template, ws.event.id, team.id, phase_key, ws.lang)
        if beside is not None:
            self._column.addLayout(self._statement_row(beside))
        pitch = pitch_beside(ws.store, ws.template, ws.event.id, team.id, phase_key, ws.lang)
        if pitch is not None:
            self._column.addLayout(pitch_section(pitch, ws.lang))
        sections = phase_outcome(ws.store, ws.template, ws.event.id, team.id, phase_key, ws.lang)
        if sections or following is not None:
            self._column.addLayout(self._outcome_row(sections, following))
        plan = plan_section(ws, team.id, phase_key)
        if plan is not None:
            self._column.addLayout(plan)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("← Back to {step}").format(step=t(phase.steps[-1].title)))
        back.setObjectName("gateBackButton")
        back.clicked.connect(self.backRequested)
        buttons.addWidget(back)
        buttons.addStretch(1)
        if following is not None:
            on = QPushButton(self.tr("On to phase {number} →").format(number=following.number))
            on.setObjectName("gateOnButton")
            on.setProperty("role", "primary")
            on.clicked.connect(lambda: self.onRequested.emit(phase_key))
            buttons.addWidget(on)
        self._column.addLayout(buttons)
        self._column.addStretch(1)

    def _outcome_row(self, sections, following) -> QHBoxLayout:
        """What the phase's steps gave, beside what the next phase asks."""
        ws, t = self._ws, self._ws.t
        row = QHBoxLayout()
        row.setSpacing(16)
        outcome, outcome_layout = card("gateOutcome")
        outcome_layout.addWidget(label(self.tr("Your outcome"), "h3"))
        for section in sections:
            outcome_layout.addWidget(label(section.title, "eyebrow"))
            if section.empty or not section.lines:
                outcome_layout.addWidget(label(self.tr("Not there yet."), "muted"))
            else:
                outcome_layout.addWidget(bullets([kept_text(item, ws) for item in section.kept] or list(section.lines)))
        row.addWidget(outcome, 3)
        if following is not None:
            ahead, ahead_layout = card("gateNext")
            start, end = ws.phase_times(following)
            ahead_layout.addWidget(label(self.tr("Next: phase {number} · {start}–{end}").format(number=following.number, start=start, end=end), "eyebrow", "gateNextTimes"))
            ahead_layout.addWidget(label(t(following.title), "h3"))
            ahead_layout.addWidget(paragraphs(t(following.intro)))
            row.addWidget(ahead, 2)
        return row

    def _statement_row(self, beside: StatementBeside) -> QHBoxLayout:
        """The problem statement (its theme, best question and sentence) beside the knelpunten it came from."""
        row = QHBoxLayout()
        row.setSpacing(16)
        statement = statement_card(beside.statement, self._ws.lang)
        row.addWidget(statement, 3)
        behind, behind_layout = card("gateKnelpunten")
        behind_layout.addWidget(label(self.tr("The pain points it came from"), "h3"))
        if beside.knelpunten is None or beside.knelpunten.empty or not beside.knelpunten.lines:
            behind_layout.addWidget(label(self.tr("Not there yet."), "muted"))
        else:
            behind_layout.addWidget(bullets(list(beside.knelpunten.lines)))
        row.addWidget(behind, 2)
        return row
