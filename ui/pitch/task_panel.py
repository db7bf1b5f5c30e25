"""The pitch's task split as a grid: the tasks in rows, the members in columns, a tick box where they meet.

The arrow keys move between the boxes, Space ticks, the focus stays on the box; Ctrl+Z undoes. The
grid follows the team it is shown for and what other laptops tick (the change feed). The presenter's
box on "presenting" is always ticked (app/pitch/tasks.py); the presenter is named above the grid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QGridLayout, QVBoxLayout, QWidget

from app.event.teams import TeamView, team_view
from app.pitch.tasks import TaskLine, split_count, task_split
from ui.board.board_commands import push
from ui.common.keymap import bind
from ui.common.messages import message_line
from ui.common.widgets import label
from ui.pitch.task_commands import TickTask
from ui.storage.feed_bridge import touches

TABLES = {"pitch_task", "member", "team_role", "team"}
CELL_WIDTH = (80, 112)  # a member's column, narrowest and widest: 8 of them beside the step navigator at 1366 pixels
TITLE_WIDTH = 170  # the task titles' column (a long title wraps)
MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


class TaskPanel(QWidget):
    summaryChanged = Signal(str)  # summary() after a change: for the pitch page's completeness meter

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPanel")
        self._ws = workspace
        self._team: TeamView | None = None
        self._lines: tuple[TaskLine, ...] = ()
        self._cells: dict[tuple[str, int], QCheckBox] = {}
        self.undo_stack = QUndoStack(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label(self.tr("Who does what?"), "h3"))
        self.presenter_label = label("", "muted", "taskPresenter")
        column.addWidget(self.presenter_label)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        column.addWidget(self._grid_host)
        self.empty_label = label(self.tr("Add the team's members first: then split the tasks here."), "muted", "taskNoMembers")
        column.addWidget(self.empty_label)
        self.error_label = message_line("taskError")
        column.addWidget(self.error_label)
        column.addStretch(1)
        bind("tasksUndo", self, self.undo_stack.undo)
        bind("tasksRedo", self, self.undo_stack.redo)
        workspace.bridge.changed.connect(self._on_changes)

    # -- what is shown -----------------------------------------------------------
    def show_team(self, team: TeamView) -> None:
        """The split of ``team``; another team starts with an empty undo history."""
        if self._team is None or team.id != self._team.id:
            self.undo_stack.clear()
            self.error_label.hide()
        self._team = team
        self.refresh()

    def show_step(self, _step, team: TeamView) -> None:
        self.show_team(team)

    def focus_first(self) -> QWidget:
        """Where the focus goes when the task split is opened: its first box (the panel when it has none)."""
        return next(iter(self._cells.values()), self)

    def focus_chain(self) -> list[QWidget]:
        """Tab's way through the grid, row by row (for the pitch page's chain)."""
        return list(self._cells.values())

    def summary(self) -> str:
        """One line for the pitch page's completeness meter: "3 of 5 tasks split"."""
        done, total = split_count(self._lines)
        return self.tr("{done} of {total} tasks split").format(done=done, total=total)

    def refresh(self) -> None:
        if self._team is None:
            return
        ws = self._ws
        self._team = team_view(ws.store, ws.event.id, self._team.id, ws.template)
        lines = task_split(ws.store, ws.template, self._team.id, ws.lang)
        shape = ([m.id for m in self._team.members], [line.key for line in lines])
        if shape != self._shape():
            self._build(lines)
        before, self._lines = self._lines, lines
        self._tick(lines)
        self._name_presenter(lines)
        if split_count(before) != split_count(lines):
            self.summaryChanged.emit(self.summary())

    def _on_changes(self, batch) -> None:
        if self._team is not None and touches(batch, TABLES, self._team.id):
            self.refresh()

    def _shape(self) -> tuple[list[int], list[str]]:
        members = list(dict.fromkeys(member for _, member in self._cells))
        return members, list(dict.fromkeys(task for task, _ in self._cells))

    def _build(self, lines: tuple[TaskLine, ...]) -> None:
        """The grid anew (the team's members or the tasks changed); the focus goes back to its box."""
        focused = next((place for place, cell in self._cells.items() if cell.hasFocus()), None)
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            widget.hide()
            widget.deleteLater()
        self._cells = {}
        members = self._team.members
        self.empty_label.setVisible(not members)
        self._grid_host.setVisible(bool(members))
        for column, member in enumerate(members, start=1):
            name = label(member.name, None, f"taskMember_{column}")
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            name.setMinimumWidth(CELL_WIDTH[0])  # a long word is cut rather than widening the page
            name.setMaximumWidth(CELL_WIDTH[1])
            name.setToolTip(member.name)
            self._grid.addWidget(name, 0, column)
        for row, line in enumerate(lines, start=1):
            self._grid.addWidget(label(line.title, None, f"taskTitle_{line.key}"), row, 0)
            for column, member in enumerate(members, start=1):
                cell = QCheckBox()
                cell.setObjectName(f"taskCell_{line.key}_{column}")
                cell.setAccessibleName(f"{line.title}: {member.name}")
                cell.clicked.connect(lambda on, key=line.key, member_id=member.id: self._ticked(key, member_id, on))
                cell.installEventFilter(self)
                self._grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignHCenter)
                self._cells[(line.key, member.id)] = cell
        for row in range(1, len(lines) + 1):
            self._grid.setRowMinimumHeight(row, 32)
        self._grid.setColumnMinimumWidth(0, TITLE_WIDTH)
        self._grid.setColumnStretch(len(members) + 1, 1)
        if focused in self._cells:
            self._cells[focused].setFocus()

    def _tick(self, lines: tuple[TaskLine, ...]) -> None:
        for line in lines:
            for member in self._team.members:
                cell = self._cells.get((line.key, member.id))
                if cell is not None:
                    cell.setChecked(member.id in line.member_ids)
                    presents = line.presenter_id == member.id
                    cell.setToolTip(self.tr("The presenter always presents.") if presents else "")

    def _name_presenter(self, lines: tuple[TaskLine, ...]) -> None:
        presenter_id = next((line.presenter_id for line in lines if line.presenter_id is not None), None)
        name = next((m.name for m in self._team.members if m.id == presenter_id), None)
        self.presenter_label.setText(self.tr("Presenter: {name} (always ticked for presenting)").format(name=name) if name
                                     else self.tr("No presenter chosen yet."))

    # -- acting ----------------------------------------------------------------
    def _ticked(self, task_key: str, member_id: int, on: bool) -> None:
        ws = self._ws
        command = TickTask(ws.store, ws.template, self._team.id, task_key, member_id, on)
        if not push(self.undo_stack, command, self.error_label):
            self.refresh()  # the box shows what is stored again

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in MOVES and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._move(watched, *MOVES[event.key()])
            return True
        return super().eventFilter(watched, event)

    def _move(self, cell: QCheckBox, rows: int, columns: int) -> None:
        """The focus to the next box in that direction (it stays at the grid's edge)."""
        places = list(self._cells)
        tasks = list(dict.fromkeys(task for task, _ in places))
        members = list(dict.fromkeys(member for _, member in places))
        task, member = next(place for place, box in self._cells.items() if box is cell)
        row = min(max(tasks.index(task) + rows, 0), len(tasks) - 1)
        column = min(max(members.index(member) + columns, 0), len(members) - 1)
        self._cells[(tasks[row], members[column])].setFocus(Qt.FocusReason.OtherFocusReason)
