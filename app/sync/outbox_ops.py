"""The operations the outbox may hold, and how each is replayed with its version check.

Only what people type during the day is kept while the server is away: a new note, a note's text,
an answer (the pitch's fields, the problem statement's and the like, a member's kennismaking). Each operation replays through
the same app function as when it was typed, inside one write that first checks what the edit was
based on:

- a new note carries its entry's id: the note and a ``row_origin`` row (source = the entry's id,
  table "note") are made in one transaction, so a replay that finds that row made it already and
  skips it (a replay cut short, the app killed between commit and file, never makes a note twice);
- an edit carries the value it was based on: the row still holds it → the edit is made; the row holds
  the edit's own text already → done before, skipped; anything else → someone changed it meanwhile:
  DomainError ``edit_conflict`` (with ``theirs`` and ``mine``), nothing written. Answers replay through
  ``app.sync.field_edits.save_answer_based`` (the same compare-and-set as online; None: no own text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import select

from app.board import board
from app.canvases.milestones import replay_milestone_edit
from app.errors import DomainError
from app.storage.store import Store, existing
from app.sync.field_edits import save_answer_based, save_member_answers_based
from app.sync.versions import EditConflict
from db.models import Note, Team
from db.models_sync import RowOrigin


@dataclass(frozen=True)
class Operation:
    replay: Callable[[Store, str, dict, dict], None]  # (store, entry id, args, based_on): done, skipped, or raises
    target: Callable[[dict], tuple] | None = None  # what an edit changes: later edits of it build on this one
    field: str = "text"  # the argument the next edit of the same target is based on


def _add_note(store: Store, entry_id: str, args: dict, _based_on: dict) -> None:
    with store.write() as session:
        event_id = existing(session, Team, args["team_id"], "team").event_id
        made = session.exec(select(RowOrigin.id).where(RowOrigin.event_id == event_id, RowOrigin.source == entry_id,
                                                       RowOrigin.table_name == "note")).first()
        if made is not None:
            return  # made by an earlier replay of this entry
        note_id = board.add_note(store, **args)
        session.add(RowOrigin(event_id=event_id, source=entry_id, table_name="note", source_id=0, local_id=note_id))


def _edit_note(store: Store, _entry_id: str, args: dict, based_on: dict) -> None:
    mine = board.clean_note(args["text"])
    with store.write() as session:
        row = session.get(Note, args["note_id"], with_for_update=True)
        if row is None:
            raise DomainError("note_missing", f"there is no note {args['note_id']}", note_id=args["note_id"])
        if _unchanged_or_conflict("note", row.id, row.text, based_on.get("text"), mine):
            board.edit_note(store, row.id, mine)


def _answer(store: Store, _entry_id: str, args: dict, based_on: dict) -> None:
    """An answer (None: no own text any more, taken over again) as a compare-and-set on the text it was
    based on: a row that holds it already is left alone; one changed meanwhile raises EditConflict."""
    save_answer_based(store, args["team_id"], args["step_key"], args["field_key"], based_on.get("text"), args["text"])


def _member_answers(store: Store, _entry_id: str, args: dict, based_on: dict) -> None:
    """A member's kennismaking answers ``args["answers"]`` {key: text}, ``based_on`` {key: text} ("" = none):
    the same per-answer check in one transaction as online."""
    changes = {key: (based_on.get(key, ""), text) for key, text in args["answers"].items()}
    save_member_answers_based(store, args["member_id"], changes)


def _milestone_edit(store: Store, _entry_id: str, args: dict, based_on: dict) -> None:
    """A Crystal Ball card's texts ``args["texts"]`` {"title" or question key: text}, ``based_on`` likewise."""
    replay_milestone_edit(store, args["milestone_id"], args["texts"], based_on)


def _unchanged_or_conflict(table: str, row_id: int | None, theirs: str | None, based_on: str | None, mine: str) -> bool:
    """True: the row holds what the edit was based on, so the edit is made. False: it holds the edit's own
    text already (made before). Otherwise someone changed it meanwhile: ``edit_conflict``."""
    if theirs == mine or (theirs is None and mine == "" and based_on in (None, "")):
        return False
    if theirs == based_on or (theirs is None and based_on == ""):
        return True
    raise EditConflict(table, row_id or 0, "text", mine, theirs or "", based_on, None, table)


def _answer_target(args: dict) -> tuple:
    return (args["team_id"], args["step_key"], args["field_key"])


OPERATIONS: dict[str, Operation] = {
    "note.add": Operation(_add_note),
    "note.edit": Operation(_edit_note, target=lambda args: (args["note_id"],)),
    "answer.pitch": Operation(_answer, target=_answer_target),  # the pitch's fields (an emptied one is the team's own)
    "answer.field": Operation(_answer, target=_answer_target),  # the problem statement's and the like
    "member.answers": Operation(_member_answers),  # kennismaking answers; based_on {key: text} (a conflict's field is its key)
    "milestone.edit": Operation(_milestone_edit),  # a Crystal Ball card's title/answers; based_on {key: text}
}


def register(name: str, operation: Operation) -> None:
    """Another kind of edit the outbox may keep (its replay makes the same version check)."""
    OPERATIONS[name] = operation
