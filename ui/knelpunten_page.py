"""The knelpunten of a team: a list in the team's order, and each one's answers to the phase's questions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.knelpunten import KnelpuntView, add_knelpunt, delete_knelpunt, from_clusters, knelpunten, move_knelpunt, update_knelpunt
from app.teams import TeamView
from app.template import Step, StepKind
from ui.feed_bridge import touches
from ui.messages import attempt
from ui.widgets import card, label, scrolling

KNELPUNT_ID = Qt.ItemDataRole.UserRole


class KnelpuntenPage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knelpuntenPage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self._items: list[KnelpuntView] = []
        self._shown: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self._list_card())
        self.form_card, self.form = card("knelpuntForm", spacing=6)
        column.addWidget(scrolling(self.form_card, "knelpuntFormScroll"), 1)  # long answers scroll, never overlap
        workspace.bridge.changed.connect(self._on_changes)

    def _list_card(self) -> QWidget:
        frame, layout = card("knelpuntList")
        layout.addWidget(label(self.tr("Pain points, most important first"), "h3"))
        self.list = QListWidget()
        self.list.setObjectName("knelpuntenList")
        self.list.setMaximumHeight(170)
        self.list.setAccessibleName(self.tr("Pain points"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        layout.addWidget(self.list, 1)
        self.new_title = QLineEdit()
        self.new_title.setObjectName("newKnelpuntEdit")
        self.new_title.setPlaceholderText(self.tr("A new pain point, then Enter"))
        self.new_title.returnPressed.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_title, 1)
        for name, text, slot in (
            ("fromClustersButton", self.tr("From the clusters"), self.add_from_clusters),
            ("knelpuntUp", self.tr("↑"), lambda: self.move(-1)),
            ("knelpuntDown", self.tr("↓"), lambda: self.move(1)),
            ("deleteKnelpuntButton", self.tr("Delete"), self.delete),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.error = label("", "error", "knelpuntError")
        self.error.hide()
        layout.addWidget(self.error)
        return frame

    def show_step(self, step: Step, team: TeamView) -> None:
        first = self._step is None or step.key != self._step.key or self._team is None or team.id != self._team.id
        self._step, self._team = step, team
        if first:
            self._build_form(step)
        self.reload()

    def _build_form(self, step: Step) -> None:
        while self.form.count():
            widget = self.form.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.form.addWidget(label(self.tr("Title"), "muted"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("knelpuntTitle")
        self.title_edit.editingFinished.connect(self.save)
        self.form.addWidget(self.title_edit)
        self.field_edits: dict[str, QPlainTextEdit] = {}
        for field in step.fields:
            question = label(self._ws.t(field.label))
            question.setStyleSheet("font-weight: 600;")
            self.form.addWidget(question)
            if field.hint:
                self.form.addWidget(label(self._ws.t(field.hint), "muted"))
            edit = QPlainTextEdit()
            edit.setObjectName(f"knelpunt_{field.key}")
            edit.setAccessibleName(self._ws.t(field.label))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
            edit.installEventFilter(self)  # leaving a field saves it
            self.form.addWidget(edit)
            self.field_edits[field.key] = edit
        self.form.addStretch(1)

    def reload(self) -> None:
        if self._team is None:
            return
        self._items = knelpunten(self._ws.store, self._team.id)
        chosen = self._shown
        self.list.blockSignals(True)
        self.list.clear()
        for index, item in enumerate(self._items, start=1):
            row = QListWidgetItem(f"{index}. {item.title}")
            row.setData(KNELPUNT_ID, item.id)
            self.list.addItem(row)
            if item.id == chosen:
                self.list.setCurrentItem(row)
        if self.list.currentRow() < 0 and self._items:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current(save_first=False)

    def _current(self) -> KnelpuntView | None:
        row = self.list.currentItem()
        wanted = row.data(KNELPUNT_ID) if row else None
        return next((k for k in self._items if k.id == wanted), None)

    def _show_current(self, save_first: bool = True) -> None:
        if save_first:
            self.save()
        current = self._current()
        self._shown = current.id if current else None
        self.form_card.setEnabled(current is not None)
        if not hasattr(self, "title_edit"):
            return
        if not self.title_edit.hasFocus():
            self.title_edit.setText(current.title if current else "")
        for key, edit in self.field_edits.items():
            text = current.answers.get(key, "") if current else ""
            if not edit.hasFocus() and edit.toPlainText() != text:
                edit.setPlainText(text)

    # -- actions (each one transaction; the feed redraws) ---------------------------------
    def _try(self, action) -> bool:
        return attempt(self.error, action)

    def save(self) -> None:
        shown = next((k for k in self._items if k.id == self._shown), None)
        if shown is None or not hasattr(self, "title_edit"):
            return
        answers = {key: edit.toPlainText() for key, edit in self.field_edits.items()}
        self._try(lambda: update_knelpunt(self._ws.store, shown.id, self.title_edit.text(), answers))

    def add(self) -> None:
        self.save()
        text = self.new_title.text()
        self._try(lambda: setattr(self, "_shown", add_knelpunt(self._ws.store, self._team.id, text)))
        if self.error.isHidden():
            self.new_title.clear()

    def add_from_clusters(self) -> None:
        self.save()
        source = self._ws.template.nearest_before(self._step.key, StepKind.CLUSTER)
        if source is not None:
            self._try(lambda: from_clusters(self._ws.store, self._team.id, source.key))

    def move(self, steps: int) -> None:
        self.save()
        if self._shown is not None:
            self._try(lambda: move_knelpunt(self._ws.store, self._shown, steps))

    def delete(self) -> None:
        current = self._current()
        if current is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete pain point"), self.tr("Delete “{title}” and its answers?").format(title=current.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._shown = None
            self._try(lambda: delete_knelpunt(self._ws.store, current.id))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in getattr(self, "field_edits", {}).values():
            self.save()
        return super().eventFilter(watched, event)

    def _on_changes(self, batch) -> None:
        if self._team is not None and touches(batch, {"knelpunt"}, self._team.id):
            self.reload()
