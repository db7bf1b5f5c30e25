"""Undo and redo on the storyboard: adding, deleting and moving a panel and changing its picture, one
command each on the board's pattern (ui.board.board_commands.Command: a refused action says why and
never enters the stack). A caption or text is saved as typed, like the other pages' answers."""

from __future__ import annotations

from app.day.template import Storyboard
from app.pitch import storyboard as sb
from app.pitch.pictures import Picture
from app.storage.store import Store
from ui.board.board_commands import Command


class AddPanel(Command):
    def __init__(self, store: Store, team_id: int, step_key: str, bounds: Storyboard) -> None:
        super().__init__("add panel")
        self.store, self.args, self.bounds = store, (team_id, step_key), bounds
        self.panel_id: int | None = None
        self.snapshot: sb.Snapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.panel_id = sb.add_panel(self.store, *self.args, self.bounds)
        else:
            sb.restore_panel(self.store, self.snapshot, self.bounds)

    def revert(self) -> None:
        self.snapshot = sb.delete_panel(self.store, self.panel_id)


class DeletePanel(Command):
    def __init__(self, store: Store, panel_id: int, bounds: Storyboard) -> None:
        super().__init__("delete panel")
        self.store, self.panel_id, self.bounds = store, panel_id, bounds
        self.snapshot: sb.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = sb.delete_panel(self.store, self.panel_id)

    def revert(self) -> None:
        sb.restore_panel(self.store, self.snapshot, self.bounds)


class MovePanel(Command):
    def __init__(self, store: Store, panel_id: int, index: int) -> None:
        super().__init__("move panel")
        self.store, self.panel_id, self.index = store, panel_id, index
        self.before: int | None = None

    def do(self) -> None:
        self.before = sb.move_panel(self.store, self.panel_id, self.index)

    def revert(self) -> None:
        sb.move_panel(self.store, self.panel_id, self.before)


class SetPicture(Command):
    """A panel's picture (None: removed); undo brings back the one before."""

    def __init__(self, store: Store, panel_id: int, picture: Picture | None) -> None:
        super().__init__("panel picture")
        self.store, self.panel_id, self.picture = store, panel_id, picture
        self.before: Picture | None = None

    def do(self) -> None:
        self.before = sb.set_picture(self.store, self.panel_id, self.picture)

    def revert(self) -> None:
        sb.set_picture(self.store, self.panel_id, self.before)
