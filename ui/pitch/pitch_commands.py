"""The pitch page's undoable step: "Take over again" forgets the team's own text of an answer (it shows
what it starts from again); undo brings that text back. Both are written at once, like any action, as
compare-and-sets: when another laptop changed the answer meanwhile nothing is overwritten (the step is
refused with the reason; an undo says it was changed since)."""

from __future__ import annotations

from app.errors import DomainError
from app.storage.store import Store
from app.sync.field_edits import save_answer_based
from app.sync.versions import EditConflict
from ui.board.board_commands import Command


class TakeOverAgain(Command):
    def __init__(self, store: Store, team_id: int, step_key: str, field_key: str, based_on: str | None) -> None:
        super().__init__("take over again")
        self.store, self.place, self.field_key = store, (team_id, step_key, field_key), field_key
        self.before = based_on  # the team's own text the field showed (None: none)

    def do(self) -> None:
        save_answer_based(self.store, *self.place, self.before, None)

    def revert(self) -> None:
        try:
            save_answer_based(self.store, *self.place, None, self.before)
        except EditConflict as conflict:
            raise DomainError("changed_elsewhere", "the answer was changed on another laptop since: undo would "
                              "overwrite that, so it is not undone", what="answer", table="answer", row_id=conflict.row_id) from None
