"""One question of the pitch: its label, its hint in muted type, where its text came from (a badge:
taken over, the same as an earlier question, or the team's own with "Take over again"), and the field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QHBoxLayout, QVBoxLayout, QWidget

from app.export.dossier_data import Answer
from ui.common.text_size import sized
from ui.common.field_undo import pass_undo
from ui.common.widgets import GrowingTextEdit, label
from ui.pitch.link_button import LinkButton


class AnswerEdit(GrowingTextEdit):
    """A multi-line answer: Enter makes a new line, Ctrl+Enter (like Tab) moves on to the next field.
    Reached by Tab, the cursor stands at the end: a taken-over answer is continued, not typed before."""

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.moveCursor(QTextCursor.MoveOperation.End)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A field that shows its whole text lets the wheel scroll the page (it never hides a line of its own)."""
        page = self.parentWidget()
        while page is not None and not isinstance(page, QAbstractScrollArea):
            page = page.parentWidget()
        if self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and page is not None:
            self.verticalScrollBar().setValue(0)
            QApplication.sendEvent(page.verticalScrollBar(), event)
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.focusNextChild()
            return
        super().keyPressEvent(event)


ANSWER_LINES = 16  # a field grows with its text up to this many lines: a normal answer has no scrollbar of its own


def _sentence(text: str) -> str:
    """"overgenomen uit …" as a badge reads it: "Overgenomen uit …"."""
    return text[:1].upper() + text[1:]


class AnswerBox(QWidget):
    typed = Signal(str)  # the field key: the team typed in it
    takeOverRequested = Signal(str)  # the field key: "Take over again" was pressed

    def __init__(self, answer: Answer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = answer.key
        self.setObjectName(f"pitchAnswer_{answer.key}")
        self.source = answer.source
        self._loading = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(4)
        self.question = label(answer.question, name="pitchQuestion")
        self.question.setStyleSheet(sized("font-weight: 600; font-size: 11pt;"))
        column.addWidget(self.question)
        self.hint = label(answer.hint, "muted")
        column.addWidget(self.hint)
        self.hint.setVisible(bool(answer.hint))
        badges = QHBoxLayout()
        badges.setContentsMargins(0, 0, 0, 0)
        badges.setSpacing(8)
        self.badge = label("", "chip", "pitchBadge", wrap=False)
        badges.addWidget(self.badge)
        self.take_over = LinkButton(self.tr("Take over again"))
        self.take_over.setObjectName("pitchTakeOverAgain")
        self.take_over.clicked.connect(lambda: self.takeOverRequested.emit(self.key))
        badges.addWidget(self.take_over)
        badges.addStretch(1)
        self._badges = QWidget()
        self._badges.setLayout(badges)
        column.addWidget(self._badges)
        self.edit = AnswerEdit(min_lines=2, max_lines=ANSWER_LINES)
        self.edit.setObjectName(f"pitch_{answer.key}")
        self.edit.setAccessibleName(answer.question)
        self.question.setBuddy(self.edit)
        self.edit.textChanged.connect(self._changed)
        pass_undo(self.edit)  # just taken over again (or brought back), Ctrl+Z (Ctrl+Shift+Z) is the page's
        column.addWidget(self.edit)

    @property
    def text(self) -> str:
        return self.edit.toPlainText()

    def show_answer(self, answer: Answer, own: bool, offer: Answer | None, keep_typing: bool) -> None:
        """The answer as stored, and where it came from. ``keep_typing``: the field holds typing not yet
        saved, which stays; a field with the focus takes the stored text but keeps its cursor."""
        if not keep_typing:
            self.set_text(answer.text)
        self.source = answer.source
        self._show_badge(own, offer)

    def set_text(self, text: str) -> None:
        """Text from the program (stored, or followed from an earlier question): not typing."""
        if self.edit.toPlainText() == text:
            return
        position = self.edit.textCursor().position()
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        if self.edit.hasFocus():
            cursor = self.edit.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.edit.setTextCursor(cursor)

    def mark_own(self, offer: Answer | None) -> None:
        """Typed in: the text is the team's own now (until "Take over again")."""
        self.source = "typed"
        self._show_badge(True, offer)

    def _show_badge(self, own: bool, offer: Answer | None) -> None:
        offered = offer is not None and offer.source in ("taken_over", "linked")
        if self.source in ("taken_over", "linked") and not own:
            self.badge.setText(_sentence(offer.source_label if offer is not None else ""))
            self.badge.setToolTip("")
        elif own and offered and not self.text.strip():
            self.badge.setText(self.tr("Cleared"))
            self.badge.setToolTip(_sentence(offer.source_label))
        elif own and offered:
            self.badge.setText(self.tr("Your own text"))
            self.badge.setToolTip(_sentence(offer.source_label))
        self.take_over.setVisible(own and offered)
        if own and offered:
            self.take_over.setAccessibleName(self.tr("Take over again: {question}").format(question=self.question.text()))
        self._badges.setVisible(offered)
        said = self.badge.text() if offered else ""
        self.edit.setAccessibleDescription(" · ".join(part for part in (self.hint.text(), said) if part))  # read out with the field

    def _changed(self) -> None:
        if not self._loading:
            self.typed.emit(self.key)

    def focus_field(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
