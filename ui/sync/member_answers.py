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
from ui.sync.text_bases import TextBases


class MemberBases(TextBases):
    def save(self, parent, store, member_id: int, typed: dict[str, str], show: Callable[[str, str], None]) -> str:
        """The answers ``typed`` {key: field text} that differ from their bases, written (WRITTEN) or kept
        in the outbox (QUEUED). A refusal, and a conflict left open (Escape), is raised: nothing written."""
        typed = {key: clean_answers({key: text}).get(key, "") for key, text in typed.items()}
        return self.save_texts(parent, store, typed, show, "member.answers",
                               lambda answers: {"member_id": member_id, "answers": answers},
                               lambda changes: save_member_answers_based(store, member_id, changes))
