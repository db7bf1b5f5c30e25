"""Texts typed on this laptop while another laptop changed them: what each was based on.

``TextBases`` remembers, per text (a key), what the database held when the screen last showed it
("" = none). A save sends only the texts typed since, each with its base, through one write (a
compare-and-set) — or, the server away, as one outbox entry replayed later with the same check. The
same text changed on both laptops: the later writer chooses in ``ui.sync.conflict_dialog`` — keep mine
(saved over theirs), take theirs (``show`` puts it in the field), or Escape (the EditConflict is raised:
nothing saved, the field keeps the typing; the next save asks again). Used by the team page's
kennismaking answers (``ui.sync.member_answers``) and the Crystal Ball's cards.
"""

from __future__ import annotations

from collections.abc import Callable

from app.sync.versions import EditConflict
from ui.storage.outbox_write import WRITTEN, write_or_queue
from ui.sync import conflict_dialog
from ui.sync.conflict_dialog import MINE, THEIRS

Changes = dict[str, tuple[str, str]]  # {key: (based on, new text)}


class TextBases:
    def __init__(self) -> None:
        self._bases: dict[str, str] = {}

    def forget(self) -> None:
        """Something else is shown: nothing is based on anything yet."""
        self._bases.clear()

    def follow(self, key: str, stored: str, shown: str) -> None:
        """The text ``key`` shows ``shown``: based on the database's ``stored`` when it shows just that
        (a field being typed in keeps what it was based on)."""
        if shown == stored or key not in self._bases:
            self._bases[key] = stored

    def save_texts(self, parent, store, typed: dict[str, str], show: Callable[[str, str], None], op: str,
                   args: Callable[[dict[str, str]], dict], write: Callable[[Changes], object]) -> str:
        """The texts ``typed`` {key: cleaned text} that differ from their bases, written (WRITTEN) or kept in
        the outbox as ``op`` with ``args({key: text})`` and based_on {key: base} (QUEUED). A refusal, and a
        conflict left open (Escape), is raised: nothing written."""
        while True:
            changes = {key: (self._bases.get(key, ""), text) for key, text in typed.items() if text != self._bases.get(key, "")}
            if not changes:
                return WRITTEN
            try:
                done = write_or_queue(store, op, args({key: text for key, (_b, text) in changes.items()}),
                                      {key: base for key, (base, _t) in changes.items()}, lambda: write(changes))
            except EditConflict as conflict:
                self._choose(parent, conflict, typed, show)
                continue
            self._bases.update({key: text for key, (_b, text) in changes.items()})
            return done

    def _choose(self, parent, conflict: EditConflict, typed: dict[str, str], show) -> None:
        choice = conflict_dialog.ask(conflict, parent)
        if choice not in (MINE, THEIRS):
            raise conflict
        self._bases[conflict.field] = str(conflict.theirs)
        if choice == THEIRS:
            typed[conflict.field] = str(conflict.theirs)
            show(conflict.field, str(conflict.theirs))
