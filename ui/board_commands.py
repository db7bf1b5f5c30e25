"""Undo and redo on the board: one small command per user action, each a symmetric pair.

Every command calls the same ``app.board`` operation as the action itself, so an undo is
committed at once and reaches every view through the change feed, like any other change.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app import board
from app.errors import DomainError
from app.store import Store


class Command(QUndoCommand):
    """A board action as an undoable pair. One the rules refuse (an empty note) or that can no
    longer be undone (removed on another laptop meanwhile) says why and leaves the stack."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.on_refused = None  # the page's way to show the reason

    def redo(self) -> None:
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action) -> None:
        try:
            action()
        except DomainError as error:  # refused by a rule, or the database did not take it
            self.setObsolete(True)  # not kept: undo and redo never meet a half-done action
            if self.on_refused is not None:
                self.on_refused(error)
        except Exception:
            self.setObsolete(True)  # a bug: not kept either, and reported as one (ui.last_resort)
            raise

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddNote(Command):
    def __init__(self, store: Store, team_id: int, step_key: str, author_id: int | None, text: str, x: float, y: float,
                 colour: str, zone_key: str | None = None) -> None:
        super().__init__("add note")
        self.store, self.args, self.zone_key = store, (team_id, step_key, author_id, text, x, y, colour), zone_key
        self.note_id: int | None = None

    def do(self) -> None:
        self.note_id = board.add_note(self.store, *self.args, zone_key=self.zone_key, note_id=self.note_id)

    def revert(self) -> None:
        board.delete_notes(self.store, [self.note_id])


class EditNote(Command):
    def __init__(self, store: Store, note_id: int, old: str, new: str) -> None:
        super().__init__("edit note")
        self.store, self.note_id, self.old, self.new = store, note_id, old, new

    def do(self) -> None:
        board.edit_note(self.store, self.note_id, self.new)

    def revert(self) -> None:
        board.edit_note(self.store, self.note_id, self.old)


class MoveNotes(Command):
    def __init__(self, store: Store, before: dict, after: dict) -> None:
        super().__init__("move notes")
        self.store, self.before, self.after = store, before, after

    def do(self) -> None:
        board.move_notes(self.store, self.after)

    def revert(self) -> None:
        board.move_notes(self.store, self.before)


class DeleteNotes(Command):
    def __init__(self, store: Store, note_ids: list[int]) -> None:
        super().__init__("delete notes")
        self.store, self.note_ids, self.gone = store, note_ids, []

    def do(self) -> None:
        self.gone = board.delete_notes(self.store, self.note_ids)

    def revert(self) -> None:
        board.restore_notes(self.store, self.gone)


class ColourNotes(Command):
    def __init__(self, store: Store, before: dict[int, str], colour: str) -> None:
        super().__init__("colour notes")
        self.store, self.before, self.colour = store, before, colour

    def do(self) -> None:
        board.colour_notes(self.store, list(self.before), self.colour)

    def revert(self) -> None:
        with self.store.write():
            for note_id, colour in self.before.items():
                board.colour_notes(self.store, [note_id], colour)


class AssignNotes(Command):
    """Notes into a cluster (or out of one: ``cluster_id`` None)."""

    def __init__(self, store: Store, note_ids: list[int], cluster_id: int | None) -> None:
        super().__init__("cluster notes")
        self.store, self.note_ids, self.cluster_id, self.before = store, note_ids, cluster_id, {}

    def do(self) -> None:
        self.before = board.assign_notes(self.store, self.note_ids, self.cluster_id)

    def revert(self) -> None:
        _assign_back(self.store, self.before)


class AddCluster(Command):
    def __init__(self, store: Store, team_id: int, step_key: str, name: str, rect: tuple, note_ids: list[int], before: dict) -> None:
        super().__init__("make cluster")
        self.store, self.args, self.note_ids, self.before = store, (team_id, step_key, name, rect), note_ids, before
        self.cluster_id: int | None = None

    def do(self) -> None:
        self.cluster_id = board.add_cluster(self.store, *self.args, self.note_ids, cluster_id=self.cluster_id)

    def revert(self) -> None:
        with self.store.write():
            board.delete_cluster(self.store, self.cluster_id)
            _assign_back(self.store, self.before)


class RenameCluster(Command):
    def __init__(self, store: Store, cluster_id: int, old: str, new: str) -> None:
        super().__init__("rename cluster")
        self.store, self.cluster_id, self.old, self.new = store, cluster_id, old, new

    def do(self) -> None:
        board.rename_cluster(self.store, self.cluster_id, self.new)

    def revert(self) -> None:
        board.rename_cluster(self.store, self.cluster_id, self.old)


class MergeClusters(Command):
    def __init__(self, store: Store, keep: board.ClusterView, other_id: int) -> None:
        super().__init__("merge clusters")
        self.store, self.keep, self.other_id = store, keep, other_id
        self.snapshot, self.moved = None, []

    def do(self) -> None:
        self.snapshot, self.moved = board.merge_clusters(self.store, self.keep.id, self.other_id)

    def revert(self) -> None:
        with self.store.write():
            board.restore_cluster(self.store, self.snapshot, self.moved)
            board.place_cluster(self.store, self.keep.id, (self.keep.x, self.keep.y, self.keep.width, self.keep.height))


def _assign_back(store: Store, before: dict[int, int | None]) -> None:
    with store.write():
        for note_id, cluster_id in before.items():
            board.assign_notes(store, [note_id], cluster_id)


class PlaceInZone(Command):
    """A note dragged into another zone of the vehicle."""

    def __init__(self, store: Store, note_id: int, zone_key: str | None, x: float, y: float) -> None:
        super().__init__("move to zone")
        self.store, self.note_id, self.after, self.before = store, note_id, (zone_key, x, y), None

    def do(self) -> None:
        self.before = board.place_in_zone(self.store, self.note_id, *self.after)

    def revert(self) -> None:
        board.place_in_zone(self.store, self.note_id, *self.before)


class DeleteCluster(Command):
    """A cluster removed; its notes stay on the board (and return into it on undo)."""

    def __init__(self, store: Store, cluster_id: int) -> None:
        super().__init__("delete cluster")
        self.store, self.cluster_id = store, cluster_id
        self.snapshot, self.members = None, []

    def do(self) -> None:
        self.snapshot, self.members = board.delete_cluster(self.store, self.cluster_id)

    def revert(self) -> None:
        board.restore_cluster(self.store, self.snapshot, self.members)


class PlaceCluster(Command):
    def __init__(self, store: Store, cluster_id: int, before: tuple, after: tuple) -> None:
        super().__init__("move cluster")
        self.store, self.cluster_id, self.before, self.after = store, cluster_id, before, after

    def do(self) -> None:
        board.place_cluster(self.store, self.cluster_id, self.after)

    def revert(self) -> None:
        board.place_cluster(self.store, self.cluster_id, self.before)


def push(stack, command: Command, error_label) -> bool:
    """Do an action through the undo stack; False, with the reason in ``error_label``, when refused.
    A later undo or redo of the command that is refused says why in the same label."""
    from ui.messages import message_for

    refused = []

    def refuse(error: DomainError) -> None:
        refused.append(error)
        error_label.setText(message_for(error))
        error_label.show()

    command.on_refused = refuse
    stack.push(command)
    if refused:
        return False
    error_label.hide()
    return True
