"""One step of the day: what to do, for how long, the questions, examples, tips and rules."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.day.navigation import ends_phase, next_step, position
from app.day.template import Rules, Step
from app.event.teams import TeamView
from ui.clock.timer_panel import TimerPanel, step_target
from ui.common.widgets import (
    FlowLayout,
    bullets,
    card,
    fresh_page,
    label,
    paragraphs,
    scrolling,
)
from ui.day.anonymous_switch import AnonymousSwitch
from ui.day.step_tab_order import footer_last
from ui.day.work_area import WorkArea, elsewhere_text, has_surface
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace


class StepPage(QWidget):
    backRequested = Signal()
    nextRequested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPage")
        self._ws = workspace
        self._surface_step: str | None = None
        self._phase_times: tuple | None = None  # (label, phase) of the phase card on screen, kept to the programme
        workspace.bridge.changed.connect(self._on_changes)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self._scroll = scrolling(QWidget(), "stepScroll")
        self._body = fresh_page(self._scroll)
        self.work_area = WorkArea(workspace)
        self.compact_timer = TimerPanel(workspace, framed=False, compact=True)  # above a work surface: more room for it
        self.work_area.set_timer(self.compact_timer)
        self.work_area.instructionsRequested.connect(self.show_instructions)
        self._main = QStackedWidget()
        self._main.addWidget(self._scroll)
        self._main.addWidget(self.work_area)
        row.addWidget(self._main, 1)
        # The timer stays in view while the instructions scroll.
        self.timer_panel = TimerPanel(workspace)
        self.timer_panel.setFixedWidth(300)
        timer_column = QVBoxLayout()
        timer_column.setContentsMargins(0, 24, 24, 0)
        timer_column.addWidget(self.timer_panel)
        timer_column.addStretch(1)
        row.addLayout(timer_column)
        outer.addLayout(row, 1)
        outer.addWidget(self._footer())

    def _footer(self) -> QWidget:
        bar = self._footer_bar = QWidget()
        bar.setObjectName("stepFooter")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 2, 16, 2)
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.back_button.clicked.connect(self.backRequested)
        self.position_label = label("", "muted", "stepPosition", wrap=False)
        self.next_button = QPushButton(self.tr("Next step →"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("role", "primary")
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self.next_button.clicked.connect(self.nextRequested)
        row.addWidget(self.back_button)
        self._back_to_board = QPushButton(self.tr("To the board"))
        self._back_to_board.setObjectName("showBoardButton")
        self._back_to_board.clicked.connect(self.show_board)
        self._back_to_board.hide()
        row.addWidget(self._back_to_board)
        row.addStretch(1)
        row.addWidget(self.position_label)
        row.addStretch(1)
        self.anonymous = AnonymousSwitch(self._ws)  # the team prepares the step: anonymous or not, before it starts
        row.addWidget(self.anonymous)
        row.addWidget(self.next_button)
        return bar

    def show_step(self, step: Step, team: TeamView | None) -> None:
        """Show ``step`` for ``team`` (which may be at another step: looking elsewhere is allowed)."""
        ws, t = self._ws, self._ws.t
        team_id = team.id if team else None
        team_step = team.current_step if team else None
        self._show_timer(team)
        for panel in (self.timer_panel, self.compact_timer):
            panel.set_viewed_step(step.key)
        self._show_surface(step, team)
        self.anonymous.show_step(step, team)
        phase = ws.template.phase_of(step.key)
        self._phase_times = None
        self._body = fresh_page(self._scroll)
        elsewhere = team_id is not None and team_step != step.key
        if elsewhere:
            self._body.addWidget(self._elsewhere_banner(team_step))
        eyebrow = self.tr("PHASE {number} · {phase}").format(number=phase.number, phase=t(phase.title).upper())
        if step.group:
            eyebrow += f"  ·  {t(step.group)}"
        self._body.addWidget(label(eyebrow, "eyebrow", "stepEyebrow"))

        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        self.title_label = label(t(step.title), "h2", "stepTitle")
        title_row.addWidget(self.title_label, 1)
        self.minutes_label = label(self.tr("{minutes} min").format(minutes=step.minutes), "minutes", "stepMinutes", wrap=False)
        self.minutes_label.setAccessibleName(self.tr("Timebox: {minutes} minutes").format(minutes=step.minutes))
        title_row.addWidget(self.minutes_label)
        self._body.addLayout(title_row)

        self.instruction_label = label(t(step.instruction), "lead", "stepInstruction")
        self._body.addWidget(self.instruction_label)
        chips = self._rule_chips(step)
        if chips:
            self._body.addWidget(chips)
        if phase.steps[0].key == step.key:
            self._body.addWidget(self._phase_card(phase))
        if step.description:
            self._body.addWidget(paragraphs(t(step.description)))
        self._add_details(step)
        self._body.addStretch(1)
        self._update_footer(step, elsewhere)
        footer_last(self._footer_bar)  # Tab: the surface / instructions (made just now) before Back / Next

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab inside the step: rows a surface made since (the data changed) still come before Back / Next."""
        footer_last(self._footer_bar)
        return super().focusNextPrevChild(forward)

    def _update_footer(self, step: Step, elsewhere: bool) -> None:
        number, total = position(self._ws.template, step.key)
        self.position_label.setText(self.tr("Step {number} of {total}").format(number=number, total=total))
        if elsewhere:
            self.back_button.setText(self.tr("← To the team's step"))
            self.next_button.setText(self.tr("Move the team here"))
            self.next_button.setEnabled(True)
            return
        following = next_step(self._ws.template, step.key)
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setEnabled(True)
        if following is None or ends_phase(self._ws.template, step.key):  # Next shows the phase's outcome first: the button says so
            self.next_button.setText(self.tr("End of phase {number}: the outcome →").format(number=self._ws.template.phase_of(step.key).number))
        else:
            self.next_button.setText(self.tr("Next: {title} →").format(title=self._ws.t(self._ws.template.step(following).title)))

    def _elsewhere_banner(self, team_step: str | None) -> QWidget:
        frame, layout = card("otherStepBanner")
        layout.addWidget(label(elsewhere_text(self._ws, team_step)))
        return frame

    def _phase_card(self, phase) -> QWidget:
        t = self._ws.t
        frame, layout = card("phaseIntro")
        title = label("", "h3", "phaseIntroTitle")
        self._phase_times = (title, phase)
        self._show_phase_times()
        layout.addWidget(title)
        layout.addWidget(paragraphs(t(phase.intro)))
        if phase.needs:
            layout.addWidget(label(self.tr("What you need"), "eyebrow"))
            layout.addWidget(bullets([t(need) for need in phase.needs]))
        return frame

    def _show_phase_times(self) -> None:
        title, phase = self._phase_times
        start, end = self._ws.phase_times(phase)
        title.setText(self.tr("About this phase ({start}–{end})").format(start=start, end=end))

    def _on_changes(self, batch) -> None:
        if self._phase_times is not None and touches(batch, {"programme_item"}):
            self._show_phase_times()  # the day was shifted: only the times change, nothing being typed is touched

    def _show_surface(self, step: Step, team: TeamView | None) -> None:
        """Steps with a work surface open on it (the board); others show their instructions."""
        if team is not None and has_surface(step):
            self.work_area.show_step(step, team)
            if self._surface_step != step.key:
                self._main.setCurrentWidget(self.work_area)
        else:
            self._main.setCurrentWidget(self._scroll)
        self._back_to_board.setVisible(self._main.currentWidget() is self._scroll and team is not None and has_surface(step))
        self._surface_step = step.key
        self._place_timer()

    def _place_timer(self) -> None:
        """On a work surface the timer is a strip above it; beside the instructions, a column."""
        on_surface = self._main.currentWidget() is self.work_area
        self.timer_panel.set_wanted(not on_surface)
        self.compact_timer.set_wanted(on_surface)

    def show_board(self) -> None:
        self._main.setCurrentWidget(self.work_area)
        self._back_to_board.hide()
        self._place_timer()
        self.landing().setFocus(Qt.FocusReason.OtherFocusReason)  # the pressed button is gone

    def show_instructions(self) -> None:
        self._main.setCurrentWidget(self._scroll)
        self._back_to_board.show()
        self._place_timer()
        self.landing().setFocus(Qt.FocusReason.OtherFocusReason)

    def landing(self) -> QWidget:
        """Where the focus goes when this page is shown: the work surface, or the instructions
        (which then scroll with the arrow and Page keys)."""
        return self.work_area.landing() if self._main.currentWidget() is self.work_area else self._scroll

    def _show_timer(self, team: TeamView | None) -> None:
        """The timer of the team's own step, whichever step is being read."""
        if team is None or team.current_step is None:
            self.timer_panel.set_target(None)
            self.compact_timer.set_target(None)
            return
        target = step_target(self._ws, team.id, self._ws.template.step(team.current_step))
        for panel in (self.timer_panel, self.compact_timer):
            if target != panel.target:
                panel.set_target(target)

    def _add_details(self, step: Step) -> None:
        t = self._ws.t
        if step.parts:
            self._section("stepParts", self.tr("In parts"), [
                f"{t(p.title)} · {p.minutes} min — {t(p.instruction)}" for p in step.parts
            ])
        if step.questions:
            self._section("stepQuestions", self.tr("Questions"), [t(q) for q in step.questions])
        if step.zones:
            self._body.addWidget(self._zones(step))
        if step.fields:
            self._body.addWidget(self._fields(step))
        if step.timeline:
            self._section("stepTimeline", self.tr("Timeline"), [
                f"{t(step.timeline.start)}  →  {t(step.timeline.end)}"
            ])
        if step.examples:
            self._section("stepExamples", self.tr("Examples"), [t(e) for e in step.examples])
        if step.tips:
            self._section("stepTips", self.tr("Tips"), [t(tip) for tip in step.tips])

    def _section(self, name: str, title: str, items: list[str]) -> None:
        frame, layout = card(name)
        layout.addWidget(label(title, "h3"))
        layout.addWidget(bullets(items))
        self._body.addWidget(frame)

    def _zones(self, step: Step) -> QWidget:
        t = self._ws.t
        holder = QWidget()
        holder.setObjectName("stepZones")
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, zone in enumerate(step.zones):
            frame, layout = card(f"zone_{zone.key}")
            layout.addWidget(label(t(zone.title), "h3"))
            layout.addWidget(bullets([t(q) for q in zone.questions]))
            layout.addWidget(label(self.tr("For example: {example}").format(example=t(zone.example)), "muted"))
            layout.addStretch(1)
            grid.addWidget(frame, index // 2, index % 2)
        return holder

    def _fields(self, step: Step) -> QWidget:
        t = self._ws.t
        frame, layout = card("stepFields")
        sections = step.sections or []
        groups = [(s.key, t(s.title)) for s in sections] + [(None, self.tr("To answer"))]
        for key, title in groups:
            items = [t(f.label) + (f" — {t(f.hint)}" if f.hint else "") for f in step.fields if f.section == key]
            if items:
                layout.addWidget(label(title, "h3"))
                layout.addWidget(bullets(items))
        return frame

    def _rule_chips(self, step: Step) -> QWidget | None:
        texts = self.rule_texts(step.rules)
        if not texts:
            return None
        holder = QWidget()
        holder.setObjectName("stepRules")
        row = FlowLayout(holder)
        for text in texts:
            chip = QLabel(text)
            chip.setProperty("role", "chip")
            row.addWidget(chip)
        return holder

    def rule_texts(self, rules: Rules) -> list[str]:
        """The step's rules as short phrases, numbers from the template."""
        texts = []
        if rules.individual:
            texts.append(self.tr("On your own first"))
        if rules.one_per_note:
            texts.append(self.tr("One per sticky note"))
        if rules.budget_per_member:
            texts.append(self.tr("%n dot(s) each", "", rules.budget_per_member))
        if rules.several_per_item is True:
            texts.append(self.tr("Several dots on one item allowed"))
        elif rules.several_per_item is False:
            texts.append(self.tr("At most one dot per item"))
        if rules.hidden_until_reveal:
            texts.append(self.tr("Hidden until the reveal"))
        if rules.tie_breaker:
            role = self._ws.t(self._ws.template.role(rules.tie_breaker).title).lower()
            texts.append(self.tr("A tie: the {role} decides").format(role=role))
        if rules.keep_at_most:
            texts.append(self.tr("Keep at most %n", "", rules.keep_at_most))
        if rules.prize_sheets:
            texts.append(self.tr("Most ideas wins %n flip-over sheet(s)", "", rules.prize_sheets))
        if rules.horizon_years:
            texts.append(self.tr("Looking %n year(s) ahead", "", rules.horizon_years))
        return texts
