"""The facilitator's announcement reaches every laptop's window, not only the beamer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QToolBar

from app.day.programme import set_announcement
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from app.storage.database import open_store
from app.storage.feed import Change


def test_an_announcement_set_on_another_laptop_shows_in_every_window_and_goes_when_cleared(qtbot, open_window, db_url):
    laptop, facilitator = open_store(db_url), open_store(db_url)
    try:
        event_id = create_event(laptop, template_path("staatsprint").read_text(encoding="utf-8"), date(2027, 3, 10))
        add_team(laptop, event_id, "gemeentelijke_it")
        window = open_window(laptop)
        bar = window.findChild(QToolBar, "announcementBar")
        assert not bar.isVisible()
        set_announcement(facilitator, event_id, "Nog 5 minuten — rond je pitch af!")
        # the other laptop's change arrives as a change of the event row (on PostgreSQL: through NOTIFY)
        laptop.feed.publish([Change("event", "update", event_id, None, event_id)])
        qtbot.waitUntil(bar.isVisible, timeout=2000)
        assert bar.findChild(QLabel, "announcementText").text() == "Announcement: Nog 5 minuten — rond je pitch af!"
        set_announcement(laptop, event_id, "")
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    finally:
        laptop.engine.dispose()
        facilitator.engine.dispose()
