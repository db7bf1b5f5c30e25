"""The board's notes as scene items, kept in step with the database by what changed.

A change to one note touches one item: only the items whose rows changed are made, updated or
removed, and the count of notes per author is kept up to date by the same change. Only a full
reload (another step or team, the reveal) goes over every note.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF

from app.board.board import NoteView, count_changes
from app.board.spot_index import SpotIndex
from app.day.privacy import shown_name
from ui.board.board_items import NOTE_BOUNDS, NoteItem


class NoteLayer:
    """The notes on one board: ``items`` by note id, and ``counts`` of the shown notes per author id."""

    def __init__(self, scene, on_edited: Callable, on_typed: Callable) -> None:
        self.scene = scene
        self.items: dict[int, NoteItem] = {}
        self.counts: dict[int | None, int] = {}
        self.spots = SpotIndex()  # the grid spots the notes take: where the next typed note goes
        self._expected: dict[int, tuple[float, float]] = {}  # notes made here whose change is still on its way
        self._on_edited, self._on_typed = on_edited, on_typed
        self.anonymous = False  # an anonymous step: the notes show no author (the counts per author are kept)

    def clear(self) -> None:
        """Forget every note (the scene is cleared by its owner)."""
        self.items.clear()
        self.counts.clear()
        self.spots.clear()
        self._expected.clear()

    def expect(self, note_id: int, x: float, y: float) -> None:
        """A note this laptop just made: its spot is taken now, before the change feed brings it
        (the next note typed at once must not land on the same spot)."""
        self._expected[note_id] = (x, y)
        self.spots.take(x, y)

    def _arrived(self, note_id: int) -> None:
        place = self._expected.pop(note_id, None)
        if place is not None:
            self.spots.release(*place)

    def reload(self, shown: Iterable[NoteView], names: dict[int, str]) -> None:
        """Make the items what ``shown`` says, over every note (the counts follow, as on any change)."""
        wanted = {note.id: note for note in shown}
        self.remove(set(self.items) - set(wanted))
        self.put(wanted.values(), names)

    def bounds(self) -> QRectF:
        """The area the notes cover (an invalid rectangle when there are none): from their places,
        not by asking every item for its rectangle."""
        if not self.items:
            return QRectF()
        xs = [item.x() for item in self.items.values()]
        ys = [item.y() for item in self.items.values()]
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
            NOTE_BOUNDS.left(), NOTE_BOUNDS.top(), NOTE_BOUNDS.right(), NOTE_BOUNDS.bottom())

    def put(self, notes: Iterable[NoteView], names: dict[int, str]) -> list[NoteItem]:
        """New notes get an item, changed ones update theirs (a note being edited keeps the typing
        hand's text); returns the items made or updated."""
        touched = []
        for note in notes:
            item = self.items.get(note.id)
            if item is None:
                item = NoteItem(note, shown_name(self.anonymous, note.author(names)), self._on_edited, self._on_typed)
                item.setCacheMode(self.scene.note_cache)
                self.scene.addItem(item)
                self.items[note.id] = item
                count_changes(self.counts, came=[note])
                self._arrived(note.id)
                self.spots.take(note.x, note.y)
            elif not item.editing:
                count_changes(self.counts, gone=[item.note], came=[note])
                self.spots.release(item.note.x, item.note.y)
                self.spots.take(note.x, note.y)
                item.update_from(note, shown_name(self.anonymous, note.author(names)))
            else:
                continue
            touched.append(item)
        return touched

    def remove(self, note_ids: Iterable[int]) -> None:
        """These notes leave the board (deleted, or no longer shown here)."""
        for note_id in note_ids:
            self._arrived(note_id)
            item = self.items.pop(note_id, None)
            if item is None:
                continue
            count_changes(self.counts, gone=[item.note])
            self.spots.release(item.note.x, item.note.y)
            item.discard_editor()  # deleted elsewhere while being edited here
            self.scene.removeItem(item)
