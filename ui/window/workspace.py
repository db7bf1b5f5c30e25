"""What every screen of one open event shares: data, feed, template, language, timers and ticker."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer

from app.clock.alarm import ZeroAlarm
from app.clock.timers import Timers
from app.day.programme import phase_window, programme_items
from app.day.template import Phase, Template
from app.event.events import event_template, get_event
from app.storage.store import Store
from db.models import Event
from ui.common.preferences import Preferences
from ui.common.theme import Theme
from ui.storage.feed_bridge import FeedBridge


@dataclass
class Workspace:
    store: Store
    bridge: FeedBridge
    event: Event
    template: Template
    lang: str
    timers: Timers
    alarm: ZeroAlarm
    player: object  # has play(): the real SoundPlayer, or a fake in tests
    ticker: QTimer  # one shared repaint tick for every countdown on screen
    theme: Theme
    prefs: Preferences
    shared_as: str = ""  # on a shared event: "shared, as Team 3 · Bits & Banen" (ui/sync/joined_events.py)

    @property
    def identity(self) -> int | None:
        """The member this laptop belongs to ("Ik ben: …"), or None: the team's shared laptop."""
        return self.prefs.get_int("identity")

    def t(self, text) -> str:
        """A template Text in the UI's language."""
        return text.get(self.lang)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.template.meta.timezone)

    def phase_times(self, phase: Phase, items: list | None = None) -> tuple[str, str]:
        """A phase's start and end as the (possibly shifted) programme has them, "HH:MM" here;
        ``items``: the programme when the caller has just read it."""
        window = phase_window(self.template, programme_items(self.store, self.event.id) if items is None else items, phase.key)
        if window is None:
            return phase.start, phase.end
        start, end = (moment.astimezone(self.zone).strftime("%H:%M") for moment in window)
        return start, end

    def follow_event(self) -> bool:
        """Re-read the event after a change to its row (the event editor, here or on another laptop):
        its name, day and template as stored now. True when it changed."""
        event = get_event(self.store, self.event.id)
        if event.version == self.event.version:
            return False
        self.event, self.template = event, event_template(event)
        return True

    @property
    def details(self) -> str:
        """The event as its header names it: "name · dd-mm-yyyy · place" (and, shared, as whom)."""
        parts = (self.event.name, self.event.day.strftime("%d-%m-%Y"), self.event.location, self.shared_as)
        return " · ".join(part for part in parts if part)

    def set_muted(self, muted: bool) -> None:
        remember_mute(self.alarm, self.prefs, muted)


def remember_mute(alarm: ZeroAlarm, prefs: Preferences, muted: bool) -> None:
    """Sound on or off, for this laptop, also next time."""
    alarm.muted = muted
    prefs.set("muted", int(muted))
