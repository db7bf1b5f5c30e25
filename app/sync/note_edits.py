"""A note's text and place changed as compare-and-set edits (``app.sync.versions``), and the ways out of
a conflict over its text: keep mine (written again, based on theirs), take theirs (nothing written), or
both (mine becomes a second note beside theirs).

Text and place are different fields: a laptop that moves a note while another edits its text never
conflicts with it.
"""

from __future__ import annotations

from sqlalchemy import select

from app.board.board import add_note, clean_note
from app.board.note_batch import NOTE
from app.storage.store import Store
from app.sync.versions import Edit, EditConflict, apply_edit, missing_error

BESIDE = 176.0  # a note's width (160) and a gap: "both" puts mine just right of theirs


def text_edit(note_id: int, based_on: str, text: str) -> Edit:
    return Edit(NOTE, note_id, {"text": (based_on, clean_note(text))}, "note")


def edit_note_text(store: Store, note_id: int, based_on: str, text: str) -> int:
    """The note's text ``text``, if it still reads ``based_on``; its new version."""
    return apply_edit(store, text_edit(note_id, based_on, text))


def move_note(store: Store, note_id: int, based_on: tuple[float, float], place: tuple[float, float]) -> int:
    """The note at ``place``, if it is still at ``based_on``; its new version."""
    (old_x, old_y), (x, y) = based_on, place
    return apply_edit(store, Edit(NOTE, note_id, {"x": (old_x, x), "y": (old_y, y)}, "note"))


def keep_mine(store: Store, conflict: EditConflict) -> int:
    """Write this laptop's value again, based on what the other laptop wrote (it may conflict again)."""
    return apply_edit(store, Edit(NOTE, conflict.row_id, {conflict.field: (conflict.theirs, conflict.mine)}, "note"))


def keep_both(store: Store, conflict: EditConflict) -> int:
    """Theirs stays; this laptop's text becomes a new note beside it (same team, step, author and
    colour); the new note's id."""
    with store.read() as session:
        row = session.execute(select(NOTE.c.team_id, NOTE.c.step_key, NOTE.c.author_id, NOTE.c.colour, NOTE.c.x, NOTE.c.y,
                                     NOTE.c.zone_key, NOTE.c.part_key).where(NOTE.c.id == conflict.row_id)).first()
    if row is None:
        raise missing_error("note", conflict.row_id)
    return add_note(store, row.team_id, row.step_key, row.author_id, str(conflict.mine), row.x + BESIDE, row.y,
                    colour=row.colour, zone_key=row.zone_key, part_key=row.part_key)
