"""The event editor's programme as a table: start, minutes, titles, kind, the padlock of a fixed item
and the warning of an item that no longer fits. It only shows and reports what the facilitator typed;
the editor (ui/event/programme_editor.py) turns that into edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem, QToolButton

from app.day.programme_plan import PlanRow
from ui.common import text_size
from ui.day.programme_marks import fixed_words, lock_icon

START, MINUTES, TITLE_NL, TITLE_EN, KIND, FIXED, WARNING = range(7)
DANGER = "#A4262C"  # STYLE.md: 7.3:1 on white
MUTED = "#5A6270"  # STYLE.md's secondary text: 6.2:1 on white
ROW_HEIGHT = 40


def kind_name(kind: str) -> str:
    names = {
        "plenary": QCoreApplication.translate("ProgrammeTable", "Plenary"),
        "break": QCoreApplication.translate("ProgrammeTable", "Break time"),
        "phase": QCoreApplication.translate("ProgrammeTable", "Team phase"),
        "jury": QCoreApplication.translate("ProgrammeTable", "Jury"),
        "social": QCoreApplication.translate("ProgrammeTable", "Drinks and social"),
    }
    return names.get(kind, kind)


def fit_warning(row: PlanRow, lang: str) -> str:
    """'Does not fit: 10 min too long before Lunch! (12:30)', or empty when the item fits."""
    if not row.over:
        return ""
    fixed = row.fixed_next_en if lang == "en" else row.fixed_next_nl
    text = QCoreApplication.translate("ProgrammeTable", "Does not fit: {minutes} min too long before {fixed} ({at})")
    return text.format(minutes=row.over, fixed=fixed, at=row.fixed_next_at)


class ProgrammeTable(QTableWidget):
    minutesChosen = Signal(int, int)  # item id, minutes
    fixedToggled = Signal(int, bool)
    startTyped = Signal(int, str)  # item id, "HH:MM" (fixed items only)
    titlesTyped = Signal(int, str, str)  # item id, Dutch, English
    moveAsked = Signal(int)  # -1: up, 1: down (Alt+Up, Alt+Down, also from a row's minutes)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("programmeTable")
        self.setHorizontalHeaderLabels([self.tr("Start"), self.tr("Length"), self.tr("Title (Dutch)"), self.tr("Title (English)"),
                                        self.tr("Item kind"), self.tr("Fixed time"), self.tr("Fits?")])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.horizontalHeader()
        grown = text_size.factor()  # 150/200 % text: wider columns and rows; the titles whole, the table scrolls sideways
        for column, width in ((START, 70), (MINUTES, 96), (KIND, 90), (FIXED, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, round(width * grown))
        for column in (TITLE_NL, TITLE_EN, WARNING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if grown == 1 else QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(round(ROW_HEIGHT * grown))
        self._rows: list[PlanRow] = []
        self.itemChanged.connect(self._typed)

    # -- showing ---------------------------------------------------------------
    def fill(self, rows: list[PlanRow], lang: str) -> None:
        self._rows = rows
        self.blockSignals(True)
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill_row(index, row, lang)
        self.blockSignals(False)

    def _fill_row(self, index: int, row: PlanRow, lang: str) -> None:
        start = QTableWidgetItem(row.starts)
        start.setFlags(start.flags() & ~Qt.ItemFlag.ItemIsEditable if not row.fixed else start.flags() | Qt.ItemFlag.ItemIsEditable)
        if row.fixed:
            start.setToolTip(QCoreApplication.translate("ProgrammeTable", "A fixed time: type another to move it"))
        else:
            start.setToolTip(QCoreApplication.translate("ProgrammeTable", "Follows from the items before it"))
        if row.fixed:
            bold = QFont(start.font())
            bold.setWeight(QFont.Weight.Bold)
            start.setFont(bold)
        self.setItem(index, START, start)
        self._minutes_cell(index, row)
        for column, text in ((TITLE_NL, row.title_nl), (TITLE_EN, row.title_en)):
            self.setItem(index, column, QTableWidgetItem(text))
        kind = QTableWidgetItem(kind_name(row.kind))
        kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(index, KIND, kind)
        self._lock_cell(index, row)
        warning = QTableWidgetItem(fit_warning(row, lang))
        warning.setFlags(warning.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if row.over:
            warning.setForeground(QBrush(QColor(DANGER)))
            bold = QFont(warning.font())
            bold.setWeight(QFont.Weight.Bold)
            warning.setFont(bold)
            warning.setToolTip(warning.text())
        self.setItem(index, WARNING, warning)

    def _minutes_cell(self, index: int, row: PlanRow) -> None:
        """A spin box for the minutes (kept from the last fill: a refresh never takes the focus away),
        none for the day's last item."""
        spin = self.cellWidget(index, MINUTES)
        if row.last:
            if spin is not None:
                self.removeCellWidget(index, MINUTES)
            cell = QTableWidgetItem("–")
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setToolTip(QCoreApplication.translate("ProgrammeTable", "The day's last item: nothing after it to end it"))
            self.setItem(index, MINUTES, cell)
            return
        if not isinstance(spin, QSpinBox):
            spin = QSpinBox()
            spin.setRange(1, 24 * 60)
            spin.setSuffix(QCoreApplication.translate("ProgrammeTable", " min"))
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(lambda box=spin: self._minutes_done(box))
            spin.installEventFilter(self)  # Alt+Up/Down moves the row, not the minutes
            self.setItem(index, MINUTES, QTableWidgetItem(""))
            self.setCellWidget(index, MINUTES, spin)
        spin.setObjectName(f"minutesSpin_{index}")
        spin.setProperty("itemId", row.item_id)
        spin.blockSignals(True)
        spin.setValue(row.minutes)
        spin.blockSignals(False)
        spin.setAccessibleName(QCoreApplication.translate("ProgrammeTable", "Minutes of {title}").format(title=row.title_nl))
        spin.setStyleSheet(f"QSpinBox {{ border: 2px solid {DANGER}; }}" if row.over else "")

    def _lock_cell(self, index: int, row: PlanRow) -> None:
        button = self.cellWidget(index, FIXED)
        if not isinstance(button, QToolButton):
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(QCoreApplication.translate("ProgrammeTable", "A fixed item keeps its clock time while the rest moves"))
            button.toggled.connect(lambda on, source=button: self.fixedToggled.emit(source.property("itemId"), on))
            button.installEventFilter(self)  # focusing it chooses its row; Enter presses it, as Space does
            self.setCellWidget(index, FIXED, button)
        button.setObjectName(f"fixedToggle_{index}")
        button.setProperty("itemId", row.item_id)
        button.blockSignals(True)
        button.setChecked(row.fixed)
        button.blockSignals(False)
        button.setText(fixed_words() if row.fixed else QCoreApplication.translate("ProgrammeTable", "Fix its time"))
        button.setAutoRaise(not row.fixed)  # only a fixed item's padlock stands out
        # An open lock is a quiet white button (secondary text, readable on a chosen row too).
        button.setStyleSheet("" if row.fixed else f"QToolButton {{ color: {MUTED}; background: white; border: 1px solid #D0D5DD; border-radius: 4px; }}")
        button.setIcon(lock_icon() if row.fixed else QIcon())

    # -- reporting -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._asked_to_move(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """A row's minutes or lock: focusing them chooses the row; Alt+Up/Down there moves the row; Enter
        on the lock presses it."""
        if event.type() == QEvent.Type.FocusIn:
            index = self.row_of(watched.property("itemId"))
            if index is not None and index != self.currentRow():
                self.setCurrentCell(index, MINUTES)
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QToolButton) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched.click()
            return True
        return event.type() == QEvent.Type.KeyPress and self._asked_to_move(event)

    def _asked_to_move(self, event: QKeyEvent) -> bool:
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() != Qt.KeyboardModifier.AltModifier or event.key() not in steps:
            return False
        self.moveAsked.emit(steps[event.key()])
        return True

    def _minutes_done(self, box: QSpinBox) -> None:
        item_id = box.property("itemId")
        row = next((r for r in self._rows if r.item_id == item_id), None)
        if row is not None and box.value() != row.minutes:
            self.minutesChosen.emit(item_id, box.value())

    def _typed(self, cell: QTableWidgetItem) -> None:
        index = cell.row()
        if not 0 <= index < len(self._rows):
            return
        row = self._rows[index]
        if cell.column() == START and cell.text() != row.starts:
            self.startTyped.emit(row.item_id, cell.text())
        elif cell.column() in (TITLE_NL, TITLE_EN):
            nl, en = self.item(index, TITLE_NL).text(), self.item(index, TITLE_EN).text()
            if (nl, en) != (row.title_nl, row.title_en):
                self.titlesTyped.emit(row.item_id, nl, en)

    # -- where the facilitator is ------------------------------------------------
    def current_item_id(self) -> int | None:
        index = self.currentRow()
        return self._rows[index].item_id if 0 <= index < len(self._rows) else None

    def last_item_id(self) -> int | None:
        return self._rows[-1].item_id if self._rows else None

    def row_of(self, item_id: int) -> int | None:
        return next((index for index, row in enumerate(self._rows) if row.item_id == item_id), None)

    def plan_row(self, item_id: int) -> PlanRow | None:
        index = self.row_of(item_id)
        return None if index is None else self._rows[index]
