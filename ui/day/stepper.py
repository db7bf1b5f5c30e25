"""The phase stepper: the four phases always in view, the team's current one in blue."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.day.template import Template
from ui.common import text_size


class PhaseStepper(QWidget):
    """One button per phase; clicking one asks to go to that phase's first step."""

    phaseChosen = Signal(str)  # phase key

    def __init__(self, template: Template, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseStepper")
        self._template = template
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._buttons: dict[str, QPushButton] = {}
        self._labels: dict[str, str] = {}
        self._lang = lang
        for phase in template.phases:
            button = QPushButton()
            button.setObjectName(f"phaseChip_{phase.key}")
            button.setProperty("phase", "todo")
            button.setMinimumHeight(32)
            button.setAccessibleName(f"{phase.number} {phase.title.get(lang)}")
            button.clicked.connect(lambda _=False, key=phase.key: self.phaseChosen.emit(key))
            layout.addWidget(button, 1)
            self._buttons[phase.key] = button
        self.set_times({phase.key: (phase.start, phase.end) for phase in template.phases})

    def set_times(self, times: dict[str, tuple[str, str]]) -> None:
        """Each phase's start and end ("HH:MM") as the programme has them, shifts included."""
        self._times = times
        between = "\n" if text_size.factor() > 1 else "    "  # large text: the times on a second line, nothing cut off
        for phase in self._template.phases:
            start, end = times[phase.key]
            self._labels[phase.key] = f"{phase.number}  {phase.short.get(self._lang)}{between}{start}–{end}"
            button = self._buttons[phase.key]
            button.setToolTip(f"{phase.title.get(self._lang)}: {start}–{end}")
            button.setText(("✓ " if self.state(phase.key) == "done" else "") + self._labels[phase.key])

    def refit_text_size(self) -> None:
        """The text size changed: the labels laid out for it."""
        self.set_times(self._times)

    def set_current_step(self, step_key: str | None) -> None:
        """Mark phases before the team's step done, its own current, the rest to do."""
        current = self._template.phase_of(step_key).key if step_key else None
        state = "done" if current else "todo"
        for phase in self._template.phases:
            if phase.key == current:
                state = "current"
            elif state == "current":
                state = "todo"
            button = self._buttons[phase.key]
            button.setProperty("phase", state)
            button.setText(("✓ " if state == "done" else "") + self._labels[phase.key])
            button.setProperty("role", "primary" if state == "current" else None)
            button.style().unpolish(button)
            button.style().polish(button)

    def state(self, phase_key: str) -> str:
        return str(self._buttons[phase_key].property("phase"))
