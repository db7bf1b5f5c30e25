"""The Crystal Ball card's typing saved as a compare-and-set: two laptops never lose an edit silently,
and the server away keeps it on this laptop.

Each text of the shown card (the milestone's title, each answer) remembers what the database held when
the card showed it (``ui.sync.text_bases.TextBases``); the idle save sends only the texts typed since,
through ``app.canvases.milestones.edit_milestone_texts`` — or, the server away, as the outbox's
"milestone.edit" (replayed with the same check). A text changed on another laptop meanwhile: the
conflict dialog (keep mine / take theirs; Escape keeps the typing unsaved, the reason under the page).
The end card's very first answer makes the card (``set_end``): nothing to be based on yet.
"""

from __future__ import annotations

from app.canvases import milestones as ms
from app.errors import DomainError
from ui.common.messages import attempt, message_for, say
from ui.storage.outbox_write import QUEUED, kept_text
from ui.sync.text_bases import TextBases


class CardTyping:
    def __init__(self, page) -> None:
        self._page = page
        self._bases = TextBases()
        self._refused = False  # the last save was refused or left open
        self.queued = False  # the last save is kept on this laptop (the server away)
        self._busy = False  # a save is asking the conflict dialog (the field lost the focus to it meanwhile)

    @property
    def unsaved(self) -> bool:
        """No undo step for the edit: not saved, or its save still waits for the person's choice."""
        return self._refused or self._busy

    def follow(self, title: str, answers: dict[str, str], fresh: bool) -> None:
        """The panel shows the stored card (``fresh``: another card than before)."""
        if fresh:
            self._bases.forget()
        shown_title, shown = self._page.panel.values()
        if self._page.panel.kind == "milestone":
            self._bases.follow(ms.TITLE, title, shown_title)
        for key, text in shown.items():
            self._bases.follow(key, answers.get(key, ""), text)

    def save(self) -> None:
        self._busy = True
        try:
            self._save()
        finally:
            self._busy = False

    def _save(self) -> None:
        page, panel = self._page, self._page.panel
        ws, title, answers = page._ws, *panel.values()
        if panel.kind == "end" and panel.card_id is None:
            self._refused = not attempt(page.error, lambda: ms.set_end(ws.store, ws.template, page._team.id, page._step, panel.idea_id, answers))
            return
        if panel.kind not in ("end", "milestone"):
            return
        card_id, step = panel.card_id, page._step
        typed = {ms.TITLE: title, **answers} if panel.kind == "milestone" else dict(answers)
        try:
            done = self._bases.save_texts(page, ws.store, typed, panel.show_text, "milestone.edit",
                                          lambda texts: {"milestone_id": card_id, "texts": texts},
                                          lambda changes: ms.edit_milestone_texts(ws.store, step, card_id, changes))
        except DomainError as error:  # refused, or a conflict left open (Escape): the typing stays, unsaved
            self._refused = True
            say(page.error, message_for(error))
            return
        self._refused, self.queued = False, done == QUEUED
        self.say_kept()
        if not self.queued and page.error.property("role") == "error":  # a refusal before is resolved (the "kept" line stays till replayed)
            page.error.hide()

    def say_kept(self) -> None:
        """The last save waits on this laptop: the line under the page says so (again, after an undo step hid it)."""
        if self.queued:
            say(self._page.error, kept_text(), "info")
