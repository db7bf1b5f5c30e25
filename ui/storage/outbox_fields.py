"""The answer fields' hook into the outbox: the pitch's fields and the problem statement's (and the like).

Each save names what the field was based on — the text the page last read from the database (None: the
team had no own text) — so a replay over a field changed on another laptop meanwhile is a conflict, not
an overwrite. The page keeps the typed text in its field either way.
"""

from __future__ import annotations

from app.pitch.answers import PitchView, save_pitch_answer
from app.storage.store import Store
from ui.storage.outbox_write import write_or_queue


def pitch_answer(store: Store, view: PitchView, team_id: int, step_key: str, key: str, text: str) -> str:
    """The pitch page's save of one field: WRITTEN or QUEUED (a refusal is raised)."""
    shown = {a.key: a.text for section in view.sections for a in section.answers}
    based_on = {"text": shown.get(key) if key in view.own else None}
    return write_or_queue(store, "answer.pitch", dict(team_id=team_id, step_key=step_key, field_key=key, text=text),
                          based_on, lambda: save_pitch_answer(store, team_id, step_key, key, text))
