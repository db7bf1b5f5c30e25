"""The template an event carries, edited: every change the event editor makes to the day's texts, minutes
and rules goes through ``edit_event_template``, which validates the whole template as a template file
is validated (the same refusals, the same messages) and stores it in one transaction, or changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlmodel import Session

from app.day.template import Template
from app.day.template_additions import completed
from app.day.template_checks import minutes_of
from app.day.template_file import validate_template
from app.errors import DomainError
from app.storage.store import Store, existing
from db.models import Event

EDITED_NAME = "event"  # how a refusal names the template being edited (a file's refusal names the file)


def template_data(event: Event) -> dict:
    """The event's template as plain data (what a TOML file holds), with what later templates added."""
    return json.loads(completed(event.template_json, event.template_key))


def edit_event_template(store: Store, event_id: int, change: Callable[[dict], None]) -> Template:
    """Apply ``change`` to the event's template data and keep it if the template still validates.

    ``change`` edits the dict in place (it may raise DomainError to refuse). Refused: TemplateError with
    the template validation's problems. The template key stays the event's own."""
    with store.write() as session:
        return edit_event_template_in(session, event_id, change)


def edit_event_template_in(session: Session, event_id: int, change: Callable[[dict], None]) -> Template:
    """``edit_event_template`` inside a transaction the caller holds: for an edit that changes rows
    with the template (the programme's items), all of it committed together or not at all."""
    event = existing(session, Event, event_id, "event")
    raw = template_data(event)
    change(raw)
    check_phase_windows(raw)
    template = validate_template(raw, EDITED_NAME)
    stored = template.model_dump_json()
    if stored != event.template_json:
        event.template_json = stored
        session.add(event)
    return template


def check_phase_windows(raw: dict) -> None:
    """Refuse, in words of its own, the commonest refused edit: a phase whose steps no longer fit its
    window (a step made longer, or the programme giving the phase less time). Raised before the
    template validation, which would name the same problem by its place in the data. A phase whose
    data is malformed is left to the validation."""
    for phase in raw.get("phases") or []:
        try:
            steps = sum(int(step["minutes"]) for step in phase["steps"])
            start, end = str(phase["start"]), str(phase["end"])
            window = minutes_of(end) - minutes_of(start)
            titles = {"phase_nl": str(phase["title"]["nl"]), "phase_en": str(phase["title"]["en"])}
            key, number = str(phase["key"]), int(phase["number"])
        except (KeyError, TypeError, ValueError):
            continue
        if 0 < window < steps:
            raise DomainError(
                "phase_steps_over", f"phase {number} ({titles['phase_en']}) would last {window} minutes ({start}-{end}), "
                f"its steps take {steps}", phase=key, number=number, **titles, steps=steps, window=window, start=start, end=end)
