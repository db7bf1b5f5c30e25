"""An answer typed on this laptop while another laptop changed it: the form's hook.

``AnswerBases`` remembers, per field, the text the database held when the form last showed it (None:
the team had no text of its own). A save is a compare-and-set on it (app.sync.field_edits); when the
other laptop changed the field meanwhile the person chooses in ``ui.sync.conflict_dialog``: keep mine
(saved over theirs), take theirs (the field shows it; nothing written), or Escape (the field keeps
what was typed, unsaved, and the reason shows: the next save asks again).
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import DomainError
from app.sync.field_edits import save_answer_based
from app.sync.versions import EditConflict
from ui.common.messages import message_for, say
from ui.storage.outbox_write import QUEUED, kept_text, write_or_queue
from ui.sync import conflict_dialog
from ui.sync.conflict_dialog import MINE, THEIRS


class AnswerBases:
    def __init__(self) -> None:
        self._bases: dict[tuple[int, str, str], str | None] = {}

    def follow(self, place: tuple[int, str, str], stored: dict[str, str], shown: str) -> None:
        """The field at ``place`` (team, step, field) shows ``shown``: based on the database's text when
        it shows just that (a field being typed in keeps what it was based on)."""
        if shown == stored.get(place[2], ""):
            self._bases[place] = stored.get(place[2])

    def save(self, parent, error_label, store, place: tuple[int, str, str], text: str, show: Callable[[str], None]) -> bool:
        """Write ``text`` if the field still holds what it was based on; True when the field is settled
        (written, unchanged, or theirs taken), False when refused or left unsaved (said in ``error_label``)."""
        base = self._bases.get(place)
        if text == (base or ""):
            return True
        team_id, step_key, field_key = place
        try:
            done = write_or_queue(store, "answer.field", dict(team_id=team_id, step_key=step_key, field_key=field_key, text=text),
                                  {"text": base}, lambda: save_answer_based(store, *place, base, text))
        except EditConflict as conflict:
            return self._resolve(parent, error_label, store, place, conflict, show)
        except DomainError as error:
            say(error_label, message_for(error))
            return False
        self._bases[place] = text
        if done == QUEUED:  # the server is away: kept on this laptop, saved (with the same check) when it is back
            say(error_label, kept_text(), "info")
        return True

    def _resolve(self, parent, error_label, store, place, conflict: EditConflict, show) -> bool:
        choice = conflict_dialog.ask(conflict, parent)
        if choice == MINE:
            self._bases[place] = conflict.theirs
            return self.save(parent, error_label, store, place, str(conflict.mine), show)
        if choice == THEIRS:
            self._bases[place] = conflict.theirs
            show(conflict.theirs or "")
            return True
        say(error_label, message_for(conflict))
        return False
