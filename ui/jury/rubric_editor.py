"""The rubric: the criteria in a table (title, weight, scale, levels) and the chosen one's editor.

Everything is saved as typed. Once juror files were scored against the rubric its editor is locked:
"Change the rubric…" asks first (a change makes those files and the kits out "for an earlier rubric":
what that means is in app/jury/rubric.py), then unlocks it until the change is made (the version is raised once, app/jury/rubric.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.jury import rubric
from app.jury.awards import confirmed_at
from app.jury.levels import levels_text
from app.jury.rubric import SCALE_LIMITS, WEIGHT_MAX
from ui.common.idle_save import IdleSave
from ui.common.messages import attempt, message_line
from ui.common.widgets import card, label
from ui.jury.questions import ask
from ui.window.workspace import Workspace

CRITERION_ID = Qt.ItemDataRole.UserRole


class RubricEditor(QWidget):
    changedHere = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._rows: list = []
        self._unlocked_for: int | None = None  # the rubric version the facilitator agreed to change
        frame, layout = card("rubricCard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addWidget(label(self.tr("Rubric"), "h3"))
        layout.addLayout(self._lock_row())
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(self._list_column(), 11)
        body.addLayout(self._editor(), 9)
        layout.addLayout(body)
        self.line = message_line("rubricMessage")
        layout.addWidget(self.line)

    # -- building ------------------------------------------------------------
    def _lock_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self._scored_note = self.tr("Juror files were scored against this rubric. After a change they still count, with the new "
                                    "weights, until each juror sends a file made with a new kit.")
        self._frozen_note = self.tr("The winners are confirmed: the rubric cannot change under them. The chair reopens the "
                                    "winners first (Juryberaad, “Reopen the winners”).")
        self.lock_note = label(self._scored_note, "info", "rubricLockNote")
        self.unlock_button = QPushButton(self.tr("Change the rubric…"))
        self.unlock_button.setObjectName("unlockRubricButton")
        self.unlock_button.clicked.connect(self._unlock)
        row.addWidget(self.lock_note, 1)
        row.addWidget(self.unlock_button)
        return row

    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("criteriaTable")
        self.table.setAccessibleName(self.tr("Criteria"))
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight"), self.tr("Scale"), self.tr("Levels")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a long title wraps
        self.table.setMinimumHeight(214)
        self.table.currentCellChanged.connect(lambda row, _c, before, _b: row != before and self._show_current())
        column.addWidget(self.table, 1)
        add_row, move_row = QHBoxLayout(), QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setObjectName("newCriterionTitle")
        self.new_title.setPlaceholderText(self.tr("Title of a new criterion, then Enter"))
        self.new_title.setAccessibleName(self.tr("New criterion's title"))
        self.new_title.returnPressed.connect(self._add)
        add_row.addWidget(self.new_title, 1)
        self.buttons: list[QPushButton] = []
        for row, name, text, slot in ((add_row, "addCriterionButton", self.tr("Add criterion"), self._add),
                                      (move_row, "criterionUpButton", self.tr("Up"), lambda: self._move(-1)),
                                      (move_row, "criterionDownButton", self.tr("Down"), lambda: self._move(1)),
                                      (move_row, "removeCriterionButton", self.tr("Remove"), self._remove)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            if name == "removeCriterionButton":
                button.setProperty("role", "danger")
                move_row.addStretch(1)
            row.addWidget(button)
            self.buttons.append(button)
        column.addLayout(move_row)
        column.addLayout(add_row)
        return column

    def _editor(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.title = QLineEdit()
        self.title.setObjectName("criterionTitle")
        self.title.setAccessibleName(self.tr("Criterion's title"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("criterionDescription")
        self.description.setAccessibleName(self.tr("What the jury looks at"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.weight = self._spin("criterionWeight", self.tr("Weight"), 1, WEIGHT_MAX)
        self.low = self._spin("criterionMin", self.tr("Lowest score"), *SCALE_LIMITS)
        self.high = self._spin("criterionMax", self.tr("Highest score"), *SCALE_LIMITS)
        self.levels = QPlainTextEdit()
        self.levels.setObjectName("criterionLevels")
        self.levels.setAccessibleName(self.tr("What the scores mean"))
        self.levels.setTabChangesFocus(True)
        self.levels.setPlaceholderText(self.tr("One level per line: a score or a range, then what it means, e.g. “1-3: Vague or general”"))
        self.levels.setMinimumHeight(96)
        self._saves = {}
        for key, field in (("title", self.title), ("description", self.description), ("levels", self.levels)):
            saver = IdleSave(self, lambda key=key: self._save_text(key))
            saver.watch(field)
            self._saves[key] = saver
        self.weight.valueChanged.connect(self._save_weight)
        self.low.valueChanged.connect(self._save_scale)
        self.high.valueChanged.connect(self._save_scale)
        scale = QHBoxLayout()
        scale.addWidget(self.low)
        scale.addWidget(label("–", wrap=False))
        scale.addWidget(self.high)
        scale.addStretch(1)
        grid.addWidget(label(self.tr("Title"), "muted"), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(label(self.tr("Weight"), "muted"), 1, 0)
        grid.addWidget(self.weight, 1, 1)
        grid.addWidget(label(self.tr("Scale"), "muted"), 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addLayout(scale, 1, 3)
        grid.addWidget(label(self.tr("Description"), "muted"), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.description, 2, 1, 1, 3)
        grid.addWidget(label(self.tr("Levels"), "muted"), 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.levels, 3, 1, 1, 3)
        grid.setColumnStretch(3, 1)
        self.fields = (self.title, self.weight, self.low, self.high, self.description, self.levels)
        return grid

    def _spin(self, name: str, accessible: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)  # saved on Enter, on leaving, or per arrow step: not per digit typed
        return spin

    # -- showing -------------------------------------------------------------
    def show_rubric(self) -> None:
        store, event_id = self._ws.store, self._ws.event.id
        keep = self.current_criterion()
        self._rows = rubric.criteria(store, event_id)
        lang = self._ws.lang
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            cells = (getattr(row, f"title_{lang}"), str(row.weight), f"{row.min_score}–{row.max_score}", str(len(row.levels)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CRITERION_ID, row.id)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        ids = [row.id for row in self._rows]
        self.table.setCurrentCell(ids.index(keep) if keep in ids else (0 if ids else -1), 0)
        self.table.blockSignals(False)
        self._show_lock()
        self._show_current()

    def _show_lock(self) -> None:
        frozen = confirmed_at(self._ws.store, self._ws.event.id) is not None
        locked = frozen or self._locked()
        self.lock_note.setText(self._frozen_note if frozen else self._scored_note)
        self.lock_note.setVisible(locked)
        self.unlock_button.setVisible(locked and not frozen)
        for widget in (*self.fields, *self.buttons, self.new_title):
            widget.setEnabled(not locked)

    def _locked(self) -> bool:
        store, event_id = self._ws.store, self._ws.event.id
        return rubric.needs_confirmation(store, event_id) and self._unlocked_for != rubric.rubric_version(store, event_id)

    def _show_current(self) -> None:
        for saver in self._saves.values():
            saver.flush()
        row = self._current_row()
        if row is None:
            return
        lang = self._ws.lang
        texts = (("title", self.title, getattr(row, f"title_{lang}")),
                 ("description", self.description, getattr(row, f"description_{lang}")),
                 ("levels", self.levels, levels_text(row.levels, lang)))
        for key, field, text in texts:
            if field.hasFocus():
                continue  # being typed in: the typing wins (it is saved in a moment)
            with self._saves[key].quietly():
                field.setPlainText(text) if isinstance(field, QPlainTextEdit) else field.setText(text)
        for spin, value in ((self.weight, row.weight), (self.low, row.min_score), (self.high, row.max_score)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def current_criterion(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(CRITERION_ID) if item is not None else None

    def _current_row(self):
        wanted = self.current_criterion()
        return next((row for row in self._rows if row.id == wanted), None)

    # -- acting --------------------------------------------------------------
    def _unlock(self) -> None:
        if ask(self, "rubricChangeQuestion", self.tr("Change the rubric"),
               self.tr("Juror files were scored against this rubric. After a change they still count, with the new weights, "
                       "until the juror sends a new file (a criterion added makes them count for nothing until then: they have "
                       "no score for it). Files made with the old kit that arrive later are refused, so every juror needs a new "
                       "kit. Change the rubric?")):
            self._unlocked_for = rubric.rubric_version(self._ws.store, self._ws.event.id)
            self._show_lock()
            self.table.setFocus()
        else:
            self.unlock_button.setFocus()

    def _edit(self, act) -> bool:
        """Do a rubric edit (confirmed when the facilitator agreed to change a scored rubric); the tab re-reads."""
        confirmed = self._unlocked_for == rubric.rubric_version(self._ws.store, self._ws.event.id)
        done = attempt(self.line, lambda: act(confirmed))
        QTimer.singleShot(0, self.changedHere.emit)
        return done

    def _save_text(self, key: str) -> None:
        criterion_id, lang = self.current_criterion(), self._ws.lang
        if criterion_id is None:
            return
        if key == "levels":
            text = self.levels.toPlainText()
            self._edit(lambda ok: rubric.set_levels(self._ws.store, criterion_id, text, lang, ok))
            return
        text = self.title.text() if key == "title" else self.description.toPlainText()
        self._edit(lambda ok: rubric.set_text(self._ws.store, criterion_id, key, lang, text, ok))

    def _save_weight(self, value: int) -> None:
        criterion_id = self.current_criterion()
        if criterion_id is not None:
            self._edit(lambda ok: rubric.set_weight(self._ws.store, criterion_id, value, ok))

    def _save_scale(self) -> None:
        criterion_id, low, high = self.current_criterion(), self.low.value(), self.high.value()
        if criterion_id is not None:
            self._edit(lambda ok: rubric.set_scale(self._ws.store, criterion_id, low, high, ok))

    def _add(self) -> None:
        title, made = self.new_title.text(), []
        if self._edit(lambda ok: made.append(rubric.add_criterion(self._ws.store, self._ws.event.id, title, ok))):
            self.new_title.clear()
            self.show_rubric()
            self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.new_title.setFocus()

    def _move(self, offset: int) -> None:
        criterion_id = self.current_criterion()
        if criterion_id is not None and self._edit(lambda ok: rubric.move_criterion(self._ws.store, criterion_id, offset, ok)):
            self.show_rubric()
        self.table.setFocus()

    def _remove(self) -> None:
        criterion_id, row = self.current_criterion(), self.table.currentRow()
        if criterion_id is not None and self._edit(lambda ok: rubric.remove_criterion(self._ws.store, criterion_id, ok)):
            self.show_rubric()
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self.table.setFocus()
