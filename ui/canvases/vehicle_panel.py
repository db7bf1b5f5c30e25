"""Beside the car: the chosen zone's questions and its answers, at the normal text size.

Each answer is edited where it is listed and saved as typed (after a pause; leaving it ends the
edit as one undo step); its menu moves it to another zone or deletes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from app.board.board import NoteView
from app.day.template import Zone
from ui.board.board_items import note_refusal
from ui.common.idle_save import IdleSave
from ui.common.widgets import GrowingTextEdit, bullets, label


class AnswerRow(QWidget):
    """One answer of the zone, editable in place."""

    edited = Signal(int, str, str, str)  # note id, text before the edit, after it, text the database held: one undo step
    moveRequested = Signal(int, str)  # note id, zone key
    deleteRequested = Signal(int)

    def __init__(self, note: NoteView, zones: list[tuple[str, str]], on_typed=None, parent: QWidget | None = None) -> None:
        """``on_typed(note id, text, text the database held)``: a pause while typing, saved now (False:
        not written — changed on another laptop meanwhile, the end of the edit asks — or refused)."""
        super().__init__(parent)
        self.note_id, self._on_typed = note.id, on_typed
        self.setObjectName(f"vehicleAnswer_{note.id}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = GrowingTextEdit(min_lines=1, max_lines=6)
        self.edit.setObjectName("vehicleAnswerEdit")
        self.edit.setAccessibleName(self.tr("Answer"))
        row.addWidget(self.edit, 1)
        self._saver = IdleSave(self, self._save_typing)
        self._saver.watch(self.edit)
        self.edit.installEventFilter(self)  # after the saver's filter: leaving saves first, then ends the edit
        menu_button = QPushButton("⋯")
        menu_button.setObjectName("vehicleAnswerMenu")
        menu_button.setStyleSheet("padding: 4px 6px;")  # a small button beside the answer
        menu_button.setAccessibleName(self.tr("Move or delete this answer"))
        menu_button.setToolTip(self.tr("Move or delete this answer"))
        menu = QMenu(menu_button)
        for key, title in zones:
            if key != note.zone_key:
                menu.addAction(self.tr("Move to {zone}").format(zone=title), lambda k=key: self.moveRequested.emit(self.note_id, k))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.deleteRequested.emit(self.note_id))
        menu_button.setMenu(menu)
        row.addWidget(menu_button)
        self.zone_key = note.zone_key
        self._start = self._saved = ""  # the text when the edit began; what the database holds as far as this row knows
        self.update_from(note)

    @property
    def typing(self) -> bool:
        return self.edit.hasFocus()

    def update_from(self, note: NoteView) -> None:
        """The stored text; a field being typed in keeps the typing hand's text."""
        if self.typing:
            return
        with self._saver.quietly():
            if self.edit.toPlainText() != note.text:
                self.edit.setPlainText(note.text)
        self._start = self._saved = note.text

    def _save_typing(self) -> None:
        text = self.edit.toPlainText().strip()
        if note_refusal(text) is None and text != self._saved and self._on_typed is not None:
            if self._on_typed(self.note_id, text, self._saved) is not False:
                self._saved = text

    def finish(self) -> None:
        """The edit is over: one undoable change from the text before it (an emptied answer gets its text back)."""
        self._saver.flush()
        text = self.edit.toPlainText().strip()
        if note_refusal(text) is not None:  # the app would refuse it: the saved text is back
            with self._saver.quietly():
                self.edit.setPlainText(self._saved)
            text = self._saved
        if text != self._start:
            before, self._start = self._start, text
            self.edited.emit(self.note_id, before, text, self._saved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.finish()
        return super().eventFilter(watched, event)


class ZonePanel(QWidget):
    """The chosen zone: what to think about and what the team answered."""

    edited = Signal(int, str, str, str)
    moveRequested = Signal(int, str)
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zonePanel")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(6)
        self._about = QVBoxLayout()
        self._about.setSpacing(2)
        column.addLayout(self._about)
        column.addWidget(label(self.tr("Answers"), "eyebrow", "zoneAnswersHeading"))
        self._list = QVBoxLayout()
        self._list.setSpacing(4)
        column.addLayout(self._list)
        self._example = label("", "muted", "zoneExample")
        column.addWidget(self._example)
        column.addStretch(1)
        self.rows: dict[int, AnswerRow] = {}
        self._zone_key: str | None = None
        self._zones: list[tuple[str, str]] = []
        self.on_typed = None  # the page's save of a pause in typing (see AnswerRow)

    def show_zone(self, zone: Zone, t, zones: list[tuple[str, str]]) -> None:
        """Another zone: its title, questions and example; its answers follow with ``show_answers``."""
        self._zone_key, self._zones = zone.key, zones
        _clear(self._about)
        self._about.addWidget(label(t(zone.title), "h3", "zoneTitle"))
        self._about.addWidget(bullets([t(q) for q in zone.questions]))
        self._example.setText(self.tr("For example: {example}").format(example=t(zone.example)))
        for note_id in list(self.rows):
            self._remove(note_id)

    def show_answers(self, notes: list[NoteView]) -> None:
        """The zone's answers as stored: rows added, updated or removed in place (a row being typed in stays)."""
        mine = {n.id: n for n in notes if n.zone_key == self._zone_key}
        for note_id in set(self.rows) - set(mine):
            if not self.rows[note_id].typing:
                self._remove(note_id)
        for note in mine.values():
            row = self.rows.get(note.id)
            if row is None:
                row = AnswerRow(note, self._zones, self.on_typed)
                for signal, slot in ((row.edited, self.edited), (row.moveRequested, self.moveRequested), (row.deleteRequested, self.deleteRequested)):
                    signal.connect(slot)
                self._list.addWidget(row)
                self.rows[note.id] = row
            else:
                row.update_from(note)

    def flush_edits(self) -> None:
        for row in self.rows.values():
            if row.typing:
                row.finish()

    def _remove(self, note_id: int) -> None:
        row = self.rows.pop(note_id)
        row.hide()
        row.deleteLater()


def _clear(layout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
