"""What every screen of one open event shares: the store, the feed, the template, the language."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.store import Store
from app.template import Template
from db.models import Event
from ui.feed_bridge import FeedBridge


@dataclass
class Workspace:
    store: Store
    bridge: FeedBridge
    event: Event
    template: Template
    lang: str

    def t(self, text) -> str:
        """A template Text in the UI's language."""
        return text.get(self.lang)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.template.meta.timezone)
