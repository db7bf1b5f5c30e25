"""An answer typed on this laptop while another laptop changed it: the forms' hook.

``AnswerBases`` remembers, per field, the text the database held when the form last showed it (None:
the team had no text of its own). A save is a compare-and-set on it (app.sync.field_edits), or — the
server away — an outbox entry carrying that base (``op``: "answer.field" for the problem statement's
form, "answer.pitch" for the pitch's), replayed later with the same check. When the other laptop
changed the field meanwhile the person chooses in ``ui.sync.conflict_dialog``: keep mine (saved over
theirs), take theirs (the field shows it; nothing written), or Escape (the field keeps what was typed,
unsaved, and the reason shows: the next save asks again).
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import DomainError
from app.sync.field_edits import save_answer_based
from app.sync.versions import EditConflict
from app.text import LONG_TEXT_MAX, clean_block
from ui.common.messages import message_for, say
from ui.storage.outbox_write import QUEUED, WRITTEN, kept_text, write_or_queue
from ui.sync import conflict_dialog
from ui.sync.conflict_dialog import MINE, THEIRS

Place = tuple[int, str, str]  # (team, step, field)
TAKEN = "theirs"  # settle(): the other laptop's text taken, nothing written


class AnswerBases:
    def __init__(self, op: str = "answer.field", blank_is_none: bool = True) -> None:
        """``blank_is_none``: an empty field is the same as no own text (the problem statement); False
        when an emptied answer is the team's own (the pitch: a cleared taken-over answer stays cleared)."""
        self._bases: dict[Place, str | None] = {}
        self._op, self._blank_is_none = op, blank_is_none

    def follow(self, place: Place, stored: dict[str, str], shown: str) -> None:
        """The field at ``place`` (team, step, field) shows ``shown``: based on the database's text when
        it shows just that (a field being typed in keeps what it was based on)."""
        if shown == stored.get(place[2], ""):
            self._bases[place] = stored.get(place[2])

    def base_on(self, place: Place, stored: str | None) -> None:
        """The field shows the database's ``stored`` text (None: no own text): what its next save is based on."""
        self._bases[place] = stored

    def based_on(self, place: Place) -> str | None:
        return self._bases.get(place)

    def save(self, parent, error_label, store, place: Place, text: str, show: Callable[[str], None]) -> bool:
        """Write ``text`` if the field still holds what it was based on; True when the field is settled
        (written, kept, unchanged, or theirs taken), False when refused or left unsaved (said in ``error_label``)."""
        try:
            done = self.settle(parent, store, place, text, show)
        except DomainError as error:
            say(error_label, message_for(error))
            return False
        if done == QUEUED:  # the server is away: kept on this laptop, saved (with the same check) when it is back
            say(error_label, kept_text(), "info")
        return True

    def settle(self, parent, store, place: Place, text: str | None, show: Callable[[str | None], None]) -> str:
        """``text`` (None: no own text any more) written as a compare-and-set (WRITTEN), kept in the
        outbox (QUEUED) or, after a conflict, theirs taken (TAKEN: ``show`` gets it). A refusal, and a
        conflict the person left open (Escape), is raised: nothing written, the field keeps its text."""
        base = self._bases.get(place)
        mine = clean_block(text, LONG_TEXT_MAX, "answer") if text is not None else None
        if mine == base or (self._blank_is_none and mine == "" and base is None):
            return WRITTEN
        team_id, step_key, field_key = place
        try:
            done = write_or_queue(store, self._op, dict(team_id=team_id, step_key=step_key, field_key=field_key, text=mine),
                                  {"text": base}, lambda: save_answer_based(store, *place, base, mine))
        except EditConflict as conflict:
            return self._resolve(parent, store, place, conflict, show)
        self._bases[place] = mine
        return done

    def _resolve(self, parent, store, place: Place, conflict: EditConflict, show) -> str:
        choice = conflict_dialog.ask(conflict, parent)
        if choice == MINE:
            self._bases[place] = conflict.theirs
            return self.settle(parent, store, place, conflict.mine, show)
        if choice == THEIRS:
            self._bases[place] = conflict.theirs
            show(conflict.theirs)
            return TAKEN
        raise conflict
