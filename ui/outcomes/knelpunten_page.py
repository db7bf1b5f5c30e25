"""The knelpunten of a team: a list in the team's order beside the chosen one's answers to the
phase's questions. Answers are saved as they are typed (after a pause, on leaving, on close)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.day.template import Step, StepKind, VoteTarget
from app.event.teams import TeamView
from app.outcomes.knelpunten import (
    KnelpuntView,
    add_knelpunt,
    delete_knelpunt,
    from_clusters,
    knelpunten,
    move_knelpunt,
    update_knelpunt,
)
from app.voting.vote_items import dots_on
from ui.common.idle_save import IdleSave
from ui.common.messages import attempt, confirm, made_knelpunten
from ui.common.widgets import GrowingTextEdit, card, label, scrolling
from ui.storage.feed_bridge import touches

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
        self._saver = IdleSave(self, self.save)
        row = QHBoxLayout(self)  # side by side: the form gets the page's whole height
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self._list_card(), 2)
        self.form_card, form = card("knelpuntForm", spacing=6, margins=12)
        self.form = QGridLayout()
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(4)
        form.addLayout(self.form)
        form.addStretch(1)
        row.addWidget(scrolling(self.form_card, "knelpuntFormScroll"), 3)  # the one scroll area: fields grow with their text
        workspace.bridge.changed.connect(self._on_changes)

    def _list_card(self) -> QWidget:
        frame, layout = card("knelpuntList", spacing=6, margins=12)
        layout.addWidget(label(self.tr("Pain points, most important first"), "h3"))
        self.list = QListWidget()
        self.list.setObjectName("knelpuntenList")
        self.list.setAccessibleName(self.tr("Pain points"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        layout.addWidget(self.list, 1)
        self.new_title = QLineEdit()
        self.new_title.setObjectName("newKnelpuntEdit")
        self.new_title.setAccessibleName(self.tr("A new pain point"))
        self.new_title.setPlaceholderText(self.tr("A new pain point, then Enter"))
        self.new_title.returnPressed.connect(self.add)
        layout.addWidget(self.new_title)
        buttons = QHBoxLayout()
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
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.info = label("", "muted", "knelpuntInfo")  # what "From the clusters" did
        self.info.hide()
        layout.addWidget(self.info)
        self.error = label("", "error", "knelpuntError")
        self.error.hide()
        layout.addWidget(self.error)
        return frame

    def show_step(self, step: Step, team: TeamView) -> None:
        first = self._step is None or step.key != self._step.key or self._team is None or team.id != self._team.id
        if first:
            self.flush_edits()  # what was typed for the team shown before is kept
            self.info.hide()
        self._step, self._team = step, team
        if first:
            self._build_form(step)
        self.reload()

    def _build_form(self, step: Step) -> None:
        """The title across, then the step's questions two by two; a question's hint shows in its empty field."""
        while self.form.count():
            widget = self.form.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        title = label(self.tr("Title"), "muted")
        self.form.addWidget(title, 0, 0, 1, 2)
        self.title_edit = QLineEdit()
        title.setBuddy(self.title_edit)  # its name for a screen reader
        self.title_edit.setObjectName("knelpuntTitle")
        self._saver.watch(self.title_edit)
        self.form.addWidget(self.title_edit, 1, 0, 1, 2)
        self.field_edits: dict[str, GrowingTextEdit] = {}
        for index, field in enumerate(step.fields):
            row, column = 2 + 2 * (index // 2), index % 2
            question = label(self._ws.t(field.label))
            question.setStyleSheet("font-weight: 600; margin-top: 6px;")
            self.form.addWidget(question, row, column, Qt.AlignmentFlag.AlignBottom)
            edit = GrowingTextEdit()
            edit.setObjectName(f"knelpunt_{field.key}")
            edit.setAccessibleName(self._ws.t(field.label))
            if field.hint:
                edit.setPlaceholderText(self._ws.t(field.hint))
                edit.setToolTip(self._ws.t(field.hint))
            self._saver.watch(edit)
            self.form.addWidget(edit, row + 1, column, Qt.AlignmentFlag.AlignTop)
            self.field_edits[field.key] = edit
        self.form.setColumnStretch(0, 1)
        self.form.setColumnStretch(1, 1)

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
            row.setToolTip(item.title)
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
            self.flush_edits()
        current = self._current()
        moved_on = current is None or current.id != self._shown
        self._shown = current.id if current else None
        self.form_card.setEnabled(current is not None)
        if not hasattr(self, "title_edit"):
            return
        with self._saver.quietly():  # a field being typed in keeps the typing hand's text
            if moved_on or not self.title_edit.hasFocus():
                self.title_edit.setText(current.title if current else "")
            for key, edit in self.field_edits.items():
                text = current.answers.get(key, "") if current else ""
                if (moved_on or not edit.hasFocus()) and edit.toPlainText() != text:
                    edit.setPlainText(text)

    # -- actions (each one transaction; the feed redraws) ---------------------------------
    def _try(self, action) -> bool:
        return attempt(self.error, action)

    def save(self) -> None:
        """Write the shown knelpunt's title and answers as they are in the form."""
        self._saver.cancel()
        shown = next((k for k in self._items if k.id == self._shown), None)
        if shown is None or not hasattr(self, "title_edit"):
            return
        answers = {key: edit.toPlainText() for key, edit in self.field_edits.items()}
        title = self.title_edit.text()
        if not title.strip() and self.title_edit.hasFocus():
            title = shown.title  # a title being retyped: the old one stays until there is a new one
        self._try(lambda: update_knelpunt(self._ws.store, shown.id, title, answers))

    def flush_edits(self) -> None:
        """Save what is typed and not yet saved (another knelpunt is chosen, the window closes)."""
        self._saver.flush()

    def add(self) -> None:
        self.flush_edits()
        text = self.new_title.text()
        self._try(lambda: setattr(self, "_shown", add_knelpunt(self._ws.store, self._team.id, text)))
        if self.error.isHidden():
            self.new_title.clear()

    def add_from_clusters(self) -> None:
        """A knelpunt for each cluster of the clustering step the team has none for yet; says what it did."""
        self.flush_edits()
        source = self._ws.template.nearest_before(self._step.key, StepKind.CLUSTER)
        result = []
        if source is None or not self._try(lambda: result.append(from_clusters(self._ws.store, self._team.id, source.key))):
            return
        if result[0].made or result[0].existing:
            self.info.setText(made_knelpunten(result[0]))
        else:
            self.info.setText(self.tr("There are no clusters yet: make them in the step “{step}”.").format(step=self._ws.t(source.title)))
        self.info.show()

    def move(self, steps: int) -> None:
        self.flush_edits()
        if self._shown is not None:
            self._try(lambda: move_knelpunt(self._ws.store, self._shown, steps))

    def delete(self) -> None:
        current = self._current()
        if current is None:
            return
        on = dots_on(self._ws.store, VoteTarget.KNELPUNTEN, [current.id])
        if on.revealed:  # the vote happened: the rule refuses, and the page says why
            self._try(lambda: delete_knelpunt(self._ws.store, current.id))
            return
        question = self.tr("Delete “{title}” and its answers?").format(title=current.title)
        if on.dots and on.hidden:  # the vote is not revealed yet: how many would leak its tally
            question += "\n\n" + self.tr("The dots placed on it are dropped (the voters can place them again); how many stays hidden until the reveal.")
        elif on.dots:
            question += "\n\n" + self.tr("%n dot(s) placed on it are dropped (the voters can place them again).", "", on.dots)
        if confirm(self, self.tr("Delete pain point"), question):
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)  # not the button: a second press would delete the next one
            self._saver.cancel()
            self._shown = None
            self._try(lambda: delete_knelpunt(self._ws.store, current.id, dots_accepted=on.dots))

    def _on_changes(self, batch) -> None:
        if self._team is not None and touches(batch, {"knelpunt"}, self._team.id):
            self.reload()
