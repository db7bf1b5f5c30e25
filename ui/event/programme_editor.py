"""The event editor's "Programme" tab: the facilitator adds, removes, moves and resizes the day's items,
renames them, and fixes lunch or the borrel at their clock time; the times after an edit follow at once
(app/day/programme_edit.py), and an item that no longer fits before a fixed one is flagged on its row.
A refusal is said under the table, in the template validation's words or the programme's own, and
changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.day import programme_edit as edit
from app.day.programme_plan import programme_plan
from app.errors import DomainError
from ui.common.messages import message_line, say
from ui.common.widgets import ScrollSafeComboBox, label
from ui.event.editor_fields import refusal_text
from ui.event.programme_table import FIXED, MINUTES, START, TITLE_NL, ProgrammeTable, kind_name
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace

ADDED_KINDS = ("plenary", "break", "jury", "social")
NEW_ITEM_MINUTES = 15


class ProgrammeEditor(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeEditor")
        self._ws = workspace
        self._keep: tuple[int, int] | None = None  # (item id, column) to select after the next refresh
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Programme"), "h2"))
        layout.addWidget(label(self.tr("Items keep their minutes when others move; an item with a fixed time (padlock) stays at "
                                       "its clock time. Alt+Up and Alt+Down move the chosen item; Enter in the minutes applies."), "muted"))
        self.table = ProgrammeTable(self)
        self.table.minutesChosen.connect(lambda item_id, minutes: self._do(item_id, MINUTES, lambda: edit.resize_item(*self._ids(item_id), minutes)))
        self.table.fixedToggled.connect(lambda item_id, on: self._do(item_id, FIXED, lambda: edit.set_fixed(*self._ids(item_id), on)))
        self.table.startTyped.connect(lambda item_id, clock: self._do(item_id, START, lambda: edit.set_fixed_time(*self._ids(item_id), clock)))
        self.table.titlesTyped.connect(lambda item_id, nl, en: self._do(item_id, TITLE_NL, lambda: edit.rename_item(*self._ids(item_id), nl, en)))
        layout.addWidget(self.table, 1)
        self.error = message_line("programmeEditorError")
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        layout.addLayout(self._add_row())
        self.table.moveAsked.connect(self.move)
        workspace.bridge.changed.connect(self._on_changes)
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, tip, action in (
            ("moveUpButton", self.tr("Move item up"), self.tr("Alt+Up"), lambda: self.move(-1)),
            ("moveDownButton", self.tr("Move item down"), self.tr("Alt+Down"), lambda: self.move(1)),
            ("removeItemButton", self.tr("Remove…"), self.tr("Asks first"), self.remove),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
            button.setToolTip(tip)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_title_nl = QLineEdit()
        self.new_title_nl.setObjectName("newTitleNl")
        self.new_title_nl.setPlaceholderText(self.tr("New item: title in Dutch"))
        self.new_title_en = QLineEdit()
        self.new_title_en.setObjectName("newTitleEn")
        self.new_title_en.setPlaceholderText(self.tr("Title in English (optional)"))
        self.new_kind = ScrollSafeComboBox()
        self.new_kind.setObjectName("newKind")
        for kind in ADDED_KINDS:
            self.new_kind.addItem(kind_name(kind), kind)
        self.new_minutes = QSpinBox()
        self.new_minutes.setObjectName("newMinutes")
        self.new_minutes.setRange(1, 24 * 60)
        self.new_minutes.setValue(NEW_ITEM_MINUTES)
        self.new_minutes.setSuffix(self.tr(" min"))
        add = QPushButton(self.tr("Add after the chosen item"))
        add.setObjectName("addItemButton")
        add.setAutoDefault(True)
        add.setProperty("role", "primary")
        add.clicked.connect(self.add)
        self.new_title_nl.returnPressed.connect(self.add)
        for widget, stretch in ((self.new_title_nl, 2), (self.new_title_en, 2), (self.new_kind, 0), (self.new_minutes, 0), (add, 0)):
            row.addWidget(widget, stretch)
        return row

    # -- what the page registry calls ---------------------------------------------
    def landing(self) -> QWidget:
        return self.table

    def refresh(self) -> None:
        """The plan again; the chosen item (or the one just edited) stays chosen, and the focus stays in
        the table when it was there (or an edit of this editor just happened)."""
        focus = self._keep or self._focused()
        keep_focus = self._keep is not None or self.table.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is self.table
        self._keep = None
        self.table.fill(programme_plan(self._ws.store, self._ws.event.id), self._ws.lang)
        index = None if focus is None else self.table.row_of(focus[0])
        if index is None:
            return
        self.table.setCurrentCell(index, focus[1])
        if keep_focus and self.isVisible():
            spin = self.table.cellWidget(index, MINUTES)
            (spin if focus[1] == MINUTES and spin is not None else self.table).setFocus()

    def _focused(self) -> tuple[int, int] | None:
        item_id = self.table.current_item_id()
        return None if item_id is None else (item_id, self.table.currentColumn())

    def _on_changes(self, batch) -> None:
        if self.isVisible() and touches(batch, {"programme_item", "event"}):
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # a hidden editor does nothing: it catches up when shown

    # -- actions -------------------------------------------------------------------
    def move(self, step: int) -> None:
        item_id = self.table.current_item_id()
        if item_id is not None:
            self._do(item_id, self.table.currentColumn(), lambda: edit.move_item(*self._ids(item_id), self.table.row_of(item_id) + step))

    def remove(self) -> None:
        item_id = self.table.current_item_id()
        row = self.table.plan_row(item_id) if item_id is not None else None
        if row is None:
            return
        title = row.title_en if self._ws.lang == "en" else row.title_nl
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove an item"),
                               self.tr("Remove “{title}” ({time}) from the programme? The items after it move up.").format(title=title, time=row.starts),
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        question.setObjectName("removeItemQuestion")
        question.setDefaultButton(QMessageBox.StandardButton.No)  # Enter, or Space once too often, removes nothing
        if question.exec() == QMessageBox.StandardButton.Yes:
            self._do(None, START, lambda: edit.remove_item(*self._ids(item_id)))
        self.table.setFocus()

    def add(self) -> None:
        nl = self.new_title_nl.text()
        made: list[int] = []
        after = self.table.current_item_id() or self.table.last_item_id()  # nothing chosen: at the end of the day

        def action() -> None:
            made.append(edit.add_item(self._ws.store, self._ws.event.id, after, nl, self.new_title_en.text().strip() or nl,
                                      self.new_kind.currentData(), self.new_minutes.value()))

        if self._do(None, TITLE_NL, action):
            self._keep = (made[0], TITLE_NL)
            self.new_title_nl.clear()
            self.new_title_en.clear()
            self.table.setFocus()

    def _ids(self, item_id: int) -> tuple:
        return self._ws.store, self._ws.event.id, item_id

    def _do(self, item_id: int | None, column: int, action) -> bool:
        """One edit: done (the table follows through the change feed, the item stays chosen), or refused
        with its reason under the table and the table shown as it is stored."""
        try:
            action()
        except DomainError as error:
            say(self.error, refusal_text(error))
        else:
            self.error.hide()
            if item_id is not None:
                self._keep = (item_id, column)
            return True
        QTimer.singleShot(0, self.refresh)  # what was typed goes back to what is stored (not inside the typing widget's signal)
        return False
