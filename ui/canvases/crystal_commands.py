"""Undo and redo on the Crystal Ball: one command per action, on the board's pattern
(ui.board.board_commands.Command: a refused action says why and never enters the stack)."""

from __future__ import annotations

from app.canvases import milestones as ms
from app.day.template import Step, Template
from app.outcomes import final_choice
from app.storage.store import Store
from ui.board.board_commands import Command


class AddMilestone(Command):
    def __init__(self, store: Store, template: Template, team_id: int, step: Step, idea_id: int, years: float) -> None:
        super().__init__("add milestone")
        self.store, self.args = store, (template, team_id, step, idea_id, years)
        self.milestone_id: int | None = None

    def do(self) -> None:
        self.milestone_id = ms.add_milestone(self.store, *self.args, milestone_id=self.milestone_id)

    def revert(self) -> None:
        ms.delete_milestone(self.store, self.milestone_id)


class MoveMilestone(Command):
    def __init__(self, store: Store, step: Step, milestone_id: int, years: float) -> None:
        super().__init__("move milestone")
        self.store, self.step, self.milestone_id, self.years, self.before = store, step, milestone_id, years, None

    def do(self) -> None:
        self.before = ms.move_milestone(self.store, self.step, self.milestone_id, self.years)

    def revert(self) -> None:
        ms.move_milestone(self.store, self.step, self.milestone_id, self.before)


class EditMilestone(Command):
    """A milestone's title and answers from ``before`` to ``after`` (each a (title, answers) pair)."""

    def __init__(self, store: Store, step: Step, milestone_id: int, before: tuple[str, dict], after: tuple[str, dict]) -> None:
        super().__init__("edit milestone")
        self.store, self.step, self.milestone_id, self.before, self.after = store, step, milestone_id, before, after
        self.saved = True  # the idle save wrote ``after`` already (as a compare-and-set): the first do only records

    def do(self) -> None:
        if self.saved:
            self.saved = False
            return
        ms.edit_milestone(self.store, self.step, self.milestone_id, *self.after)

    def revert(self) -> None:
        ms.edit_milestone(self.store, self.step, self.milestone_id, *self.before)


class DeleteMilestone(Command):
    def __init__(self, store: Store, milestone_id: int) -> None:
        super().__init__("delete milestone")
        self.store, self.milestone_id, self.snapshot = store, milestone_id, None

    def do(self) -> None:
        self.snapshot = ms.delete_milestone(self.store, self.milestone_id)

    def revert(self) -> None:
        ms.restore_milestone(self.store, self.snapshot)


class SetEnd(Command):
    """The end card's answers from ``before`` to ``after``."""

    def __init__(self, store: Store, template: Template, team_id: int, step: Step, idea_id: int, before: dict, after: dict) -> None:
        super().__init__("edit end card")
        self.store, self.args, self.before, self.after = store, (template, team_id, step, idea_id), before, after
        self.saved = True  # the idle save wrote ``after`` already: the first do only records

    def do(self) -> None:
        if self.saved:
            self.saved = False
            return
        ms.set_end(self.store, *self.args, self.after)

    def revert(self) -> None:
        ms.set_end(self.store, *self.args, self.before)


class ChooseFinal(Command):
    """The team's final choice; undo brings back the one before (or none)."""

    def __init__(self, store: Store, template: Template, team_id: int, step: Step, idea_ids: list[int], name: str, decided_by: int | None) -> None:
        super().__init__("final choice")
        self.store, self.args = store, (template, team_id, step, idea_ids, name, decided_by)
        self.before: final_choice.Choice | None = None

    def do(self) -> None:
        self.before = final_choice.choose(self.store, *self.args)

    def revert(self) -> None:
        _template, team_id, step, *_rest = self.args
        final_choice.restore_choice(self.store, team_id, step.key, self.before)
