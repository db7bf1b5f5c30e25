"""Where a new note goes, kept in memory by the board that shows every note: O(changed), not O(notes).

The same rule as ``app.board.note_spots`` (the database's answer, used where a laptop does not see every
note): the spots of a grid numbered row by row, the first one no note takes (a note within half a
unit of it) and no cluster frame blocks. Here the taken spots are a count per spot, kept note by
note as notes come, move and go, and the search starts from a hint: every spot below it is taken or
blocked (by the frames it was found with), so adding notes one after another never walks the board.
"""

from __future__ import annotations

from collections import Counter

from app.board.cluster_layout import GAP, NOTE_H, NOTE_W, Place, Rect, blocked_spots

COLUMNS = 6
PITCH: Place = (NOTE_W + GAP, NOTE_H + GAP)


def spot_of(x: float, y: float, columns: int = COLUMNS, pitch: Place = PITCH) -> int | None:
    """The grid spot a note at (x, y) takes, or None: off the grid."""
    column, row = round(x / pitch[0]), round(y / pitch[1])
    if not (0 <= column < columns and row >= 0):
        return None
    if abs(x - column * pitch[0]) >= 0.5 or abs(y - row * pitch[1]) >= 0.5:
        return None
    return row * columns + column


def place_of(spot: int, columns: int = COLUMNS, pitch: Place = PITCH) -> Place:
    return (spot % columns) * pitch[0], (spot // columns) * pitch[1]


class SpotIndex:
    """The grid spots a board's notes take, kept up to date one note at a time."""

    def __init__(self, columns: int = COLUMNS, pitch: Place = PITCH) -> None:
        self.columns, self.pitch = columns, pitch
        self._taken: Counter[int] = Counter()
        self._hint = 0  # every spot below is taken, or blocked by ``_frames``
        self._frames: tuple[Rect, ...] = ()
        self._blocked: set[int] = set()

    def clear(self) -> None:
        self._taken.clear()
        self._hint = 0

    def take(self, x: float, y: float) -> None:
        spot = spot_of(x, y, self.columns, self.pitch)
        if spot is not None:
            self._taken[spot] += 1

    def release(self, x: float, y: float) -> None:
        spot = spot_of(x, y, self.columns, self.pitch)
        if spot is not None and self._taken[spot]:
            self._taken[spot] -= 1
            if not self._taken[spot]:
                del self._taken[spot]
                self._hint = min(self._hint, spot)  # a hole below the hint: found again

    def first_free(self, frames: list[Rect]) -> Place:
        """The place of the first spot no note takes and no frame (of the team's clusters) blocks."""
        frames = tuple(frames)
        if frames != self._frames:  # a frame made, moved or removed: spots below the hint may be free
            self._frames, self._hint = frames, 0
            self._blocked = blocked_spots(list(frames), self.columns, self.pitch)
        spot = self._hint
        while spot in self._taken or spot in self._blocked:
            spot += 1
        self._hint = spot
        return place_of(spot, self.columns, self.pitch)
