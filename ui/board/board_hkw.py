"""The board of 'Hoe kunnen we'-questions: the prefix nobody types, and the theme's best HKW.

Mixed into BoardPage. On an HKW step's board (and the themes step that bundles its notes) the
note field shows the template's prefix fixed before what is typed; the stored note is the whole
question. On the themes step the team marks, per theme, the HKW that states it best: a button,
Ctrl+B, or the note's context menu; marking the marked one again takes the mark off.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QWidget

from app.board import hkw
from app.board.best_note import toggled
from app.day.template import StepKind
from ui.board import board_commands as commands
from ui.board.board_items import NoteItem
from ui.common.messages import attempt, say
from ui.common.widgets import label


class HkwActions:
    """Uses the BoardPage's workspace, step, note field, scene, view, undo stack and error label."""

    def prefixed_field(self, field: QLineEdit) -> QWidget:
        """The note field with the HKW prefix fixed before it (hidden on other boards)."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.prefix_label = label("", "lead", "hkwPrefix", wrap=False)
        self.prefix_label.setStyleSheet("font-weight: 600;")
        self.prefix_label.hide()
        row.addWidget(self.prefix_label)
        row.addWidget(field, 1)
        return holder

    def prefix(self) -> str | None:
        """The prefix of every note on this board, in the UI's language (None: not an HKW board)."""
        step = self._ws.template.step(self.note_step)
        return self._ws.t(step.prefix) if step.prefix is not None else None

    @property
    def marks_best(self) -> bool:
        """A board that bundles HKWs into themes: each theme has its best HKW."""
        return self.has_clusters and self._ws.template.step(self.note_step).kind == StepKind.HKW

    def show_prefix(self) -> None:
        prefix = self.prefix()
        self.prefix_label.setText(f"{prefix} …" if prefix else "")
        self.prefix_label.setVisible(prefix is not None)
        self.note_input.setAccessibleName(prefix or QCoreApplication.translate("BoardPage", "New sticky note"))
        self.note_input.setPlaceholderText(QCoreApplication.translate("BoardPage", "…the rest, then Enter") if prefix is not None
                                           else QCoreApplication.translate("BoardPage", "Type a thought, Enter: on the board, and type the next"))
        self.best_button.setVisible(self.marks_best)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu if self.marks_best else Qt.ContextMenuPolicy.DefaultContextMenu)

    def note_text(self, typed: str) -> str | None:
        """What a typed note stores: the whole question on an HKW board (None: refused, and the
        board says why), else the text as typed."""
        prefix = self.prefix()
        if prefix is None:
            return typed
        whole: list[str] = []
        return whole[0] if attempt(self.error_label, lambda: whole.append(hkw.question(prefix, typed))) else None

    def mark_best_selected(self) -> None:
        """The one selected HKW states its theme best (or, marked already, no longer does)."""
        if not self.marks_best:
            return
        chosen = self.selected_notes()
        if len(chosen) != 1:
            say(self.error_label, QCoreApplication.translate("BoardPage", "Select one question inside a theme to mark it as the one that states the theme best."))
            return
        found: list[tuple[int, int | None]] = []
        if attempt(self.error_label, lambda: found.append(toggled(self._ws.store, chosen[0].note.id))):
            self._push(commands.MarkBest(self._ws.store, *found[0]))

    def note_menu(self, where: QPoint) -> None:
        """Right-click on a question in a theme: mark it as the theme's best (or take the mark off)."""
        item = self.view.itemAt(where)
        if not isinstance(item, NoteItem) or item.note.cluster_id is None:
            return
        self.scene.clearSelection()
        item.setSelected(True)
        menu = QMenu(self)
        menu.setObjectName("noteMenu")
        text = QCoreApplication.translate("BoardPage", "No longer the best of its theme") if item.note.best_of_cluster else QCoreApplication.translate("BoardPage", "★ States its theme best")
        menu.addAction(text, self.mark_best_selected)
        menu.exec(self.view.viewport().mapToGlobal(where))
