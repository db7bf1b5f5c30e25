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


def test_the_welcome_page_offers_the_shared_event_this_laptop_joined_last(qtbot, open_window, sqlite_store, tmp_path, monkeypatch):
    """A team laptop restarted (or the app closed by accident) opens its own, empty database: the welcome page
    leads back to the shared event it joined, not to the demo."""
    from datetime import date, datetime, timedelta, timezone

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    import app.storage.config
    from app.sync.join_file import JoinFile
    from app.sync.joined import remember
    from ui.sync import joined_events

    data = tmp_path / "data"
    monkeypatch.setattr(app.storage.config, "data_folder", lambda: data)
    join = JoinFile(event_uid="a" * 32, event_name="Staatsprint 2027", event_day=date(2027, 3, 10), host="127.0.0.1", port=5433,
                    database="staatsprint", certificate="-----BEGIN CERTIFICATE-----\n", role="sp_team_3", password="secret",
                    kind="team", label="Team 3 · Bits & Banen", expires=datetime.now(timezone.utc) + timedelta(days=3), team_id=3)
    remembered_file = remember(join, data)
    opened = []
    monkeypatch.setattr(joined_events, "join_event", lambda window, path=None: opened.append(path) or False)
    window = open_window(sqlite_store, "en")
    again = find(window, QPushButton, "welcomeRejoinButton")
    assert again.text() == "Back to the shared event as Team 3 · Bits && Banen" and again.property("role") == "primary"
    assert "Staatsprint 2027" in again.toolTip()
    assert find(window, QPushButton, "createDemoButton").property("role") != "primary"
    assert again.width() >= again.sizeHint().width()  # the team's name is not cut off
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(window, QPushButton, "welcomeJoinButton"), Qt.MouseButton.LeftButton)
    assert opened == [remembered_file.path, None]  # the remembered file (checked again), then File → Join event…


def test_a_laptop_that_never_joined_still_offers_the_demo_first(qtbot, open_window, sqlite_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    import app.storage.config

    monkeypatch.setattr(app.storage.config, "data_folder", lambda: tmp_path / "data")
    window = open_window(sqlite_store, "en")
    assert window.findChild(QPushButton, "welcomeRejoinButton") is None
    assert find(window, QPushButton, "createDemoButton").property("role") == "primary"
    assert find(window, QPushButton, "welcomeJoinButton").isVisible()


def test_every_file_menu_item_has_its_own_mnemonic_in_both_languages(qtbot, open_window, sqlite_store):
    """Alt+F then one letter reaches each item: no two items of the File menu share a letter (English "&Join
    event…" shared the J of "Open a &jury kit…": J only moved between them)."""
    from PySide6.QtWidgets import QMenu

    for lang in ("en", "nl"):
        window = open_window(sqlite_store, lang, translated=lang == "nl")
        menu = window.findChild(QMenu, "fileMenu") or next(a.menu() for a in window.menuBar().actions() if a.menu())
        letters = [action.text().split("&", 1)[1][0].lower() for action in menu.actions()
                   if not action.isSeparator() and action.isVisible() and "&" in action.text().replace("&&", "")]
        assert len(letters) == len(set(letters)), (lang, sorted(letters))
