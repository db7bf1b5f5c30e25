"""Beside the timeline: the chosen milestone's moment, title and answers, or the end card's answers.

The questions are the template's (``timeline.milestone_fields`` / ``end_fields``). What is typed is
saved as typed (after a pause, ``saveNow``); leaving a field ends the edit as one undo step
(``finished`` with the values before and after). The moment is chosen by the quarter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.canvases.crystal_ball import STEPS_PER_YEAR
from app.canvases.milestones import MilestoneView
from app.day.template import InputField
from ui.common.idle_save import IdleSave
from ui.common.widgets import GrowingTextEdit, label

Values = tuple[str, dict[str, str]]  # a card's title ("" for the end card) and its answers


class CardPanel(QWidget):
    saveNow = Signal()  # read ``values()`` and store them (no undo step: typing goes on)
    finished = Signal(object, object)  # the values before the edit, after it: one undo step
    whenChanged = Signal(float)  # the chosen milestone to this moment
    deleteRequested = Signal()
    leaveRequested = Signal()  # Escape in a field: back to the timeline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crystalCardPanel")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 10, 12, 10)
        self._column.setSpacing(6)
        self._saver = IdleSave(self, self.saveNow.emit)
        self.kind: str | None = None  # "milestone", "end" or None (nothing chosen)
        self.card_id: int | None = None
        self.idea_id: int | None = None  # the idea whose card is shown (its end card is made on the first answer)
        self.title: QLineEdit | None = None
        self.remove = QPushButton(self.tr("Delete milestone"))  # placed under the panel's scroll area by the page: never scrolled away
        self.remove.setObjectName("deleteMilestoneButton")
        self.remove.clicked.connect(self.deleteRequested)
        self.remove.hide()
        self.when: QComboBox | None = None
        self.fields: dict[str, GrowingTextEdit] = {}
        self._start: Values = ("", {})

    # -- what is shown ------------------------------------------------------------------------
    def show_nothing(self, hint: str) -> None:
        self._reset(None, None, None)
        self._column.addWidget(label(hint, "muted", "crystalPanelHint"))
        self._column.addStretch(1)

    def show_milestone(self, milestone: MilestoneView, fields: list[InputField], t, horizon: int, when_text: Callable[[float], str]) -> None:
        self._reset("milestone", milestone.id, milestone.idea_id)
        self._column.addWidget(label(self.tr("Milestone"), "h3", "crystalPanelTitle"))
        self._column.addWidget(label(self.tr("When, from now"), "eyebrow"))
        self.when = QComboBox()
        self.when.setObjectName("milestoneWhen")
        self.when.setAccessibleName(self.tr("When, from now"))
        for index in range(horizon * STEPS_PER_YEAR + 1):
            self.when.addItem(when_text(index / STEPS_PER_YEAR), index / STEPS_PER_YEAR)
        self.when.setCurrentIndex(round(milestone.years * STEPS_PER_YEAR))
        self.when.currentIndexChanged.connect(lambda _i: self.whenChanged.emit(self.when.currentData()))
        self._column.addWidget(self.when)
        self._column.addWidget(label(self.tr("What happens then"), "eyebrow"))
        self.title = QLineEdit(milestone.title)
        self.title.setObjectName("milestoneTitle")
        self.title.setPlaceholderText(self.tr("A title for this milestone"))
        self.title.setAccessibleName(self.tr("The milestone's title"))
        self._watch(self.title)
        self.when.installEventFilter(self)  # (Escape only: the moment is stored as it is chosen)
        self._column.addWidget(self.title)
        self._add_fields(fields, milestone.answers, t, "milestoneField")
        self.remove.show()
        self._column.addStretch(1)
        self._start = self.values()

    def show_end(self, heading: str, idea_id: int, end: MilestoneView | None, fields: list[InputField], t) -> None:
        self._reset("end", end.id if end else None, idea_id)
        self._column.addWidget(label(heading, "h3", "crystalPanelTitle"))
        self._add_fields(fields, end.answers if end else {}, t, "endField")
        self._column.addStretch(1)
        self._start = self.values()

    def focus_chain(self) -> list[QWidget]:
        """The fields and the button shown, in the order Tab goes through them."""
        chain = [w for w in (self.when, self.title, *self.fields.values()) if w is not None]
        return chain + ([self.remove] if self.kind == "milestone" else [])

    def values(self) -> Values:
        title = self.title.text() if self.title is not None else ""
        return title, {key: edit.toPlainText() for key, edit in self.fields.items()}

    def update_from(self, title: str, answers: dict[str, str], years: float | None = None) -> None:
        """The stored card after a change from elsewhere; the field being typed in keeps its text."""
        with self._saver.quietly():
            if self.title is not None and not self.title.hasFocus() and self.title.text() != title:
                self.title.setText(title)
            for key, edit in self.fields.items():
                if not edit.hasFocus() and edit.toPlainText() != answers.get(key, ""):
                    edit.setPlainText(answers.get(key, ""))
        if self.when is not None and years is not None and self.when.currentData() != years:
            self.when.blockSignals(True)
            self.when.setCurrentIndex(round(years * STEPS_PER_YEAR))
            self.when.blockSignals(False)
        if not self.typing:
            self._start = self.values()

    def show_text(self, key: str, text: str) -> None:
        """One text ("title" or a question's key) shows ``text`` (the other laptop's, taken over)."""
        with self._saver.quietly():
            if key == "title" and self.title is not None:
                self.title.setText(text)
            elif key in self.fields:
                self.fields[key].setPlainText(text)

    @property
    def typing(self) -> bool:
        return (self.title is not None and self.title.hasFocus()) or any(edit.hasFocus() for edit in self.fields.values())

    def finish(self) -> None:
        """The edit is over: saved now, and one undoable change from the values before it."""
        self._saver.flush()
        now = self.values()
        if self.kind is not None and now != self._start:
            before, self._start = self._start, now
            self.finished.emit(before, now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            self.finish()
        elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
            return True
        return super().eventFilter(watched, event)

    # -- building ---------------------------------------------------------------------------
    def _add_fields(self, fields: list[InputField], answers: dict[str, str], t, prefix: str) -> None:
        for field in fields:
            self._column.addWidget(label(t(field.label), "eyebrow"))
            edit = GrowingTextEdit(min_lines=2, max_lines=6)
            edit.setObjectName(f"{prefix}_{field.key}")
            edit.setAccessibleName(t(field.label))
            edit.setPlainText(answers.get(field.key, ""))
            self._watch(edit)
            self.fields[field.key] = edit
            self._column.addWidget(edit)

    def _watch(self, field) -> None:
        self._saver.watch(field)
        field.installEventFilter(self)  # after the saver's filter: leaving saves first, then ends the edit

    def _reset(self, kind: str | None, card_id: int | None, idea_id: int | None) -> None:
        self.finish()
        self._saver.cancel()
        self.kind, self.card_id, self.idea_id, self.title, self.when, self.fields = None, None, None, None, None, {}
        self.remove.hide()
        self._start = ("", {})
        while self._column.count():  # (a field losing the focus here finds nothing to finish)
            item = self._column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.kind, self.card_id, self.idea_id = kind, card_id, idea_id
