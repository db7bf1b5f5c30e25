"""A note's text edited on the board while another laptop changed it: the board's hooks.

The text typed during a pause is saved based on what the database held (``save_typing``); when another
laptop changed it meanwhile nothing is written and the typing goes on. The end of the editing session
(``edit_command``) is the undo step: its compare-and-set meets the other laptop's text and the person
chooses in ``ui.sync.conflict_dialog``: keep mine (an edit based on theirs, undoable), take theirs
(nothing written), keep both (mine as a second note beside theirs, undoable). Escape keeps both: what
was typed is never dropped without a choice.
"""

from __future__ import annotations

from app.board import board
from app.errors import DomainError
from app.sync.note_edits import BESIDE
from app.sync.versions import EditConflict
from ui.board import board_commands as commands
from ui.common.messages import message_for, say
from ui.storage.outbox_write import QUEUED, kept_text, outbox_for, write_or_queue
from ui.sync import conflict_dialog
from ui.sync.conflict_dialog import MINE, THEIRS


def save_typing(store, error_label, note_id: int, text: str, base: str) -> bool:
    """A pause in typing: saved if the note still holds ``base`` (kept in the outbox while the server is
    away). False: not written (changed on another laptop — the session's end asks — or refused, said in
    ``error_label``)."""
    from app.sync.note_edits import edit_note_text

    try:
        done = write_or_queue(store, "note.edit", {"note_id": note_id, "text": text}, {"text": base},
                              lambda: edit_note_text(store, note_id, base, text))
    except EditConflict:
        return False
    except DomainError as error:
        say(error_label, message_for(error))
        return False
    if done == QUEUED:
        say(error_label, kept_text(), "info")
    return True


def edited(page, note_id: int, before: str, text: str, base: str) -> None:
    """The end of an editing session: one undo step; when the server is away the text is kept in the
    outbox instead (no undo step: there is nothing on the server to undo yet)."""
    bridge = outbox_for(page._ws.store)
    if bridge is None or not bridge.waiting:
        if page._push(edit_command(page, note_id, before, text, base)) or bridge is None:
            return
    # The server is away (or the write just found it gone): kept on this laptop, saved with the same check later.
    save_typing(page._ws.store, page.error_label, note_id, text, base)


def edit_command(page, note_id: int, before: str, text: str, base: str) -> commands.EditNote:
    """The editing session as one undo step; a conflict opens the choice on ``page`` (a BoardPage)."""
    command = commands.EditNote(page._ws.store, note_id, before, text, base)
    command.on_conflict = lambda conflict: resolve(page, conflict)
    return command


def resolve(page, conflict: EditConflict) -> None:
    """Ask, then do what was chosen through the page's undo stack; the note shows the database's text."""
    store = page._ws.store
    choice = conflict_dialog.ask(conflict, page)
    if choice == MINE:
        page._push(edit_command(page, conflict.row_id, str(conflict.theirs), str(conflict.mine), str(conflict.theirs)))
    fresh = board.notes_by_id(store, [conflict.row_id])
    if choice != MINE and choice != THEIRS and fresh:
        note = fresh[0]
        beside = getattr(page, "spot_beside", None)  # a page of its own layout (the vehicle's zones); else to the right
        x, y = beside(note) if beside is not None else (note.x + BESIDE, note.y)
        page._push(commands.AddNote(store, note.team_id, note.step_key, note.author_id, str(conflict.mine),
                                    x, y, note.colour, note.zone_key))
    layer = getattr(page, "_layer", None)  # the board: the feed skipped the note while it was being edited
    item = layer.items.get(conflict.row_id) if layer is not None else None
    if item is not None and fresh:
        item.update_from(fresh[0], item.author_name)
