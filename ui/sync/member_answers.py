"""A member's kennismaking answers typed on this laptop while another laptop changed them: the team
page's hook.

``MemberBases`` remembers, per question, the answer the database held when the member's card last
showed it ("" = none). A save sends only the answers typed since, each with its base, in one
transaction (app.sync.field_edits.save_member_answers_based) — or, the server away, as one outbox
entry ("member.answers") replayed later with the same check. Answers changed on different laptops
merge; the same answer changed on both: the later writer chooses in ``ui.sync.conflict_dialog`` —
keep mine (saved over theirs), take theirs (the field shows it), or Escape (nothing saved, the field
keeps the typing, the reason shows; the next save asks again).
"""

from __future__ import annotations

from collections.abc import Callable

from app.event.teams import clean_answers
from app.sync.field_edits import save_member_answers_based
from app.sync.versions import EditConflict
from ui.storage.outbox_write import WRITTEN, write_or_queue
from ui.sync import conflict_dialog
from ui.sync.conflict_dialog import MINE, THEIRS


class MemberBases:
    def __init__(self) -> None:
        self._bases: dict[str, str] = {}

    def forget(self) -> None:
        """Another member is shown: nothing is based on anything yet."""
        self._bases.clear()

    def follow(self, key: str, stored: str, shown: str) -> None:
        """The answer ``key`` shows ``shown``: based on the database's ``stored`` when it shows just that
        (a field being typed in keeps what it was based on)."""
        if shown == stored or key not in self._bases:
            self._bases[key] = stored

    def save(self, parent, store, member_id: int, typed: dict[str, str], show: Callable[[str, str], None]) -> str:
        """The answers ``typed`` {key: field text} that differ from their bases, written (WRITTEN) or kept
        in the outbox (QUEUED). A refusal, and a conflict left open (Escape), is raised: nothing written."""
        typed = {key: clean_answers({key: text}).get(key, "") for key, text in typed.items()}
        while True:
            changes = {key: (self._bases.get(key, ""), text) for key, text in typed.items() if text != self._bases.get(key, "")}
            if not changes:
                return WRITTEN
            try:
                done = write_or_queue(store, "member.answers",
                                      {"member_id": member_id, "answers": {key: text for key, (_b, text) in changes.items()}},
                                      {key: base for key, (base, _t) in changes.items()},
                                      lambda: save_member_answers_based(store, member_id, changes))
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
