"""The jurors: a table to edit in place (name, organisation, who chairs, whether their kit is out),
a row to add one, and the kits to export (every juror's, or the selected juror's)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.errors import DomainError
from app.jury import setup
from app.jury.kit import write_kits
from app.jury.kit_state import KitState, kit_states
from ui.common import text_size
from ui.common.messages import attempt, message_line, say
from ui.common.widgets import card, label
from ui.export.export_messages import export_message
from ui.jury.questions import ask
from ui.window.workspace import Workspace

NAME, ORGANISATION, CHAIR, KIT = range(4)
JUROR_ID = Qt.ItemDataRole.UserRole


class JurorsCard(QWidget):
    changedHere = Signal()  # an action of this card changed the jury (the tab re-reads)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._filling = False
        frame, layout = card("jurorsCard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addLayout(self._title_row())
        layout.addWidget(label(self.tr("Type in the table to change a name or organisation; tick who chairs the jury."), "muted"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("jurorTable")
        self.table.setAccessibleName(self.tr("Jurors"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Chair"), self.tr("Kit")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        header = self.table.horizontalHeader()
        whole = text_size.factor() > 1  # large text: a long word whole, the table scrolls sideways
        for column in (NAME, ORGANISATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if whole else QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHAIR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a long organisation wraps
        self.table.setMinimumHeight(190)
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table, 1)
        self.kit_warning = label("", "error", "kitWarning")  # which kits no longer match, and why (the column stays narrow)
        self.kit_warning.hide()
        layout.addWidget(self.kit_warning)
        layout.addLayout(self._add_row())
        layout.addLayout(self._buttons())
        self.line = message_line("jurorsMessage")
        layout.addWidget(self.line)

    def _add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newJurorName")
        self.new_name.setPlaceholderText(self.tr("Name of a new juror, then Enter"))
        self.new_name.setAccessibleName(self.tr("New juror's name"))
        self.new_name.returnPressed.connect(self._add)
        self.new_organisation = QLineEdit()
        self.new_organisation.setObjectName("newJurorOrganisation")
        self.new_organisation.setPlaceholderText(self.tr("Organisation (optional)"))
        self.new_organisation.setAccessibleName(self.tr("New juror's organisation"))
        self.new_organisation.returnPressed.connect(self._add)
        add = QPushButton(self.tr("Add juror"))
        add.setObjectName("addJurorButton")
        add.clicked.connect(self._add)
        row.addWidget(self.new_name, 3)
        row.addWidget(self.new_organisation, 2)
        row.addWidget(add)
        return row

    def _title_row(self) -> QHBoxLayout:
        """The card's title, and the kits to export at its right (what the set-up leads to)."""
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Jurors"), "h3"), 1)
        one = QPushButton(self.tr("Export kit…"))
        one.setObjectName("exportKitButton")
        one.setToolTip(self.tr("The kit of the juror chosen in the table."))
        one.clicked.connect(self._export_one)
        every = QPushButton(self.tr("Export kits…"))
        every.setObjectName("exportKitsButton")
        every.setProperty("role", "primary")
        every.setToolTip(self.tr("Every juror's kit into one folder: the file each juror opens to score."))
        every.clicked.connect(self._export_all)
        row.addWidget(one)
        row.addWidget(every)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, slot in (("jurorUpButton", self.tr("Up"), lambda: self._move(-1)),
                                 ("jurorDownButton", self.tr("Down"), lambda: self._move(1)),
                                 ("removeJurorButton", self.tr("Remove…"), self._remove)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            if name == "removeJurorButton":
                button.setProperty("role", "danger")
                row.insertStretch(row.count() - 1, 1)  # away from the buttons that only move a juror
        return row

    # -- showing -------------------------------------------------------------
    def show_jurors(self) -> None:
        store, event_id = self._ws.store, self._ws.event.id
        if self.table.state() == QAbstractItemView.State.EditingState:
            return  # a name being typed in place: the next change shows it all
        keep = self.current_juror()
        rows = setup.jurors(store, event_id)
        kits = kit_states(store, event_id)
        self._filling = True
        self.table.setRowCount(len(rows))
        for index, juror in enumerate(rows):
            self._fill(index, juror, kits.get(juror.id))
        self._filling = False
        self._warn(rows, kits)
        ids = [juror.id for juror in rows]
        if keep in ids:
            self.table.setCurrentCell(ids.index(keep), max(self.table.currentColumn(), 0))

    def _fill(self, index: int, juror, state: KitState | None) -> None:
        name = QTableWidgetItem(juror.name)
        organisation = QTableWidgetItem(juror.organisation)
        chair = QTableWidgetItem()
        chair.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        chair.setCheckState(Qt.CheckState.Checked if juror.chair else Qt.CheckState.Unchecked)
        chair.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{name} chairs the jury").format(name=juror.name))
        kit = QTableWidgetItem(self._kit_state(state))
        kit.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if state is not None and (state.earlier_rubric or state.earlier_order):
            kit.setForeground(QBrush(QColor(self._ws.theme.danger)))
            kit.setToolTip(self._kit_reason(state))
            kit.setData(Qt.ItemDataRole.AccessibleTextRole, self._kit_reason(state))
        for column, item in enumerate((name, organisation, chair, kit)):
            item.setData(JUROR_ID, juror.id)
            self.table.setItem(index, column, item)

    def _kit_state(self, state: KitState | None) -> str:
        """The kit column: when the kit was exported and whether it still matches; a juror without a kit
        whose scores arrived (on paper, or a file brought otherwise) needs none."""
        if state is None or state.exported_at is None:
            return self.tr("file received") if state is not None and state.file_in else self.tr("not exported")
        if state.earlier_rubric or state.earlier_order:
            return self.tr("export again")
        when = self._when(state)
        if state.file_in:
            return self.tr("exported {time} · file received").format(time=when)
        return self.tr("exported {time}").format(time=when)

    def _when(self, state: KitState) -> str:
        return state.exported_at.astimezone(ZoneInfo(self._ws.template.meta.timezone)).strftime("%H:%M")

    def _kit_reason(self, state: KitState) -> str:
        if state.earlier_rubric:
            return self.tr("exported {time}, for an earlier rubric: export again").format(time=self._when(state))
        return self.tr("exported {time}, from an earlier running order: export again").format(time=self._when(state))

    def _warn(self, rows, kits: dict[int, KitState]) -> None:
        """Under the table: whose kits are for an earlier rubric, whose list an earlier running order."""
        rubric = [juror.name for juror in rows if kits.get(juror.id) and kits[juror.id].earlier_rubric]
        order = [juror.name for juror in rows if kits.get(juror.id) and kits[juror.id].earlier_order and not kits[juror.id].earlier_rubric]
        lines = []
        if rubric:
            lines.append(self.tr("The kits of {names} are for earlier criteria: export them again.").format(names=", ".join(rubric)))
        if order:
            lines.append(self.tr("The kits of {names} list an earlier running order: export them again.").format(names=", ".join(order)))
        self.kit_warning.setText("\n".join(lines))
        self.kit_warning.setVisible(bool(lines))

    def current_juror(self) -> int | None:
        item = self.table.item(self.table.currentRow(), NAME) if self.table.currentRow() >= 0 else None
        return item.data(JUROR_ID) if item is not None else None

    # -- acting --------------------------------------------------------------
    def _add(self) -> None:
        name, organisation = self.new_name.text(), self.new_organisation.text()
        store, event_id = self._ws.store, self._ws.event.id
        if attempt(self.line, lambda: setup.add_juror(store, event_id, name, organisation)):
            self.new_name.clear()
            self.new_organisation.clear()
            self.changedHere.emit()
            self.table.setCurrentCell(self.table.rowCount() - 1, NAME)
        self.new_name.setFocus()  # the next name, or the refused one to correct

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        juror_id, store = item.data(JUROR_ID), self._ws.store
        if item.column() == NAME:
            attempt(self.line, lambda: setup.rename_juror(store, juror_id, item.text()))
        elif item.column() == ORGANISATION:
            attempt(self.line, lambda: setup.set_organisation(store, juror_id, item.text()))
        elif item.column() == CHAIR:
            if item.checkState() == Qt.CheckState.Checked:
                attempt(self.line, lambda: setup.set_chair(store, juror_id))
            else:
                say(self.line, self.tr("The jury always has a chair: tick another juror to make them chair."))
        QTimer.singleShot(0, self.changedHere.emit)  # shows what was saved (or puts back what was refused)

    def _move(self, offset: int) -> None:
        juror_id = self.current_juror()
        if juror_id is None:
            return
        if attempt(self.line, lambda: setup.move_juror(self._ws.store, juror_id, offset)):
            self.changedHere.emit()
        self.table.setFocus()

    def _remove(self) -> None:
        juror_id = self.current_juror()
        if juror_id is None:
            say(self.line, self.tr("Choose a juror in the table first."))
            return
        row = self.table.currentRow()
        name = self.table.item(row, NAME).text()
        recused = sum(1 for juror, _team in setup.recusals(self._ws.store, self._ws.event.id) if juror == juror_id)
        if recused and not ask(self, "removeJurorQuestion", self.tr("Remove juror"),
                               self.tr("{name} recuses from {count} team(s). Remove {name} and those recusals?").format(name=name, count=recused)):
            self.table.setFocus()
            return
        if attempt(self.line, lambda: setup.remove_juror(self._ws.store, juror_id)):
            self.changedHere.emit()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), NAME)
            self.table.setFocus()
        else:
            self.new_name.setFocus()

    def _export_all(self) -> None:
        ids = [juror.id for juror in setup.jurors(self._ws.store, self._ws.event.id)]
        if not ids:
            say(self.line, self.tr("Add the jurors first: a kit is made for each of them."))
            self.new_name.setFocus()
            return
        self._export(ids, self.sender())

    def _export_one(self) -> None:
        juror_id = self.current_juror()
        if juror_id is None:
            say(self.line, self.tr("Choose a juror in the table first."))
            return
        self._export([juror_id], self.sender())

    def _export(self, ids: list[int], button) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the kits"), str(Path.home()))
        if folder:
            ws = self._ws
            try:
                written = write_kits(ws.store, ws.event.id, ids, ws.template, ws.lang, folder)
            except DomainError as error:
                say(self.line, export_message(error))
            else:
                text = (self.tr("The kit was written: {path}").format(path=written[0]) if len(written) == 1
                        else self.tr("{count} kits were written to {folder}").format(count=len(written), folder=folder))
                say(self.line, text, "info")
                self.changedHere.emit()
        if button is not None:
            button.setFocus()
