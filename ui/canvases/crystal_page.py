"""The Crystal Ball: for each kept idea a timeline from "Nu" to the ideal situation, and the final choice.

One tab per kept idea and one with all timelines one above the other (the same years in the same
place, to compare). On an idea's timeline: click the line to place a milestone (or the Add
button, or its key), drag a card along the line to move it in time (the moment shows while
dragging), or choose it and move it with the arrow keys; its questions are answered beside the
line, saved as typed. The end card answers which goal is reached. Every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.canvases import crystal_ball as cb
from app.canvases import milestones as ms
from app.day.template import Step
from app.event.teams import TeamView
from app.outcomes.final_choice import final_choice
from app.text import shorten
from ui.board.board_commands import push
from ui.canvases import crystal_commands as commands
from ui.canvases import crystal_export
from ui.canvases.crystal_panel import CardPanel
from ui.canvases.crystal_scenes import OverviewScene, TimelineView, idea_scene
from ui.canvases.crystal_typing import CardTyping
from ui.canvases.final_choice_box import FinalChoiceBox
from ui.common.keymap import bind, key_text
from ui.common.widgets import (
    FlowLayout,
    choice_button,
    label,
    scrolling,
    tab_chain,
    tool_button,
)
from ui.storage.feed_bridge import touches

TAB_CHARS = 24  # of an idea's text on its button


def moment_text(years: float) -> str:
    """A moment on the line as people say it: "now", "2 years", "1¾ years"."""
    whole, part = divmod(round(years * cb.STEPS_PER_YEAR), cb.STEPS_PER_YEAR)
    if whole == part == 0:
        return QCoreApplication.translate("CrystalPage", "now")
    if (whole, part) == (1, 0):
        return QCoreApplication.translate("CrystalPage", "1 year")
    fraction = {0: "", 1: "¼", 2: "½", 3: "¾"}[part]
    return QCoreApplication.translate("CrystalPage", "{years} years").format(years=f"{whole or ''}{fraction}")


class CrystalPage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crystalPage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self.ideas: list[ms.Idea] = []
        self.chosen: int | str | None = None  # a milestone's id, "end", or nothing
        self.typed = CardTyping(self)  # what the card's texts were based on: the idle save is a compare-and-set
        self.undo_stack = QUndoStack(self)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(6)
        self.idea_buttons = QButtonGroup(self)  # one per kept idea, and the overview last
        self.idea_buttons.setExclusive(True)
        self.idea_buttons.buttonClicked.connect(lambda _b: self._show_idea())
        ideas_holder = QWidget()
        ideas_holder.setObjectName("crystalIdeas")
        self.idea_row = FlowLayout(ideas_holder)  # a narrow window: the buttons wrap, never clipped
        page.addWidget(ideas_holder)
        self.empty = label("", "lead", "crystalEmpty")
        page.addWidget(self.empty)
        row = QHBoxLayout()
        page.addLayout(row, 1)
        self.views = QStackedWidget()
        self.view = TimelineView(self)
        self.view.setObjectName("crystalView")
        self.view.setAccessibleName(self.tr("The idea's timeline"))
        self.view.keyMove.connect(self.nudge)
        self.view.keyDelete.connect(self.delete_chosen)
        self.view.keyChoose.connect(self.choose_next)
        self.overview = TimelineView(self)
        self.overview.setObjectName("crystalOverview")
        self.overview.setAccessibleName(self.tr("All timelines, one above the other"))
        self.overview.fit_width = True
        self.views.addWidget(self.view)
        self.views.addWidget(self.overview)
        row.addWidget(self.views, 5)
        self.side = self._side()
        row.addWidget(self.side, 2)
        self.choice = FinalChoiceBox()
        self.choice.chooseRequested.connect(self.choose)
        page.addWidget(self.choice)
        for name, slot in (("crystalUndo", self.undo_stack.undo), ("crystalRedo", self.undo_stack.redo), ("crystalAdd", self.add_milestone)):
            bind(name, self, slot)
        workspace.bridge.changed.connect(self._on_changes)

    def _side(self) -> QWidget:
        side = QWidget()
        side.setObjectName("crystalSide")
        side.setMaximumWidth(420)
        side.setMinimumWidth(300)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.panel = CardPanel()
        self.panel.saveNow.connect(self._save_typing)
        self.panel.finished.connect(self._edited)
        self.panel.whenChanged.connect(self.move_chosen)
        self.panel.deleteRequested.connect(self.delete_chosen)
        self.panel.leaveRequested.connect(self.view.setFocus)
        column.addWidget(scrolling(self.panel, "crystalPanelScroll"), 1)
        column.addWidget(self.panel.remove)  # under the answers, however long they are
        tools = QHBoxLayout()
        tools.setSpacing(6)
        self.tools: list[QPushButton] = []
        for name, text, tip, slot in (
            ("addMilestoneButton", self.tr("+ Milestone"), self.tr("Place a milestone on the line") + f" ({key_text('crystalAdd')})", self.add_milestone),
            ("crystalUndo", "↶", self.tr("Undo") + f" ({key_text('crystalUndo')})", self.undo_stack.undo),
            ("crystalRedo", "↷", self.tr("Redo") + f" ({key_text('crystalRedo')})", self.undo_stack.redo),
            ("exportCrystalButton", self.tr("PNG…"), self.tr("Save this timeline as a PNG picture"), self.export_dialog),
        ):
            button = tool_button(name, text, tip, slot)
            tools.addWidget(button)
            self.tools.append(button)
        tools.addStretch(1)
        column.addLayout(tools)
        self.error = label("", "error", "crystalError")
        self.error.hide()
        column.addWidget(self.error)
        self.saved = label("", "muted", "crystalSaved")  # where the last picture went
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.hide()
        column.addWidget(self.saved)
        return side

    # -- what is shown -------------------------------------------------------------------------
    def show_step(self, step: Step, team: TeamView) -> None:
        new = self._step is None or self._team is None or (step.key, team.id) != (self._step.key, self._team.id)
        if new:
            self.flush_edits()
            self.undo_stack.clear()
            self.chosen = None
        self._step, self._team = step, team
        self.reload()

    @property
    def idea_id(self) -> int | None:
        """The idea whose timeline is shown (None: the overview, or no kept idea)."""
        button = self.idea_buttons.checkedButton()
        return button.property("idea") if button is not None and button.property("idea") else None

    def reload(self) -> None:
        if self._team is None or self._step is None:
            return
        ws = self._ws
        ideas = ms.kept_ideas(ws.store, ws.template, self._team.id, self._step)
        if [i.id for i in ideas] != [i.id for i in self.ideas] or len(self.idea_buttons.buttons()) != len(ideas) + (1 if ideas else 0):
            self._buttons_for(ideas)
        self.ideas = ideas
        self.empty.setVisible(not ideas)
        self.views.setVisible(bool(ideas))
        self.side.setVisible(bool(ideas))
        self.choice.setVisible(bool(ideas))
        if not ideas:
            vote = ms.idea_vote(ws.template, self._step)
            self.empty.setText(self.tr("No ideas kept yet. Keep the best ideas in the step “{step}”: each kept idea gets its own timeline here.").format(
                step=ws.t(vote.title) if vote else "…"))
            return
        self.choice.show_choice(ideas, final_choice(ws.store, self._team.id, self._step.key))
        self._draw()

    def _tab_chain(self) -> None:
        """Tab in the page's reading order: the ideas, the timeline, the card's answers, the tools,
        the final choice, then the step's Back and Next (widgets made later, like the answers'
        fields, would otherwise come last in the window and Tab would go on to its header)."""
        tab_chain([*self.idea_buttons.buttons(), self.view, self.overview, *self.panel.focus_chain(), *self.tools, *self.choice.focus_chain()])

    def _buttons_for(self, ideas: list[ms.Idea]) -> None:
        for button in self.idea_buttons.buttons():
            self.idea_buttons.removeButton(button)
            button.hide()
            button.deleteLater()
        for number, idea in enumerate(ideas, start=1):
            button = choice_button(self.tr("Idea {n}: {text}").format(n=number, text=shorten(idea.text, TAB_CHARS)), f"crystalIdea_{number}")
            button.setToolTip(idea.text)
            button.setProperty("idea", idea.id)
            button.setChecked(number == 1)
            self.idea_buttons.addButton(button)
            self.idea_row.addWidget(button)
        if ideas:
            overview = choice_button(self.tr("All timelines"), "crystalOverviewButton")
            overview.setToolTip(self.tr("All timelines, one above the other"))
            self.idea_buttons.addButton(overview)
            self.idea_row.addWidget(overview)

    def choose_idea(self, index: int) -> None:
        """The ``index``-th kept idea's timeline (its count: the overview)."""
        buttons = self.idea_buttons.buttons()
        if 0 <= index < len(buttons) and not buttons[index].isChecked():
            buttons[index].click()

    def _show_idea(self) -> None:
        self.flush_edits()
        self.chosen = None
        self._draw()

    def _draw(self) -> None:
        ws, step = self._ws, self._step
        all_cards = ms.milestones(ws.store, self._team.id, step.key)
        if self.idea_id is None:
            self.views.setCurrentWidget(self.overview)
            self.overview.show_scene(OverviewScene(ws, step, self.ideas, all_cards, moment_text))
            self.panel.show_nothing(self.tr("All timelines, one above the other: the same years in the same place. Choose an idea above to work on its timeline."))
            self._tab_chain()
            return
        self.views.setCurrentWidget(self.view)
        idea = next(i for i in self.ideas if i.id == self.idea_id)
        mine = [m for m in all_cards if m.idea_id == idea.id]
        if isinstance(self.chosen, int) and self.chosen not in {m.id for m in mine}:
            self.chosen = None
        scene = idea_scene(ws, step, idea, mine, moment_text, self.chosen)
        scene.lineClicked.connect(self.place_at)
        scene.endClicked.connect(lambda: self.choose_card("end"))
        scene.emptyClicked.connect(lambda: self.choose_card(None))
        for card in scene.cards.values():
            card.chosen.connect(self.choose_card)
            card.moved.connect(self.move_milestone)
        self.view.show_scene(scene)
        self._show_panel(mine)
        self._tab_chain()

    def _show_panel(self, mine: list[ms.MilestoneView]) -> None:
        ws, step = self._ws, self._step
        end = next((m for m in mine if m.kind == ms.END), None)
        current = next((m for m in mine if m.id == self.chosen), None) if isinstance(self.chosen, int) else None
        if self.chosen == "end":
            fresh = self.panel.kind != "end" or self.panel.idea_id != self.idea_id
            if fresh:
                self.panel.show_end(ws.t(step.timeline.end), self.idea_id, end, step.timeline.end_fields, ws.t)
            else:
                self.panel.card_id = end.id if end else None
                self.panel.update_from("", end.answers if end else {})
            self.typed.follow("", end.answers if end else {}, fresh)
        elif current is not None:
            fresh = self.panel.kind != "milestone" or self.panel.card_id != current.id
            if fresh:
                self.panel.show_milestone(current, step.timeline.milestone_fields, ws.t, step.rules.horizon_years, moment_text)
            else:
                self.panel.update_from(current.title, current.answers, current.years)
            self.typed.follow(current.title, current.answers, fresh)
        else:
            self.panel.show_nothing(self.tr("Click the line to place a milestone, or press “+ Milestone”. Drag a milestone along the line to move it in time; click the end card to say which goal is reached. "
                                            "Keys on the timeline: ↓ and ↑ choose a card, ← and → move it a quarter, Delete removes it; Escape in a field goes back to the timeline."))

    def choose_card(self, which: int | str) -> None:
        self.chosen = which
        self._draw()
        self.view.setFocus()

    def choose_next(self, step: int) -> None:
        """By keyboard: the next (or previous) card in time, the end card after the last milestone."""
        if self.idea_id is None:
            return
        order: list[int | str] = [m.id for m in ms.milestones(self._ws.store, self._team.id, self._step.key, self.idea_id) if m.kind != ms.END] + ["end"]
        index = order.index(self.chosen) + step if self.chosen in order else (0 if step > 0 else len(order) - 1)
        self.choose_card(order[min(max(index, 0), len(order) - 1)])

    def flush_edits(self) -> None:
        """Save what is being typed (another idea, team or step is shown, the window closes)."""
        self.panel.finish()

    def _on_changes(self, batch) -> None:
        if self._team is not None and self.isVisible() and touches(batch, {"milestone", "final_choice", "selection", "note"}, self._team.id):
            self.reload()

    # -- actions (each an undo command; the feed redraws) ----------------------------------------
    def _push(self, command) -> bool:
        return push(self.undo_stack, command, self.error)

    def place_at(self, years: float) -> None:
        """A milestone where the line was clicked (off the line: refused, with the reason)."""
        command = commands.AddMilestone(self._ws.store, self._ws.template, self._team.id, self._step, self.idea_id, years)
        if self._push(command):
            self.choose_card(command.milestone_id)
            if self.panel.title is not None:
                self.panel.title.setFocus()

    def add_milestone(self) -> None:
        """By keyboard: a milestone at the first whole year that has none yet (else half-way)."""
        if self.idea_id is None:
            return
        taken = {m.years for m in ms.milestones(self._ws.store, self._team.id, self._step.key, self.idea_id)}
        horizon = self._step.rules.horizon_years
        self.place_at(next((float(y) for y in range(1, horizon + 1) if float(y) not in taken), horizon / 2))

    def move_milestone(self, milestone_id: int, years: float) -> None:
        self.chosen = milestone_id
        self._push(commands.MoveMilestone(self._ws.store, self._step, milestone_id, years))
        self._draw()

    def move_chosen(self, years: float) -> None:
        if isinstance(self.chosen, int):
            self.move_milestone(self.chosen, years)

    def nudge(self, quarters: int) -> None:
        """The chosen milestone a quarter earlier or later (arrow keys on the timeline)."""
        current = next((m for m in ms.milestones(self._ws.store, self._team.id, self._step.key, self.idea_id) if m.id == self.chosen), None) if isinstance(self.chosen, int) else None
        if current is not None:
            self.move_milestone(current.id, current.years + quarters / cb.STEPS_PER_YEAR)

    def delete_chosen(self) -> None:
        if isinstance(self.chosen, int) and self._push(commands.DeleteMilestone(self._ws.store, self.chosen)):
            self.chosen = None
            self._draw()
            self.view.setFocus()  # the delete button is gone: back on the timeline

    def _save_typing(self) -> None:
        """Saved while typing (a compare-and-set, or kept while the server is away); one undo step when left."""
        self.typed.save()

    def _edited(self, before, after) -> None:
        ws = self._ws
        if self.typed.unsaved:
            return  # not saved (refused, or another laptop's change left open): no undo step
        if self.panel.kind == "end":
            self._push(commands.SetEnd(ws.store, ws.template, self._team.id, self._step, self.panel.idea_id, before[1], after[1]))
        elif self.panel.kind == "milestone":
            self._push(commands.EditMilestone(ws.store, self._step, self.panel.card_id, before, after))
        self.typed.say_kept()  # (a pushed step hides the line)

    def choose(self, idea_ids: list[int], name: str) -> None:
        ws = self._ws
        command = commands.ChooseFinal(ws.store, ws.template, self._team.id, self._step, idea_ids, name, ws.identity)
        push(self.undo_stack, command, self.choice.error)  # a refusal says why where the choice is made

    # -- export ----------------------------------------------------------------------------------
    def _team_name(self) -> str:
        return self._team.name or self.tr("Team {number}").format(number=self._team.number)

    def _picture_heading(self) -> str:
        idea = next((i for i in self.ideas if i.id == self.idea_id), None)
        return idea.text if idea is not None else self.tr("All timelines")

    def render_png(self, path: str) -> bool:
        """What is shown (one idea's timeline, or all of them) under the idea and the team, nothing marked as chosen."""
        if self._step is None or not self.ideas:
            return False
        ws, step = self._ws, self._step
        ideas = [i for i in self.ideas if self.idea_id in (None, i.id)]
        cards = [m for m in ms.milestones(ws.store, self._team.id, step.key) if m.idea_id in {i.id for i in ideas}]
        scene = OverviewScene(ws, step, ideas, cards, moment_text, min_levels=1)  # no empty room for cards to come
        detail = f"{self._team_name()} · {ws.t(step.title)}"
        return crystal_export.picture(scene, self._picture_heading(), detail, ws.theme).save(path, "PNG")

    def export_dialog(self) -> None:
        suggested = crystal_export.default_folder() / crystal_export.file_name(self._team_name(), shorten(self._picture_heading(), 40))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the timeline as PNG"), str(suggested), "PNG (*.png)")
        if not path:
            return
        if self.render_png(path):
            self.error.hide()
            self.saved.setText(self.tr("Saved: {path}").format(path=path))
            self.saved.show()
        else:
            self.saved.hide()
            self.error.setText(self.tr("The picture could not be saved there."))
            self.error.show()
