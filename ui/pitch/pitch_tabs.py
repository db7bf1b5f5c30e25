"""The pitch page's parts as tabs: the questions first, then what ``add_part`` adds (the storyboard, the
task split, sharing), and where the focus goes when a tab is chosen.

A mixin of ``PitchPage`` (ui/pitch/pitch_page.py), which owns the tab bar (``tabs``), the stack of parts
(``_stack``, keys in ``_parts``), the questions, the team and step shown, and ``_chain``/``_show_meter``/
``_show_undo``; kept apart so each file reads on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class PartTabs:
    def add_part(self, key: str, title: str, widget: QWidget) -> None:
        """Another part of the pitch (the storyboard, the task split, the exports) as a tab after the
        questions; with more than one part the tabs show. A part with ``show_step(step, team)`` is shown
        the team as the page is, and its ``flush_edits()`` (if any) is called with the page's."""
        self._parts.append(key)
        self._stack.addWidget(widget)
        self.tabs.addTab(title)
        if self._step is not None and self._team is not None and hasattr(widget, "show_step"):
            widget.show_step(self._step, self._team)
        self.tabs.setTabToolTip(self.tabs.count() - 1, title)
        self.tabs.setVisible(self.tabs.count() > 1)
        if self._step is not None:
            self._chain()
            self._show_meter()

    def part(self, key: str) -> QWidget | None:
        return self._stack.widget(self._parts.index(key)) if key in self._parts else None

    def current_part(self) -> str:
        return self._parts[self._stack.currentIndex()]

    def show_part(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._parts.index(key))

    def enter_part(self, index: int) -> None:
        """Another part (Ctrl+PgDown, Ctrl+PgUp), the focus in it; at the first or last part it stays."""
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self.focus_part()

    def _show_part(self, index: int) -> None:
        """A tab chosen. By click or Alt+letter the focus goes into its part; by the arrow keys it stays on
        the tabs (to go on choosing), and Tab then leads into the part."""
        self._landing = self.questions.focused_key() or self._landing
        self._stack.setCurrentIndex(index)
        self._show_undo()
        if self._step is not None:
            self._chain()
        if self.isVisible() and not self.tabs.hasFocus():
            self.focus_part()

    def _show_undo(self) -> None:
        """The questions' Undo button, beside their tab (the other parts have their own)."""
        self._undo_button.setVisible(self.undo_stack.canUndo() and self._stack.currentWidget() is self.questions)

    def focus_part(self) -> None:
        """The focus into the part shown: a question (the one it was last in, else the first), or the
        part's first control (its ``focus_first()``, e.g. the storyboard's first card or "Add panel")."""
        part = self._stack.currentWidget()
        if part is self.questions:
            target = self.questions.field(self._landing) or next(iter(self.questions.fields()), None)
        else:
            first = getattr(part, "focus_first", None)
            target = first() if first is not None else part
        if target is not None:
            if part is self.questions:
                self.questions.reveal(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The page given the focus (the step shown, another team chosen): into the part shown. Once: a
        control that cannot take it yet passes it back to the window, which gives it to the page again."""
        super().focusInEvent(event)
        if self.isVisible() and not self._entering:
            self._entering = True
            try:
                self.focus_part()
            finally:
                self._entering = False

    def _added_parts(self) -> list[QWidget]:
        """The parts added beside the questions that follow the team shown (those with ``show_step``)."""
        parts = [self._stack.widget(index) for index in range(1, self._stack.count())]
        return [part for part in parts if hasattr(part, "show_step")]
