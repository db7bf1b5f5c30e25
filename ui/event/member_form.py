"""One member's card: name and kennismaking answers, saved as they are typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.event.teams import (
    MemberView,
    clean_answers,
    clean_name,
    rename_member,
)
from ui.common.idle_save import IdleSave
from ui.common.messages import message_for, say
from ui.storage.outbox_write import QUEUED, kept_text
from ui.sync.member_answers import MemberBases
from ui.common.widgets import card, label
from ui.window.workspace import Workspace


class MemberForm(QWidget):
    removeRequested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._member: MemberView | None = None
        frame, layout = card("memberCard", spacing=6)
        self._layout = layout
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.heading = label(self.tr("Introduce yourself"), "h3", "memberHeading")
        layout.addWidget(self.heading)
        layout.addWidget(label(self.tr("Name"), "muted"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("memberNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.editingFinished.connect(self._commit_name)
        layout.addWidget(self.name_edit)

        self._saver = IdleSave(self, self._commit_answers)
        self._bases = MemberBases()  # what each answer was based on: a save is a compare-and-set on it

        self.answer_edits: dict[str, QPlainTextEdit] = {}
        for question in workspace.template.kennismaking.questions:
            layout.addWidget(label(workspace.t(question.label), "muted"))
            edit = QPlainTextEdit()
            edit.setObjectName(f"kennismaking_{question.key}")
            edit.setAccessibleName(workspace.t(question.label))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
            self._saver.watch(edit)
            layout.addWidget(edit)
            self.answer_edits[question.key] = edit

        self.answer_error = label("", "error", "answerError")
        self.answer_error.hide()
        layout.addWidget(self.answer_error)
        self.error_label = label("", "error", "formError")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.remove_button = QPushButton(self.tr("Remove from team"))
        self.remove_button.setObjectName("removeMemberButton")
        self.remove_button.setProperty("role", "danger")
        self.remove_button.clicked.connect(lambda: self._member and self.removeRequested.emit(self._member.id))
        layout.addWidget(self.remove_button)
        self.show_member(None)

    @property
    def member_id(self) -> int | None:
        return self._member.id if self._member else None

    def show_member(self, member: MemberView | None) -> None:
        """Show ``member``; a field the user is typing in keeps its text."""
        if self._member is not None and (member is None or member.id != self._member.id):
            self.commit()
        if member is None or self._member is None or member.id != self._member.id:
            self._bases.forget()
        self._member = member
        self.setEnabled(member is not None)
        with self._saver.quietly():
            self._set(self.name_edit, member.name if member else "")
            for key, edit in self.answer_edits.items():
                stored = member.kennismaking.get(key, "") if member else ""
                self._set(edit, stored)
                self._bases.follow(key, stored, edit.toPlainText())
        if member is None or member.id != getattr(self, "_shown_id", None):
            self.error_label.hide()
            self.answer_error.hide()
        self._shown_id = member.id if member else None

    def _set(self, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        if widget.hasFocus() and self._member is not None and getattr(self, "_shown_id", None) == self._member.id:
            return  # never pull text from under the typing hand
        current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if current != text:
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text)

    def commit(self) -> None:
        """Write what was typed: the answers always, the name when it is valid (else say why)."""
        self._commit_answers()
        self._commit_name()

    def _commit_answers(self) -> None:
        self._saver.cancel()
        member = self._member
        if member is None:
            return
        try:
            typed = {key: edit.toPlainText() for key, edit in self.answer_edits.items()}
            done = self._bases.save(self, self._ws.store, member.id, typed, self._show_theirs)
        except DomainError as error:
            self._show_answer_error(error)
            return
        if done == QUEUED:  # the server is away: kept on this laptop, saved (with the same check) when it is back
            say(self.answer_error, kept_text(), "info")
        else:
            self.answer_error.hide()
        answers = clean_answers({key: edit.toPlainText() for key, edit in self.answer_edits.items()})
        self._member = replace(member, kennismaking=answers)

    def _show_theirs(self, key: str, text: str) -> None:
        """After "take theirs": the answer shows the other laptop's text."""
        with self._saver.quietly():
            self.answer_edits[key].setPlainText(text)

    def _show_answer_error(self, error: DomainError) -> None:
        """The reason, right under the answer it is about (where the eye is, also on a short screen)."""
        edit = self.answer_edits.get(error.params.get("key") or error.params.get("field"))
        if edit is not None:
            self._layout.insertWidget(self._layout.indexOf(edit) + 1, self.answer_error)
        say(self.answer_error, message_for(error))

    def _commit_name(self) -> None:
        member = self._member
        if member is None:
            return
        name = clean_name(self.name_edit.text())
        if name == member.name:
            self.error_label.hide()
            return
        try:
            rename_member(self._ws.store, member.id, name)
        except DomainError as error:
            self.error_label.setText(message_for(error))
            self.error_label.show()
            return
        self.error_label.hide()
        self._member = replace(member, name=name)
