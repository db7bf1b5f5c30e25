"""The juror's undo: every value, not-seen mark and comment given is one command.

A command is pushed only after the desk took the change (a refused change never enters the stack), so
its first ``redo`` has nothing to do; undo and redo ask the desk again and show the team changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.jury.juror_desk import JurorDesk


class DeskCommand(QUndoCommand):
    def __init__(self, desk: JurorDesk, team_id: int, shown: Callable[[int], None]) -> None:
        super().__init__()
        self.desk, self.team_id, self._shown = desk, team_id, shown
        self._done = True  # the change is made before the push

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(after=True)
        self._shown(self.team_id)

    def undo(self) -> None:
        self.apply(after=False)
        self._shown(self.team_id)

    def apply(self, after: bool) -> None:
        raise NotImplementedError


class SetValue(DeskCommand):
    def __init__(self, desk, team_id, key: str, before: int | None, after: int | None, shown) -> None:
        super().__init__(desk, team_id, shown)
        self.key, self.before, self.after = key, before, after

    def apply(self, after: bool) -> None:
        value = self.after if after else self.before
        if value is None:
            self.desk.clear_value(self.team_id, self.key)
        else:
            self.desk.set_value(self.team_id, self.key, value)


class SetNotSeen(DeskCommand):
    def __init__(self, desk, team_id, not_seen: bool, shown) -> None:
        super().__init__(desk, team_id, shown)
        self.not_seen = not_seen

    def apply(self, after: bool) -> None:
        self.desk.set_not_seen(self.team_id, self.not_seen if after else not self.not_seen)


class SetText(DeskCommand):
    """The private note (``kind`` "note") or the feedback for the team (``kind`` "feedback")."""

    def __init__(self, desk, team_id, kind: str, before: str, after: str, shown) -> None:
        super().__init__(desk, team_id, shown)
        self.kind, self.before, self.after = kind, before, after

    def apply(self, after: bool) -> None:
        setter = self.desk.set_note if self.kind == "note" else self.desk.set_feedback
        setter(self.team_id, self.after if after else self.before)
