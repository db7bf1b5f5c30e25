"""The juror's window: a jury kit opened on the juror's laptop (File → Open a jury kit…, ``staatsprint
--kit FILE``, or a kit dropped on the main window) — no event in a database needed.

The team pitching now, scored by keyboard alone; PageDown/PageUp (Alt+Right/Left, the buttons) go to
the next/previous team in the running order, skipping recusals, and the hand lands on the first
criterion; the overview beside it shows every team's state. Every change is kept on the laptop at once
(the desk) and can be undone until the juror finalises; before that the juror sees their own ranking.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.export.names import default_folder
from app.jury.juror_desk import JurorDesk
from app.jury.juror_file import file_name
from ui.common.text_size import scroll_pages
from ui.a11y.factory import install as install_accessibility
from ui.common.keymap import bind, key_text
from ui.common.messages import message_for, message_line, say
from ui.common.theme import LIGHT, Theme
from ui.export.export_messages import export_message
from ui.jury import juror_commands as commands
from ui.jury.juror_header import JurorHeader
from ui.jury.juror_overview import TeamOverview
from ui.jury.ranking_page import FinalisedPage, RankingPage
from ui.jury.scoring_panel import ScoringPanel


class JurorWindow(QMainWindow):
    def __init__(self, desk: JurorDesk, lang: str, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_accessibility()  # graphics items in the accessibility tree (ui/a11y/factory.py)
        self.setObjectName("jurorWindow")
        self.desk, self.lang = desk, lang
        self.setWindowTitle(self.tr("Scoring — {juror} — {event}").format(juror=desk.kit.juror_name, event=desk.kit.event_name))
        self.setMinimumSize(1024, 640)
        self.undo_stack = QUndoStack(self)
        self._left_at: QWidget | None = None  # the scoring page's control that had the hand when the ranking opened
        central = QWidget()
        central.setObjectName("page")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = JurorHeader(desk.kit)
        column.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(16, 16, 16, 12)
        body.setSpacing(16)
        self.overview = TeamOverview(desk, theme)
        self.overview.teamChosen.connect(self.go_to)
        body.addWidget(self.overview)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._scoring_page(theme))
        self.ranking = RankingPage(desk)
        self.ranking.teamChosen.connect(self.go_to)
        self.ranking.backAsked.connect(self.back_to_scoring)
        bind("jurorBackToScoring", self.ranking, self.back_to_scoring)
        self.ranking.finaliseAsked.connect(self.ask_finalise)
        self.pages.addWidget(self.ranking)
        self.finalised = FinalisedPage(desk)
        self.finalised.newRevisionAsked.connect(self.new_revision)
        self.pages.addWidget(self.finalised)
        body.addWidget(self.pages, 1)
        column.addLayout(body, 1)
        self.setCentralWidget(central)
        scroll_pages(central, self.pages)  # 200 % text: a page that needs more room scrolls
        for name, slot in (("jurorNextTeam", lambda: self.step(1)), ("jurorPreviousTeam", lambda: self.step(-1)),
                           ("jurorUndo", self.undo_stack.undo), ("jurorRedo", self.undo_stack.redo),
                           ("jurorNotSeen", self.toggle_not_seen)):
            bind(name, central, slot)
        for button in central.findChildren(QPushButton):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        self._start()

    # -- building ----------------------------------------------------------------
    def _scoring_page(self, theme: Theme) -> QWidget:
        page = QWidget()
        page.setObjectName("scoringPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.panel = ScoringPanel(self.desk, self.lang, theme)
        self.panel.valueAsked.connect(self.ask_value)
        self.panel.notSeenAsked.connect(self.ask_not_seen)
        self.panel.textEdited.connect(self.text_edited)
        column.addWidget(self.panel, 1)
        self.error = message_line("jurorError")
        column.addWidget(self.error)
        column.addLayout(self._navigation())
        return page

    def _navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.previous = self._button("previousTeamButton", self.tr("← Previous team"), key_text("jurorPreviousTeam"), lambda: self.step(-1))
        self.next = self._button("nextTeamButton", self.tr("Next team →"), key_text("jurorNextTeam"), lambda: self.step(1))
        self.undo_button = self._button("jurorUndoButton", self.tr("Undo"), key_text("jurorUndo"), self.undo_stack.undo)
        self.redo_button = self._button("jurorRedoButton", self.tr("Redo"), key_text("jurorRedo"), self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.to_ranking = self._button("rankingButton", self.tr("My ranking and finalise…"), "", self.open_ranking)
        self.to_ranking.setProperty("role", "primary")
        for widget in (self.previous, self.next):
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addStretch(1)
        row.addWidget(self.to_ranking)
        return row

    def _button(self, name: str, text: str, keys: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(36)
        if keys:
            button.setToolTip(keys)
        button.clicked.connect(slot)
        return button

    def _start(self) -> None:
        if self.desk.finalised:
            self.panel.show_team(self._team_or_first(self.desk.current))
            self._show_finalised()
        else:
            self.go_to(self._team_or_first(self.desk.current).id)

    def _team_or_first(self, team_id: int | None):
        scorable = self.desk.scorable
        return next((t for t in scorable if t.id == team_id), scorable[0])

    # -- moving --------------------------------------------------------------------
    def go_to(self, team_id: int) -> None:
        """Show this team for scoring; the hand lands on its first criterion."""
        if self.desk.finalised:
            self._show_finalised()
            return
        self.panel.flush_texts()
        team = self._team_or_first(team_id)
        self.panel.show_team(team)
        if self.desk.current != team.id:
            self._attempt(lambda: self.desk.set_current(team.id))
        self.error.hide()
        self.pages.setCurrentIndex(0)
        self._refresh_around()
        self.panel.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, direction: int) -> None:
        """The next/previous team in the running order; past the last team, the ranking."""
        if self.pages.currentIndex() != 0:
            if self.pages.currentIndex() == 1 and direction < 0:
                self.back_to_scoring()
            return
        order = self.desk.scorable
        index = order.index(self.panel.team) + direction
        if index >= len(order):
            self.open_ranking()
        elif index >= 0:
            self.go_to(order[index].id)

    def open_ranking(self) -> None:
        focus = QApplication.focusWidget()
        within = focus is not None and self.centralWidget().isAncestorOf(focus) and not self.ranking.isAncestorOf(focus)
        self._left_at = focus if within else None
        self.panel.flush_texts()
        self.ranking.refresh()
        self.pages.setCurrentIndex(1)
        self.ranking.land_focus()

    def back_to_scoring(self) -> None:
        """From the ranking (Esc, PageUp, the button) back to the team shown, the hand where the juror left it."""
        left_at, self._left_at = self._left_at, None
        self.go_to(self.panel.team.id)
        if self.pages.currentIndex() == 0 and left_at is not None and left_at.isVisibleTo(self) and left_at.isEnabled():
            left_at.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- changing ------------------------------------------------------------------
    def ask_value(self, key: str, value: int | None) -> None:
        team_id = self.panel.team.id
        before = self.desk.value(team_id, key)
        if value == before:
            return
        change = (lambda: self.desk.clear_value(team_id, key)) if value is None else (lambda: self.desk.set_value(team_id, key, value))
        if self._attempt(change):
            self._push(commands.SetValue(self.desk, team_id, key, before, value, self._shown))

    def ask_not_seen(self, not_seen: bool) -> None:
        team_id = self.panel.team.id
        if self._attempt(lambda: self.desk.set_not_seen(team_id, not_seen)):
            self._push(commands.SetNotSeen(self.desk, team_id, not_seen, self._shown))
        else:
            self.panel.refresh()

    def toggle_not_seen(self) -> None:
        """Ctrl+N: (un)mark the team shown as not seen; the hand stays on the mark, or goes to the first criterion."""
        if self.pages.currentIndex() != 0 or not self.panel.not_seen.isEnabled():
            return
        self.ask_not_seen(not self.desk.not_seen(self.panel.team.id))
        self.panel.place("not_seen" if self.desk.not_seen(self.panel.team.id) else None).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def text_edited(self, kind: str, before: str, after: str) -> None:
        """Each change of a comment goes to the desk at once; one burst of typing is one undo step."""
        team_id = self.panel.team.id
        setter = self.desk.set_note if kind == "note" else self.desk.set_feedback
        if self._attempt(lambda: setter(team_id, after)):
            self.undo_stack.push(commands.SetText(self.desk, team_id, kind, before, after, self._shown, self.panel.burst))
        else:
            self.panel.keep_typed(kind, before)

    def _attempt(self, change) -> bool:
        try:
            change()
        except DomainError as error:
            say(self.error, message_for(error))
            return False
        self.error.hide()
        return True

    def _push(self, command) -> None:
        self.undo_stack.push(command)
        self.panel.refresh()
        self._refresh_around()

    def _shown(self, team_id: int, where: str) -> None:
        """After an undo or redo: the team it changed, as the desk now holds it, the hand on what changed
        (a criterion's key, "note", "feedback" or "not_seen")."""
        if self.panel.team.id != team_id or self.pages.currentIndex() != 0:
            self.go_to(team_id)
        for kind in ("note", "feedback"):
            self.panel.reload_texts(kind, self.desk.note(team_id) if kind == "note" else self.desk.feedback(team_id))
        self.panel.refresh()
        self._refresh_around()
        self.panel.place(where).setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_around(self) -> None:
        self.overview.refresh(self.panel.team.id if self.panel.team else None)
        done = sum(1 for t in self.desk.scorable if self.desk.state(t.id) in ("scored", "not_seen"))
        reopened = self.desk.revision + 1 if self.desk.revision and not self.desk.finalised else None
        self.header.show_progress(done, len(self.desk.scorable), reopened)
        order = self.desk.scorable
        index = order.index(self.panel.team) if self.panel.team in order else 0
        self.previous.setEnabled(index > 0)

    # -- finalising ----------------------------------------------------------------
    def ask_finalise(self) -> None:
        try:
            self.desk.check_complete()
        except DomainError as error:
            self.ranking.refuse(message_for(error))
            return
        default = self._default_folder() / _file_name(self.desk)
        dialog = QFileDialog(self, self.tr("Save the juror file"), str(default))
        dialog.setObjectName("jurorFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("JSON (*.json)")
        dialog.setDefaultSuffix("json")
        dialog.selectFile(str(default))
        dialog.fileSelected.connect(lambda path: self.write_file(Path(path)))
        dialog.open()

    def write_file(self, path: Path) -> None:
        """Finalise into ``path`` (its folder; its name unless it is the default one)."""
        default = _file_name(self.desk)
        try:
            self.desk.finalise(path.parent, None if path.name == default else path.name)
        except DomainError as error:
            say(self.ranking.error, export_message(error))  # a full disk or a folder that may not be written: what to do
            return
        self.undo_stack.clear()
        self._show_finalised()

    def _default_folder(self) -> Path:
        folder = self.desk.kit_path.parent if self.desk.kit_path else None
        return folder if folder is not None and folder.is_dir() and os.access(folder, os.W_OK) else default_folder()

    def _show_finalised(self) -> None:
        self.finalised.refresh()
        self.pages.setCurrentIndex(2)
        self.panel.refresh()
        self._refresh_around()
        self.finalised.land_focus()

    def new_revision(self) -> None:
        self.desk.new_revision()
        self.go_to(self.panel.team.id)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Nothing typed is lost, and the kit is free for another window."""
        self.panel.flush_texts()
        self.desk.close()
        super().closeEvent(event)


def _file_name(desk: JurorDesk) -> str:
    return file_name(desk.kit.juror_name, desk.revision + 1)
