"""The juror's undo: every value, not-seen mark and comment given is one command.

A command is pushed only after the desk took the change (a refused change never enters the stack), so
its first ``redo`` has nothing to do; undo and redo ask the desk again and show the team changed, the
hand on what changed (``where``: a criterion's key, "not_seen", "note" or "feedback"). A comment is
given keystroke by keystroke: one burst of typing in one field is one command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.jury.juror_desk import JurorDesk


class DeskCommand(QUndoCommand):
    where = ""

    def __init__(self, desk: JurorDesk, team_id: int, shown: Callable[[int, str], None]) -> None:
        super().__init__()
        self.desk, self.team_id, self._shown = desk, team_id, shown
        self._done = True  # the change is made before the push

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(after=True)
        self._shown(self.team_id, self.where)

    def undo(self) -> None:
        self.apply(after=False)
        self._shown(self.team_id, self.where)

    def apply(self, after: bool) -> None:
        raise NotImplementedError


class SetValue(DeskCommand):
    def __init__(self, desk, team_id, key: str, before: int | None, after: int | None, shown) -> None:
        super().__init__(desk, team_id, shown)
        self.key, self.before, self.after = key, before, after
        self.where = key

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
        self.where = "not_seen"

    def apply(self, after: bool) -> None:
        self.desk.set_not_seen(self.team_id, self.not_seen if after else not self.not_seen)


class SetText(DeskCommand):
    """The private note (``kind`` "note") or the feedback for the team (``kind`` "feedback")."""

    MERGING = 1  # QUndoCommand.id(): comments typed on merge

    def __init__(self, desk, team_id, kind: str, before: str, after: str, shown, burst: int = 0) -> None:
        super().__init__(desk, team_id, shown)
        self.kind, self.before, self.after, self.burst = kind, before, after, burst
        self.where = kind

    def id(self) -> int:
        return self.MERGING

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        """The next keystroke of the same burst in the same field: the two are one change."""
        if not isinstance(other, SetText) or (other.team_id, other.kind, other.burst) != (self.team_id, self.kind, self.burst):
            return False
        self.after = other.after
        return True

    def apply(self, after: bool) -> None:
        setter = self.desk.set_note if self.kind == "note" else self.desk.set_feedback
        setter(self.team_id, self.after if after else self.before)
