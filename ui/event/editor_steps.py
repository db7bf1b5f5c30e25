"""The event editor's "Steps" tab: per phase, each step's minutes and the rules a facilitator sets
(dots per person, at most to keep, who breaks a tie, alone first, hidden until the reveal, …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.day.programme import phase_window, programme_items
from app.day.template import Phase, Step
from app.day.template_checks import minutes_of
from app.event.step_edits import editable_rules, most_dots_placed, set_part_minutes, set_step_minutes, set_step_rule
from ui.common.widgets import FlowLayout, ScrollSafeComboBox, card, label, scrolling
from ui.event.editor_fields import Bound, error_label
from ui.event.editor_state import EditedEvent

MAX_MINUTES = 600
# rule -> (what the facilitator reads, lowest, highest, the lowest shown as this word: the rule is off)
NUMBER_RULES = {
    "budget_per_member": (QT_TRANSLATE_NOOP("editor", "Dots per person"), 1, 99, None),
    "keep_at_most": (QT_TRANSLATE_NOOP("editor", "At most to keep"), 0, 99, QT_TRANSLATE_NOOP("editor", "no limit")),
    "prize_sheets": (QT_TRANSLATE_NOOP("editor", "Flip-over sheets for the winning team"), 0, 20, QT_TRANSLATE_NOOP("editor", "none")),
    "horizon_years": (QT_TRANSLATE_NOOP("editor", "Years ahead on the timeline"), 1, 50, None),
}
TICK_RULES = {
    "several_per_item": QT_TRANSLATE_NOOP("editor", "Several dots on one item allowed"),
    "individual": QT_TRANSLATE_NOOP("editor", "Everyone works alone first"),
    "one_per_note": QT_TRANSLATE_NOOP("editor", "One thought per note"),
    "hidden_until_reveal": QT_TRANSLATE_NOOP("editor", "Hidden until the reveal"),
    "anonymous": QT_TRANSLATE_NOOP("editor", "Anonymous (no names on notes and dots)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


class StepsTab(QWidget):
    def __init__(self, edited: EditedEvent, saved, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorStepsTab")
        self._edited = edited
        self._saved = saved
        self.bindings: list[Bound] = []
        self._windows: dict[str, QLabel] = {}
        self._voted: dict[str, QLabel] = {}
        self._shape: tuple | None = None
        self._content = QWidget()
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(0, 16, 8, 16)
        self._column.setSpacing(16)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(self._content, "editorStepsScroll"))
        self.refresh()

    def landing(self) -> QWidget:
        first = self.bindings[0].widget if self.bindings else self
        return first

    def refresh(self) -> None:
        template = self._edited.template
        shape = tuple((p.key, tuple((s.key, s.kind, tuple(x.key for x in s.parts)) for s in p.steps)) for p in template.phases)
        if shape != self._shape:
            self._build()
            self._shape = shape
        for bound in self.bindings:
            bound.load()
        items = programme_items(self._edited.store, self._edited.id)
        for phase in template.phases:
            self._windows[phase.key].setText(self._window_text(phase, items))
        for key, hint in self._voted.items():
            placed = most_dots_placed(self._edited.store, self._edited.id, key)
            hint.setVisible(placed is not None)
            if placed is not None:
                hint.setText(QCoreApplication.translate("editor", "Dots have been placed in this vote: its rules stay as they are. The dots per person "
                                 "can still go up, or down to {placed} (the most one person has placed).").format(placed=placed))

    def flush(self) -> None:
        for bound in self.bindings:
            bound.flush()

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        while self._column.count():
            item = self._column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from view now (freed later): never found by its name again
                item.widget().deleteLater()
        self.bindings, self._windows, self._voted = [], {}, {}
        for phase in self._edited.template.phases:
            self._column.addWidget(self._phase_card(phase))
        self._column.addStretch(1)

    def _phase_card(self, phase: Phase) -> QWidget:
        frame, layout = card(f"editorPhase_{phase.key}", spacing=8)
        layout.addWidget(label(f"{phase.number}  {self._edited.t(phase.title)}", "h3"))
        window = label("", "muted", f"editorWindow_{phase.key}")
        self._windows[phase.key] = window
        layout.addWidget(window)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        for index, step in enumerate(phase.steps):
            self._step_rows(grid, index * 3, step)
        layout.addLayout(grid)
        return frame

    def _window_text(self, phase: Phase, items: list) -> str:
        """The phase's minutes, and its times as the programme shows them (the day's shifts included)."""
        window = minutes_of(phase.end) - minutes_of(phase.start)
        used = sum(step.minutes for step in phase.steps)
        shown = phase_window(self._edited.template, items, phase.key)
        start, end = (phase.start, phase.end) if shown is None else (moment.astimezone(self._edited.ws.zone).strftime("%H:%M") for moment in shown)
        return QCoreApplication.translate("editor", "The phase has {window} min ({start}–{end} in this event's programme); its steps take {used} min, {free} min free.").format(
            start=start, end=end, window=window, used=used, free=window - used)

    def _step_rows(self, grid: QGridLayout, row: int, step: Step) -> None:
        title = label(self._edited.t(step.title), None, f"editorStepTitle_{step.key}")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setMinimumWidth(180)
        grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
        error = error_label(f"editorStepError_{step.key}")
        grid.addLayout(self._minutes(step, error), row, 1, Qt.AlignmentFlag.AlignTop)
        rules = QWidget()
        flow = FlowLayout(rules, spacing=12)
        flow.setContentsMargins(0, 0, 0, 0)
        for rule in editable_rules(step.kind):
            flow.addWidget(self._rule(step, rule, error))
        grid.addWidget(rules, row, 2)
        if step.rules.votes_on is not None:
            hint = label("", "muted", f"editorVoted_{step.key}")
            hint.hide()
            self._voted[step.key] = hint
            grid.addWidget(hint, row + 1, 0, 1, 3)
        grid.addWidget(error, row + 2, 0, 1, 3)
        grid.setRowMinimumHeight(row + 2, 8)  # a little air between one step and the next

    def _minutes(self, step: Step, error: QLabel) -> QGridLayout:
        """The step's minutes; a step of parts (an idea race's rounds): each part's, one under the other."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        if not step.parts:
            spin = self._spin(f"minutes_{step.key}", QCoreApplication.translate("editor", "{step}: minutes").format(step=self._edited.t(step.title)), 1, MAX_MINUTES)
            grid.addWidget(spin, 0, 1)
            self._bind(spin, lambda key=step.key: self._edited.template.step(key).minutes,
                       lambda value, key=step.key: set_step_minutes(self._edited.store, self._edited.id, key, value), error)
            return grid
        for row, part in enumerate(step.parts):
            spin = self._spin(f"part_{step.key}_{part.key}", f"{self._edited.t(step.title)}, {self._edited.t(part.title)}", 1, MAX_MINUTES)
            grid.addWidget(label(self._edited.t(part.title), "muted", wrap=False), row, 0)
            grid.addWidget(spin, row, 1)
            self._bind(spin, lambda key=step.key, part=part.key: next(p.minutes for p in self._edited.template.step(key).parts if p.key == part),
                       lambda value, key=step.key, part=part.key: set_part_minutes(self._edited.store, self._edited.id, key, part, value), error)
        return grid

    def _rule(self, step: Step, rule: str, error: QLabel) -> QWidget:
        read = lambda key=step.key, rule=rule: getattr(self._edited.template.step(key).rules, rule)  # noqa: E731
        write = lambda value, key=step.key, rule=rule: set_step_rule(self._edited.store, self._edited.id, key, rule, value)  # noqa: E731
        name = f"rule_{step.key}_{rule}"
        if rule in TICK_RULES:
            tick = QCheckBox(_tr(TICK_RULES[rule]))
            tick.setObjectName(name)
            self._bind(tick, read, write, error)
            return tick
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if rule == "tie_breaker":
            text = QCoreApplication.translate("editor", "A tie is broken by")
            field = ScrollSafeComboBox()
            field.setObjectName(name)
            field.addItem(QCoreApplication.translate("editor", "the team together"), None)
            for role in self._edited.template.roles:
                field.addItem(self._edited.t(role.title), role.key)
        else:
            text, lowest, highest, off = NUMBER_RULES[rule]
            text = _tr(text)
            field = self._spin(name, text, lowest, highest)
            if off is not None:
                field.setSpecialValueText(_tr(off))
        field.setAccessibleName(f"{self._edited.t(step.title)}: {text}")
        caption = QLabel(text)
        caption.setBuddy(field)
        row.addWidget(caption)
        row.addWidget(field)
        self._bind(field, read, write, error)
        return holder

    def _spin(self, name: str, accessible: str, lowest: int, highest: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(lowest, highest)
        spin.setAccessibleName(accessible)
        spin.setMaximumWidth(130)
        if name.startswith(("minutes_", "part_")):
            spin.setSuffix(" min")
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the page scrolls under the wheel, not the value
        spin.wheelEvent = lambda event: event.ignore()
        return spin

    def _bind(self, widget: QWidget, read, write, error: QLabel) -> None:
        self.bindings.append(Bound(widget, read, write, error, self._saved))
