"""What the event editor's tabs share: the event as last read, and its template."""

from __future__ import annotations

from app.day.template import Template
from app.event.events import event_template, get_event
from db.models import Event
from ui.window.workspace import Workspace


class EditedEvent:
    """The event being edited. ``reload`` after every stored edit, so the next edit builds on it
    (a change of the name must not send the old place along, nor the place the old name)."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.store = workspace.store
        self.id = workspace.event.id
        self.event: Event = workspace.event
        self.template: Template = workspace.template
        self.reload()

    def reload(self) -> None:
        self.event = get_event(self.store, self.id)
        self.template = event_template(self.event)

    def t(self, text) -> str:
        return self.ws.t(text)
