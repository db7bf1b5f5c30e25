"""The event editor's fields: each one bound to one stored value, saved the moment it is changed.

A text is saved after a pause in typing (IdleSave) and on leaving the field; a number, a tick, a
choice or a date as soon as it is set (a spin box saves on Enter, an arrow key or leaving it). A
refusal shows its reason right under the field. A number, tick, choice or date returns to the
stored value at once; a text keeps what is being typed until the field is left (mid-sentence a
half-typed text may be refused, e.g. while it is empty), then returns to the stored value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.day.template_file import TemplateError
from app.errors import DomainError
from ui.common.field_undo import pass_undo
from ui.common.idle_save import IdleSave
from ui.common.messages import message_for
from ui.common.widgets import label

TEXT_FIELDS = (QLineEdit, QPlainTextEdit)


def refusal_text(error: DomainError) -> str:
    """What a refused edit says: the template validation's own words (what a template file would be
    told), or the refusal's message in the UI's language."""
    if isinstance(error, TemplateError) and error.params.get("problems"):
        lead = QCoreApplication.translate("editor", "Not saved; the template check says:")
        return lead + "\n" + "\n".join(error.params["problems"])
    return message_for(error)


def error_label(name: str) -> QLabel:
    """The place under a field where its refusal is said (hidden while there is none)."""
    shown = label("", "error", name)
    shown.hide()
    return shown


class Bound(QObject):
    """``widget`` holds one stored value: ``read()`` gives it, ``write(value)`` stores a new one (may
    raise DomainError); ``error`` shows a refusal. ``saved`` is called after every stored change."""

    def __init__(self, widget: QWidget, read: Callable[[], object], write: Callable[[object], None],
                 error: QLabel, saved: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self._read, self._write, self.error, self._saved = widget, read, write, error, saved
        self._loading = False
        self._dirty = False  # typed in since the stored value was shown
        self.stored: object = None
        if isinstance(widget, TEXT_FIELDS):
            self._typing = IdleSave(self, lambda: self.commit(leaving=False))
            widget.textChanged.connect(self._typed)
            widget.installEventFilter(self)
            pass_undo(widget)
        elif isinstance(widget, QSpinBox):
            widget.setKeyboardTracking(False)  # typed digits count once Enter or leaving says so
            widget.valueChanged.connect(lambda _v: self._changed())
        elif isinstance(widget, QDateEdit):
            widget.setKeyboardTracking(False)
            widget.dateChanged.connect(lambda _d: self._changed())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on: self._changed())
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i: self._changed())
        self.load()

    # -- showing -------------------------------------------------------------
    def load(self) -> None:
        """Show the stored value; a text being typed in keeps its typing."""
        self.stored = self._read()
        if self._dirty and self.widget.hasFocus():
            return  # never pull text from under the typing hand (leaving the field shows what is stored)
        self._dirty = False
        self._show(self.stored)

    def _show(self, value: object) -> None:
        self._loading = True
        try:
            widget = self.widget
            if isinstance(widget, QLineEdit):
                if widget.text() != value:
                    widget.setText(value)
                    widget.setCursorPosition(0)  # a long text shows its beginning
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            elif isinstance(widget, QSpinBox):
                widget.setValue(widget.minimum() if value is None else value)
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate(value.year, value.month, value.day))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
        finally:
            self._loading = False

    def value(self) -> object:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QSpinBox):  # the minimum shown as a word ("no limit") is None
            return None if widget.specialValueText() and widget.value() == widget.minimum() else widget.value()
        if isinstance(widget, QDateEdit):
            chosen = widget.date()
            return date(chosen.year(), chosen.month(), chosen.day())
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.currentData()

    # -- saving --------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading:
            self._dirty = True
            self._typing.typed()

    def _changed(self) -> None:
        if not self._loading:
            self.commit(leaving=True)

    def commit(self, leaving: bool) -> bool:
        """Store what the field shows (nothing to do when it is what is stored); False when refused."""
        if isinstance(self.widget, TEXT_FIELDS):
            self._typing.cancel()
            if not self._dirty:  # only focused, not typed in: a change from elsewhere stays
                return True
        value = self.value()
        if value == self.stored:
            self.error.hide()
            return True
        try:
            self._write(value)
        except DomainError as refused:
            self.error.setText(refusal_text(refused))
            self.error.show()
            if leaving:
                self._dirty = False
                self._show(self.stored)
            return False
        self.error.hide()
        self._saved()
        self.stored = self._read()  # as stored: a text's whitespace folded
        self._dirty = self._dirty and self.widget.hasFocus() and not leaving
        return True

    def flush(self) -> None:
        """Store what is being typed now (the page is left or the window closes)."""
        if isinstance(self.widget, TEXT_FIELDS) and self._typing.pending:
            self.commit(leaving=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            if self.commit(leaving=True):
                self._dirty = False
                self._show(self.stored)  # as stored (whitespace folded)
        return super().eventFilter(watched, event)
