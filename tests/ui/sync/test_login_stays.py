"""A team's laptop stays that team's when the event row changes under it (an announcement, a programme edit,
a re-read after a reconnect rebuilds the navigator): the facilitator's pages do not come back."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

from app.day.programme import set_announcement
from app.sync.whoami import LoginInfo
from tests.ui.conftest import find, settle
from ui.sync.joined_events import apply_login

FACILITATOR_PLACES = (("programme",), ("dashboard",), ("participants",), ("editor",), ("jury",))


def test_the_facilitator_pages_stay_hidden_after_the_event_row_changed(qtbot, open_window, event_with_team):
    store, event_id, team_id = event_with_team
    window = open_window(store)
    window._login = LoginInfo("sp_team", "team", event_id, team_id, None, None, "Team 1")  # as who_am_i says on PostgreSQL
    apply_login(window)
    navigator = find(window, QTreeWidget, "stepNavigator")
    shown = [place for place in FACILITATOR_PLACES if place in navigator._items]
    assert shown and all(navigator.item_for(place).isHidden() for place in shown)
    set_announcement(store, event_id, "Koffie staat klaar")  # the facilitator's laptop writes the event row
    settle()
    qtbot.waitUntil(lambda: navigator.item_for(("challenge",)) is not None and window.event_view.workspace.event.version > 1)
    assert all(navigator.item_for(place).isHidden() for place in shown), [p for p in shown if not navigator.item_for(p).isHidden()]
    assert not navigator.item_for(("challenge",)).isHidden()
