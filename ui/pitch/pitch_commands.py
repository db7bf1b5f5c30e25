"""The pitch page's undoable step: "Take over again" forgets the team's own text of an answer (it shows
what it starts from again); undo brings that text back. Both are written at once, like any action."""

from __future__ import annotations

from app.pitch.answers import restore_answer, take_over_again
from app.storage.store import Store
from ui.board.board_commands import Command


class TakeOverAgain(Command):
    def __init__(self, store: Store, team_id: int, step_key: str, field_key: str) -> None:
        super().__init__("take over again")
        self.store, self.place, self.field_key = store, (team_id, step_key, field_key), field_key
        self.before: str | None = None

    def do(self) -> None:
        before = take_over_again(self.store, *self.place)
        if before is not None:
            self.before = before

    def revert(self) -> None:
        restore_answer(self.store, *self.place, self.before)
