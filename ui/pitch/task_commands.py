"""Undo and redo of the pitch's task split: one command per tick, a symmetric pair."""

from __future__ import annotations

from app.day.template import Template
from app.pitch.tasks import assign, unassign
from app.storage.store import Store
from ui.board.board_commands import Command


class TickTask(Command):
    """Tick (``on``) or untick a member for a task. A tick that changed nothing (another laptop did
    the same meanwhile) leaves the stack: its undo would take away what someone else did."""

    def __init__(self, store: Store, template: Template, team_id: int, task_key: str, member_id: int, on: bool) -> None:
        super().__init__("tick task" if on else "untick task")
        self.store, self.template, self.on = store, template, on
        self.args = (team_id, task_key, member_id)

    def do(self) -> None:
        self._set(self.on)

    def revert(self) -> None:
        self._set(not self.on)

    def _set(self, on: bool) -> None:
        wrote = (assign if on else unassign)(self.store, self.template, *self.args)
        if not wrote:
            self.setObsolete(True)
