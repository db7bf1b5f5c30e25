"""The problem statement: the winning theme and its best HKW above the step's fields, saved as
typed, beside a read-only preview of the one sentence they make (``app.outcomes.problem_statement``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.day.template import Step
from app.event.teams import TeamView
from app.outcomes.problem_statement import (
    WinningTheme,
    answers,
    missing_labels,
    sentence,
    winning_theme,
)
from ui.common.idle_save import IdleSave
from ui.common.widgets import GrowingTextEdit, card, label, scrolling, tab_chain
from ui.storage.feed_bridge import touches
from ui.sync.answer_conflicts import AnswerBases


def theme_lines(theme: WinningTheme | None) -> tuple[str, str, str]:
    """The winning theme as three lines: its name, its best question, and who broke a tie ("" when none)."""
    if theme is None:
        return QCoreApplication.translate("ProblemStatementPage", "No theme chosen yet: the theme vote decides it."), "", ""
    hkw = theme.hkw or QCoreApplication.translate("ProblemStatementPage", "No question of this theme is marked as the one that states it best.")
    return theme.name, hkw, _tie_line(theme)


def _tie_line(theme: WinningTheme) -> str:
    """Who broke a tie: the captain by name — in an anonymous vote by role alone."""
    if not theme.tie_break:
        return ""
    if theme.decided_by_role:
        return QCoreApplication.translate("ProblemStatementPage", "chosen by the team captain on a tie")
    return QCoreApplication.translate("ProblemStatementPage", "chosen by team captain {name} on a tie").format(name=theme.decided_by_name or "?")


class ProblemStatementPage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemStatementPage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self.edits: dict[str, GrowingTextEdit] = {}
        self._saver = IdleSave(self, self.save)
        self._bases = AnswerBases()  # what each field was based on: a save meets another laptop's change
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        left = QWidget()
        self._left = QVBoxLayout(left)
        self._left.setContentsMargins(0, 0, 0, 0)
        self._left.addWidget(self._theme_card())
        self._form_card, self._form = card("statementForm", spacing=4, margins=12)
        self._left.addWidget(self._form_card)
        self._left.addStretch(1)
        row.addWidget(scrolling(left, "statementScroll"), 3)
        row.addWidget(self._preview_card(), 2)
        workspace.bridge.changed.connect(self._on_changes)

    def _theme_card(self) -> QWidget:
        frame, layout = card("winningTheme", spacing=4, margins=12)
        layout.addWidget(label(self.tr("Winning theme"), "eyebrow"))
        self.theme_label = label("", "h3", "winningThemeName")
        self.hkw_label = label("", "lead", "winningHkw")
        self.tie_label = label("", "muted", "themeTieBreak")
        for widget in (self.theme_label, self.hkw_label, self.tie_label):
            layout.addWidget(widget)
        return frame

    def _preview_card(self) -> QWidget:
        frame, layout = card("statementPreview", spacing=8, margins=16)
        layout.addWidget(label(self.tr("Your problem statement"), "eyebrow"))
        self.preview_label = label("", "lead", "statementSentence")
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview_label)
        self.missing_label = label("", "muted", "statementMissing")
        layout.addWidget(self.missing_label)
        self.error = label("", "error", "statementError")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        return frame

    def show_step(self, step: Step, team: TeamView) -> None:
        first = self._step is None or self._team is None or (step.key, team.id) != (self._step.key, self._team.id)
        if first:
            self.flush_edits()  # what was typed for the team shown before is kept
            self._step, self._team = step, team
            self._build_form(step)
            tab_chain(list(self.edits.values()))  # the fields, then Back and Next (not the window's header)
        self._team = team
        self.reload()

    def _build_form(self, step: Step) -> None:
        while self._form.count():
            widget = self._form.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.edits = {}
        for field in step.fields:
            question = label(self._ws.t(field.label))
            question.setStyleSheet("font-weight: 600; margin-top: 6px;")
            self._form.addWidget(question)
            edit = GrowingTextEdit(min_lines=2, max_lines=6)
            edit.setObjectName(f"statement_{field.key}")
            edit.setAccessibleName(self._ws.t(field.label))
            if field.hint:
                edit.setPlaceholderText(self._ws.t(field.hint))
            self._saver.watch(edit)
            edit.textChanged.connect(self._show_preview)
            question.setBuddy(edit)
            self._form.addWidget(edit)
            self.edits[field.key] = edit

    def reload(self) -> None:
        if self._team is None or self._step is None:
            return
        ws = self._ws
        theme = winning_theme(ws.store, ws.template, ws.event.id, self._team.id, self._step.key)
        name, hkw, tie = theme_lines(theme)
        self.theme_label.setText(name)
        self.hkw_label.setText(hkw)
        self._set_role(self.hkw_label, "lead" if theme is not None and theme.hkw else "muted")  # no question marked: a note, not the question
        self.hkw_label.setVisible(bool(hkw))
        self.tie_label.setText(tie)
        self.tie_label.setVisible(bool(tie))
        stored = answers(ws.store, self._team.id, self._step.key)
        with self._saver.quietly():  # the field being typed in keeps the typing hand's text
            for key, edit in self.edits.items():
                if not edit.hasFocus() and edit.toPlainText() != stored.get(key, ""):
                    edit.setPlainText(stored.get(key, ""))
                self._bases.follow((self._team.id, self._step.key, key), stored, edit.toPlainText())
        self._show_preview()

    @staticmethod
    def _set_role(line, role: str) -> None:
        if line.property("role") != role:
            line.setProperty("role", role)
            line.style().unpolish(line)
            line.style().polish(line)

    def _show_preview(self) -> None:
        """The sentence as the fields read now (also while typing), and what it still misses."""
        if self._step is None or self._step.statement is None:
            return
        preview = sentence(self._ws.t(self._step.statement), {key: edit.toPlainText() for key, edit in self.edits.items()})
        self.preview_label.setText(preview.text)
        missing = missing_labels(self._step, preview, self._ws.lang)
        self.missing_label.setText(self.tr("Still missing:") + "\n" + "\n".join(f"• {text}" for text in missing) if missing else self.tr("Complete: this is the statement the gate and the pitch show."))

    def save(self) -> None:
        """Write every field as it is in the form (a field unchanged writes nothing)."""
        self._saver.cancel()
        if self._team is None or self._step is None:
            return
        team_id, step_key = self._team.id, self._step.key
        for key, edit in self.edits.items():
            if not self._bases.save(self, self.error, self._ws.store, (team_id, step_key, key), edit.toPlainText(), lambda t, e=edit: self._show_theirs(e, t)):
                return  # the reason stays in view; the field keeps its text
        self.error.hide()

    def _show_theirs(self, edit, text: str | None) -> None:
        with self._saver.quietly():
            edit.setPlainText(text or "")

    def flush_edits(self) -> None:
        self._saver.flush()

    def _on_changes(self, batch) -> None:
        if self._team is not None and touches(batch, {"answer", "selection", "note", "cluster", "vote", "step_state"}, self._team.id):
            self.reload()
