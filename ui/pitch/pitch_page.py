"""The pitch builder: the step "pitch"'s work surface.

At the top a meter says how complete the pitch is (questions, storyboard, presenter) and links to what
is still empty. Under it the parts of the pitch, as tabs once there is more than one: the questions
(``PitchQuestions``) and whatever ``add_part`` adds (the storyboard, the task split, the exports).
Answers are saved as typed; one that starts from earlier work says so, and "Take over again" (undoable)
brings that back after the team made it its own. Changes from other laptops arrive through the feed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.day.template import Step
from app.errors import DomainError
from app.event.teams import TeamView, set_role, set_team_name, team_view
from app.pitch.answers import PitchView, pitch_view
from app.pitch.readiness import panel_count
from app.pitch.tasks import PRESENTER
from ui.board.board_commands import push
from ui.common.idle_save import IdleSave
from ui.common.keymap import bind
from ui.common.messages import attempt, message_for, message_line, say
from ui.common.widgets import tab_chain
from ui.pitch.pitch_commands import TakeOverAgain
from ui.pitch.pitch_meter import PitchMeter
from ui.pitch.pitch_questions import TEAM_NAME, PitchQuestions
from ui.pitch.pitch_tabs import PartTabs
from ui.storage.feed_bridge import touches
from ui.storage.outbox_write import QUEUED, kept_text
from ui.sync.answer_conflicts import AnswerBases

QUESTIONS = "questions"  # the part every pitch page has
STORYBOARD = "storyboard"  # the part the meter's storyboard state jumps to, once added
TASKS = "tasks"  # the part the meter's task split state jumps to, once added
_FEED_TABLES = {"answer", "team", "member", "team_role", "story_panel", "note", "selection", "final_choice",
                "milestone", "cluster", "vote", "step_state"}


class PitchPage(PartTabs, QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pitchPage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self._view = PitchView((), frozenset(), {})
        self._dirty: set[str] = set()  # fields typed in and not yet saved
        self._bases = AnswerBases("answer.pitch", blank_is_none=False)  # what each save is based on (another laptop's change: asked)
        self._panels = 0
        self._landing: str | None = None  # the question the focus lands on when the questions are shown
        self._entering = False  # the focus is being passed into the part shown
        self.undo_stack = QUndoStack(self)
        self._saver = IdleSave(self, self.save)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.meter = PitchMeter()
        self.meter.jump.connect(self.jump_to)
        column.addWidget(self.meter)
        column.addLayout(self._parts_row())
        self._stack = QStackedWidget()
        column.addWidget(self._stack, 1)
        self._parts: list[str] = []
        self.questions = PitchQuestions()
        self.add_part(QUESTIONS, self.tr("Questions"), self.questions)
        bind("pitchUndo", self.questions, self.undo)  # the questions' tab only: the storyboard and the task split have their own
        bind("pitchRedo", self.questions, self.redo)
        bind("pitchNextPart", self, lambda: self.enter_part(self.tabs.currentIndex() + 1))
        bind("pitchPreviousPart", self, lambda: self.enter_part(self.tabs.currentIndex() - 1))
        self.undo_stack.canUndoChanged.connect(self._show_undo)
        workspace.bridge.changed.connect(self._on_changes)

    def _parts_row(self) -> QHBoxLayout:
        """The parts' tabs (once there is more than one), and beside them the page's message and Undo."""
        row = QHBoxLayout()
        row.setSpacing(12)
        self.tabs = QTabBar()
        self.tabs.setObjectName("pitchParts")
        self.tabs.setAccessibleName(self.tr("Parts of the pitch"))
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._show_part)
        self.tabs.hide()
        row.addWidget(self.tabs)
        self.message = message_line("pitchMessage")
        row.addWidget(self.message, 1, Qt.AlignmentFlag.AlignVCenter)
        self._undo_button = QPushButton(self.tr("Undo"))
        self._undo_button.setObjectName("pitchUndoButton")
        self._undo_button.setAccessibleName(self.tr("Undo: bring back the team's own text"))
        self._undo_button.clicked.connect(self.undo)
        self._undo_button.hide()
        row.addWidget(self._undo_button)
        return row

    # -- the team and its step -------------------------------------------------
    def show_step(self, step: Step, team: TeamView) -> None:
        """The team's pitch; the part shown stays, and so does the focus in it (in the same place, or on
        the part's first control when its place went with the team before)."""
        shown = self._stack.currentWidget()
        in_part = shown is not self.questions and _holds_focus(shown)
        self._show_step(step, team)
        for part in self._added_parts():
            part.show_step(step, team)  # a part follows the team too (its own undo, feed and focus)
        if in_part and not _holds_focus(shown):
            self.focus_part()

    def _show_step(self, step: Step, team: TeamView) -> None:
        if self._step is not None and self._team is not None and (step.key, team.id) == (self._step.key, self._team.id):
            self._team = team
            self.reload()
            return
        self.flush_edits()  # what was typed for the team shown before is kept
        self._step, self._team = step, team
        self.undo_stack.clear()  # an undo acts on the team in view
        self.message.hide()
        self._build(self._read())

    def _build(self, view: PitchView) -> None:
        """The form for these questions, filled in; the focus stays on the question that had it."""
        focused = self.questions.focused_key()
        self._dirty.clear()
        self._view = view
        self.questions.build(view.sections)
        for box in self.questions.boxes.values():
            box.typed.connect(self._typed)
            box.takeOverRequested.connect(self.take_over_again)
            box.edit.installEventFilter(self._saver)  # leaving a field saves it
        self.questions.name_edit.textEdited.connect(self._name_typed)
        self.questions.name_edit.installEventFilter(self._saver)
        self.questions.presenter.activated.connect(self._save_presenter)
        self._show_view()
        self._chain()
        self.questions.scroll.verticalScrollBar().setValue(0)  # another team's form starts at its top (or at the focused question)
        self._land_on(focused)

    def _land_on(self, key: str | None) -> None:
        """The field that had the focus before the form was made anew has it again (the same question of
        the other team); it is also where the focus lands when the page is shown with the questions (the
        first question when the focus was elsewhere)."""
        self._landing = key
        if key is not None and self._stack.currentWidget() is self.questions:
            self.focus_part()

    def _read(self) -> PitchView:
        ws = self._ws
        return pitch_view(ws.store, ws.template, ws.event.id, self._team.id, ws.lang)

    def reload(self) -> None:
        if self._team is None or self._step is None:
            return
        self._team = team_view(self._ws.store, self._ws.event.id, self._team.id, self._ws.template)
        view = self._read()
        if _questions(view) != _questions(self._view):  # another challenge, with other questions to take along
            self.flush_edits()
            self._build(self._read())
            return
        self._view = view
        self._show_view()

    def _show_view(self) -> None:
        """The stored answers and where they came from; typing not yet saved stays as typed."""
        answers = {a.key: a for s in self._view.sections for a in s.answers}
        for key, box in self.questions.boxes.items():
            if key not in self._dirty:  # a field being typed in keeps what it was based on
                self._bases.base_on(self._place(key), answers[key].text if key in self._view.own and key in answers else None)
            if key in answers:
                box.show_answer(answers[key], key in self._view.own, self._view.offers.get(key), keep_typing=key in self._dirty)
        if TEAM_NAME not in self._dirty and self.questions.name_edit.text() != (self._team.name or ""):
            self.questions.name_edit.setText(self._team.name or "")
        self.questions.show_team(self._team, PRESENTER)
        self._panels = panel_count(self._ws.store, self._team.id, self._step.key)
        self._show_meter()

    def _show_meter(self) -> None:
        boxes = self.questions.boxes.values()
        empty = [(box.key, box.question.text()) for box in boxes if not box.text.strip()]
        if self.meter.show_counts(len(boxes) - len(empty), len(boxes), empty):
            self._chain()
        board = self._step.storyboard if self._step is not None else None
        self.meter.storyboard.setVisible(board is not None)
        if board is not None:
            self.meter.show_storyboard(self._panels, board.min_panels, STORYBOARD in self._parts)
        presenter = self._team.roles.get(PRESENTER) if self._team is not None else None
        self.meter.show_presenter(next((m.name for m in self._team.members if m.id == presenter), None) if presenter else None)

    def _chain(self) -> None:
        """Tab in reading order: the meter's links, the parts and Undo, the part shown (the questions, or
        another part's ``focus_chain()``), then Back and Next."""
        part = self._stack.currentWidget()
        chain = getattr(part, "focus_chain", None)
        inside = self.questions.tab_order() if part is self.questions else (chain() if chain is not None else [])
        scroll = [self.questions.scroll] if part is self.questions else []  # it scrolls the questions: before them
        tab_chain([*self.meter.controls(), self.tabs, self._undo_button, *scroll, *inside])

    # -- typing ----------------------------------------------------------------
    def _typed(self, key: str) -> None:
        box = self.questions.boxes[key]
        if self._as_offered(key):  # typed back to what was taken over (or a change that was no typing): still taken over
            if key in self._view.own:  # its own text (e.g. cleared) is to be forgotten: saved as taken over again
                self._dirty.add(key)
                self._saver.typed()
            else:
                self._dirty.discard(key)
            box.show_answer(self._view.offers[key], False, self._view.offers[key], keep_typing=True)
            self._follow(key)
            self._show_meter()
            return
        self._dirty.add(key)
        self._forget_undo_of(key)
        box.mark_own(self._view.offers.get(key))  # "Your own text", or "Cleared" once emptied
        self._follow(key)
        self._saver.typed()
        self._show_meter()

    def _forget_undo_of(self, key: str) -> None:
        """Typed in again after "Take over again" (or its undo): undoing or redoing it would throw the new
        typing away, so the history goes."""
        stack = self.undo_stack
        near = [stack.command(index) for index in (stack.index() - 1, stack.index()) if 0 <= index < stack.count()]
        if any(command.field_key == key for command in near):
            self.undo_stack.clear()
            if self.message.property("role") == "info":
                self.message.hide()

    def _offered_text(self, key: str) -> str | None:
        """What the answer shows when it is not the team's own: the text it takes over, or the earlier
        question's as typed now (linked); None when it starts from nothing."""
        offer = self._view.offers.get(key)
        if offer is None or offer.source not in ("taken_over", "linked"):
            return None
        field = next((f for f in self._step.fields if f.key == key), None)
        earlier = self.questions.boxes.get(field.starts_from or "") if field is not None else None
        return earlier.text if offer.source == "linked" and earlier is not None else offer.text

    def _as_offered(self, key: str) -> bool:
        """The field shows just what it takes over (or follows): nothing of the team's own to keep. Not
        saved when it has no own text yet; its own text forgotten when it was changed back to it (an undo
        in the field after clearing it), so it is marked as taken over again."""
        offered = self._offered_text(key)
        return offered is not None and self.questions.boxes[key].text.strip() == offered.strip()

    def _follow(self, key: str) -> None:
        """A question that repeats this one and is still linked shows its text as it is typed."""
        for later in self._step.fields:
            box = self.questions.boxes.get(later.key)
            if later.starts_from == key and box is not None and box.source == "linked" and later.key not in self._dirty:
                box.set_text(self.questions.boxes[key].text)

    def _name_typed(self, _text: str) -> None:
        self._dirty.add(TEAM_NAME)
        self._saver.typed()

    def _place(self, key: str) -> tuple[int, str, str]:
        return (self._team.id, self._step.key, key)

    def save(self) -> None:
        """Write what was typed since the last save, each field as it is now. A field refused (too long, a
        control character) or not written keeps its text, to be corrected, and the first reason shows;
        the other fields are saved all the same. Each answer is written only over the text it was based on:
        one another laptop changed meanwhile asks keep mine / take theirs (Escape: kept here, unsaved)."""
        self._saver.cancel()
        if self._team is None or self._step is None:
            return
        store, team_id = self._ws.store, self._team.id
        offered = {key for key in self.questions.boxes if key in self._dirty and self._as_offered(key)}
        self._dirty -= offered - self._view.own  # never made "own" unchanged
        taken: list[str] = []  # fields whose conflict was settled with the other laptop's text
        writes = [(key, lambda k=key, t=None if key in offered else self.questions.boxes[key].text:
                   self._bases.settle(self, store, self._place(k), t, lambda _theirs, k=k: taken.append(k)))
                  for key in self.questions.boxes if key in self._dirty]
        if TEAM_NAME in self._dirty:
            writes.append((TEAM_NAME, lambda n=self.questions.name_edit.text(): set_team_name(store, team_id, n)))
        refused, kept = None, False
        for key, write in writes:
            try:
                kept = write() == QUEUED or kept  # the server away: kept on this laptop (ui/sync/answer_conflicts.py)
            except DomainError as error:
                refused = refused or error
                continue
            self._dirty.discard(key)
        if taken:
            self.reload()  # the other laptop's text shows in its field
        if refused is not None:
            say(self.message, message_for(refused))
        elif kept:
            say(self.message, kept_text(), "info")
        elif writes and self.message.property("role") == "error":
            self.message.hide()  # corrected: the reason goes

    def flush_edits(self) -> None:
        """Save what is typed, here and in the parts (the window closes, another team is shown)."""
        self._saver.flush()
        for part in self._added_parts():
            flush = getattr(part, "flush_edits", None)
            if flush is not None:
                flush()

    def _save_presenter(self, _index: int) -> None:
        if self._team is None:
            return
        member_id = self.questions.presenter.currentData()
        if not attempt(self.message, lambda: set_role(self._ws.store, self._team.id, PRESENTER, member_id, self._ws.template)):
            self.questions.show_team(self._team, PRESENTER)  # the choice as it still is

    # -- take over again, and undo ---------------------------------------------
    def take_over_again(self, key: str) -> None:
        """Forget the team's own text of this answer (it shows what it starts from again): one undo step."""
        box = self.questions.boxes[key]
        box.focus_field()  # the button goes once the answer is taken over
        self.save()
        if key in self._dirty:
            return  # its typing was refused: the reason shows, nothing is taken over
        command = TakeOverAgain(self._ws.store, self._team.id, self._step.key, key, self._bases.based_on(self._place(key)))
        if push(self.undo_stack, command, self.message):
            say(self.message, self._taken_over_again(command), "info")
            self._after_command(key)

    def _taken_over_again(self, command: TakeOverAgain) -> str:
        if not (command.before or "").strip():
            return self.tr("Taken over again. Undo empties the answer again.")
        return self.tr("Taken over again. Undo brings back your own text.")

    def undo(self) -> None:
        if not self.undo_stack.canUndo():
            return
        key = self.undo_stack.command(self.undo_stack.index() - 1).field_key
        self.save()
        self.undo_stack.undo()
        if not self.message.isVisible() or self.message.property("role") == "info":
            self.message.hide()
        self._after_command(key)

    def redo(self) -> None:
        """Take the answer over again once more (Ctrl+Shift+Z after an undo)."""
        if not self.undo_stack.canRedo():
            return
        key = self.undo_stack.command(self.undo_stack.index()).field_key
        self.save()
        self.undo_stack.redo()
        say(self.message, self._taken_over_again(self.undo_stack.command(self.undo_stack.index() - 1)), "info")
        self._after_command(key)

    def _after_command(self, key: str) -> None:
        """The answer as the command left it, in its field (which keeps the focus)."""
        self._dirty.discard(key)
        self.reload()
        answers = {a.key: a for s in self._view.sections for a in s.answers}
        self.questions.boxes[key].set_text(answers[key].text)
        self._show_meter()
        self.questions.reveal(self.questions.boxes[key].edit)
        self.questions.boxes[key].focus_field()

    # -- jumping and focus -------------------------------------------------------
    def jump_to(self, key: str) -> None:
        """Show a field, or a part (the storyboard, the task split), and put the focus in it."""
        if key in (STORYBOARD, TASKS):
            if key in self._parts:
                self.show_part(key)
                self.focus_part()
            return
        self.show_part(QUESTIONS)
        widget = self.questions.field(key)
        self.questions.reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changes(self, batch) -> None:
        if self._team is not None and touches(batch, _FEED_TABLES, self._team.id):
            self.reload()


def _questions(view: PitchView) -> tuple[tuple[str, str], ...]:
    return tuple((a.key, a.question) for s in view.sections for a in s.answers)


def _holds_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and focus.isVisible() and widget.isAncestorOf(focus)

