"""Undo and redo on the board: one small command per user action, each a symmetric pair.

Every command calls the same ``app.board.board`` operation as the action itself, so an undo is
committed at once and reaches every view through the change feed, like any other change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QUndoCommand

from app.board import best_note, board, clustering
from app.errors import DomainError
from app.storage.store import Store
from app.sync import note_edits
from app.sync.versions import unchanged_since_mine


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
            self.setObsolete(True)  # a bug: not kept either, and reported as one (ui.window.last_resort)
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
        board.delete_notes(self.store, [self.note_id])  # a note just made holds no dots


class EditNote(Command):
    """A note's text. With ``base`` (what this laptop last saw the database hold of it) the edit is a
    compare-and-set (app.sync.note_edits): a text changed on another laptop meanwhile is an
    ``edit_conflict`` for ``on_conflict``; an undo of a note changed elsewhere since is refused."""

    def __init__(self, store: Store, note_id: int, old: str, new: str, base: str | None = None) -> None:
        super().__init__("edit note")
        self.store, self.note_id, self.old, self.new, self.base = store, note_id, old, new, base
        self.on_conflict = None  # the page's way to let the person choose (ui.sync.note_conflicts)

    def do(self) -> None:
        if self.base is None:
            board.edit_note(self.store, self.note_id, self.new)
            return
        note_edits.edit_note_text(self.store, self.note_id, self.base, self.new)
        self.base = self.old  # a later redo follows its undo, which wrote the old text

    def revert(self) -> None:
        if self.base is None:
            board.edit_note(self.store, self.note_id, self.old)
            return
        unchanged_since_mine(self.store, note_edits.NOTE, self.note_id, "note")
        note_edits.edit_note_text(self.store, self.note_id, self.new, self.old)


class MoveNotes(Command):
    def __init__(self, store: Store, before: dict, after: dict) -> None:
        super().__init__("move notes")
        self.store, self.before, self.after = store, before, after

    def do(self) -> None:
        board.move_notes(self.store, self.after)

    def revert(self) -> None:
        board.move_notes(self.store, self.before, mine(self.store, self.before))  # refused: changed on another laptop since


class DeleteNotes(Command):
    """Notes removed; ``dots_accepted``: the dots on them the person agreed to drop."""

    def __init__(self, store: Store, note_ids: list[int], dots_accepted: int = 0) -> None:
        super().__init__("delete notes")
        self.store, self.note_ids, self.dots_accepted, self.gone, self.dots = store, note_ids, dots_accepted, [], []

    def do(self) -> None:
        self.gone, self.dots = board.delete_notes(self.store, self.note_ids, self.dots_accepted)

    def revert(self) -> None:
        board.restore_notes(self.store, self.gone, self.dots)


class ColourNotes(Command):
    def __init__(self, store: Store, before: dict[int, str], colour: str) -> None:
        super().__init__("colour notes")
        self.store, self.before, self.colour = store, before, colour

    def do(self) -> None:
        board.colour_notes(self.store, list(self.before), self.colour)

    def revert(self) -> None:
        board.colour_each(self.store, self.before, mine(self.store, self.before))  # each note its colour back: one statement


class AssignNotes(Command):
    """Notes into a cluster (or out of one: ``cluster_id`` None)."""

    def __init__(self, store: Store, note_ids: list[int], cluster_id: int | None) -> None:
        super().__init__("cluster notes")
        self.store, self.note_ids, self.cluster_id, self.before = store, note_ids, cluster_id, {}

    def do(self) -> None:
        self.best = best_note.marked(self.store, self.note_ids)  # a note that leaves its theme loses its mark
        self.before = board.assign_notes(self.store, self.note_ids, self.cluster_id)

    def revert(self) -> None:
        board.assign_each(self.store, self.before, best=self.best)


class MarkBest(Command):
    """The note that states its cluster best (``note_id`` None: none any more)."""

    def __init__(self, store: Store, cluster_id: int, note_id: int | None) -> None:
        super().__init__("mark best")
        self.store, self.cluster_id, self.note_id, self.before = store, cluster_id, note_id, None

    def do(self) -> None:
        self.before = best_note.set_best(self.store, self.cluster_id, self.note_id)

    def revert(self) -> None:
        best_note.set_best(self.store, self.cluster_id, self.before)


class AddCluster(Command):
    """A cluster made of notes, which gather into free space (and go back on undo)."""

    def __init__(self, store: Store, team_id: int, step_key: str, note_step: str, name: str, note_ids: list[int]) -> None:
        super().__init__("make cluster")
        self.store, self.args, self.note_ids = store, (team_id, step_key, note_step, name), note_ids
        self.made: clustering.Made | None = None

    def do(self) -> None:
        self.made = clustering.make_cluster(self.store, *self.args, self.note_ids, cluster_id=self.made.cluster_id if self.made else None)

    def revert(self) -> None:
        clustering.unmake_cluster(self.store, self.made)


class RenameCluster(Command):
    def __init__(self, store: Store, cluster_id: int, old: str, new: str) -> None:
        super().__init__("rename cluster")
        self.store, self.cluster_id, self.old, self.new = store, cluster_id, old, new

    def do(self) -> None:
        board.rename_cluster(self.store, self.cluster_id, self.new)

    def revert(self) -> None:
        board.rename_cluster(self.store, self.cluster_id, self.old)


class MergeClusters(Command):
    def __init__(self, store: Store, keep_id: int, other_id: int, name: str, note_step: str) -> None:
        super().__init__("merge clusters")
        self.store, self.args = store, (keep_id, other_id, name, note_step)
        self.merged: clustering.Merged | None = None

    def do(self) -> None:
        self.merged = clustering.merge_clusters(self.store, *self.args)

    def revert(self) -> None:
        clustering.unmerge_clusters(self.store, self.merged)


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
    """A cluster removed; its notes stay on the board (and return into it on undo), and so do
    the theme's dots the person agreed to drop (``dots_accepted``)."""

    def __init__(self, store: Store, cluster_id: int, dots_accepted: int = 0) -> None:
        super().__init__("delete cluster")
        self.store, self.cluster_id, self.dots_accepted = store, cluster_id, dots_accepted
        self.snapshot, self.members, self.dots = None, [], []

    def do(self) -> None:
        self.snapshot, self.members, self.dots = board.delete_cluster(self.store, self.cluster_id, self.dots_accepted)

    def revert(self) -> None:
        board.restore_cluster(self.store, self.snapshot, self.members, self.dots)


class PlaceCluster(Command):
    def __init__(self, store: Store, cluster_id: int, before: tuple, after: tuple) -> None:
        super().__init__("move cluster")
        self.store, self.cluster_id, self.before, self.after = store, cluster_id, before, after

    def do(self) -> None:
        board.place_cluster(self.store, self.cluster_id, self.after)

    def revert(self) -> None:
        board.place_cluster(self.store, self.cluster_id, self.before)


def mine(store: Store, note_ids) -> dict[int, int]:
    """The notes' versions as this laptop last wrote them (an undo writes only notes still at them)."""
    return {note_id: store.versions[("note", note_id)] for note_id in note_ids if store.versions.get(("note", note_id)) is not None}


def push(stack, command: Command, error_label) -> bool:
    """Do an action through the undo stack; False, with the reason in ``error_label``, when refused.
    A later undo or redo of the command that is refused says why in the same label."""
    from ui.common.messages import message_for, say

    refused = []

    def refuse(error: DomainError) -> None:
        refused.append(error)
        say(error_label, message_for(error))

    command.on_refused = refuse
    stack.push(command)
    if refused:
        conflict = getattr(command, "on_conflict", None)
        if conflict is not None and refused[0].code == "edit_conflict":
            error_label.hide()
            conflict(refused[0])  # after the push: the choice may push commands of its own
        return False
    error_label.hide()
    return True


@contextmanager
def one_step(stack, text: str) -> Iterator[None]:
    """The commands pushed in the block as one undo step; when every one was refused, no step
    at all (an empty step would make the next Ctrl+Z do nothing)."""
    stack.beginMacro(text)
    try:
        yield
    finally:
        stack.endMacro()
        top = stack.command(stack.index() - 1)
        if top is not None and top.childCount() == 0:
            top.setObsolete(True)
            stack.undo()  # Qt drops an obsolete command from the stack when it is undone
