"""The programme page's day shift: its buttons, and one line that says what the last shift did or why
it was refused (never both)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.day.programme import DayShift, day_shift_minutes, programme_items, shift_rest_of_day
from app.errors import DomainError
from ui.common.messages import message_for
from ui.common.widgets import label
from ui.window.workspace import Workspace

SHIFTS = (-5, 5, 15)


def signed(minutes: int) -> str:
    """"+5", "−5": the minus sign, as on the timer's buttons."""
    return f"{minutes:+d}".replace("-", "−")


class ShiftRow(QWidget):
    """Shift the rest of the day; below the buttons the day's total shift, or the last refusal."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._said: tuple[int, str] | None = None  # (the day's total shift, what the last shift did)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(label(self.tr("Shift the rest of the day"), wrap=False))
        for minutes in SHIFTS:
            button = QPushButton(f"{signed(minutes)} min")
            button.setObjectName(f"shift{'Plus' if minutes > 0 else 'Minus'}{abs(minutes)}")
            button.setToolTip(self.tr("Everything that has not started yet moves {minutes} minutes").format(minutes=signed(minutes)))
            button.clicked.connect(lambda _=False, m=minutes: self.shift(m))
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.total_label = label("", "muted", "shiftTotal")
        column.addWidget(self.total_label)
        self.error = label("", "error", "shiftError")
        self.error.hide()
        column.addWidget(self.error)

    def shift(self, minutes: int) -> None:
        now = self._ws.timers.clock.now()
        try:
            done = shift_rest_of_day(self._ws.store, self._ws.event.id, minutes, now)
        except DomainError as error:
            self.error.setText(message_for(error))
            self.error.show()
            self.total_label.hide()  # the refusal replaces what the last shift said
            return
        self.error.hide()
        total = day_shift_minutes(self._ws.template, programme_items(self._ws.store, self._ws.event.id), now)
        self._said = (total, self._what_moved(total, done))
        self.show_total(total)

    def _what_moved(self, total: int, done: DayShift) -> str:
        if total == 0:
            return self.tr("The day runs to plan again.")
        if not done.fixed_at:
            return self._standing(total)
        english = self._ws.lang == "en"
        return self.tr("The day is shifted by {minutes} minutes, until {fixed} ({at}): {item} now takes {length} minutes.").format(
            minutes=signed(total), fixed=done.fixed_en if english else done.fixed_nl, at=done.fixed_at,
            item=done.last_en if english else done.last_nl, length=done.last_minutes)

    def _standing(self, total: int) -> str:
        return self.tr("The day is shifted by {minutes} minutes.").format(minutes=signed(total)) if total else ""

    def show_total(self, total: int) -> None:
        """The day's total shift as it is now (also after a shift made elsewhere); what the last shift
        here said stays while the total is what it made."""
        if self.error.isVisible():
            return
        text = self._said[1] if self._said is not None and self._said[0] == total else self._standing(total)
        self.total_label.setText(text)
        self.total_label.setVisible(bool(text))
