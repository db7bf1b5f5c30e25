"""Windows on a temporary database, typed into the way a person types."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from ui.common.i18n import install_language, remove_language
from ui.common.preferences import Preferences
from ui.window.main_window import MainWindow


@pytest.fixture
def prefs(tmp_path) -> Preferences:
    return Preferences(tmp_path / "prefs.ini")


@pytest.fixture
def open_window(qtbot, prefs):
    """open_window(store, lang, translated) -> a shown MainWindow; closed at the end of the test.

    Untranslated (the default) the UI shows its English source text whatever ``lang`` picks
    for the template's texts; ``translated=True`` installs ``lang``'s translation as the app does."""
    windows = []
    app = QApplication.instance()

    def make(store, lang: str = "nl", translated: bool = False) -> MainWindow:
        if translated:
            install_language(app, lang)
        window = MainWindow(store, prefs, lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    # Really gone before the next test: a closed window left alive is re-polished by every later
    # app.setStyleSheet (hundreds of them by the end of the run, and a crash once a chart's was half torn down).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    remove_language(app)


@pytest.fixture
def event_with_team(sqlite_store):
    """(store, event id, team id) for a fresh Staatsprint event with one empty team."""
    source = template_path("staatsprint").read_text(encoding="utf-8")
    event_id = create_event(sqlite_store, source, date(2026, 3, 11))
    return sqlite_store, event_id, add_team(sqlite_store, event_id, "gemeentelijke_it")


def find(window: QWidget, cls, name: str):
    """The widget a person would see by that name (rebuilt rows leave hidden ones behind until freed)."""
    widgets = window.findChildren(cls, name)
    assert widgets, f"no {cls.__name__} named {name!r}"
    return next((w for w in widgets if w.isVisible()), next((w for w in widgets if not w.isHidden()), widgets[0]))


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard, Dutch characters included (keyClicks aborts on non-ASCII in 6.11)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


class FakePlayer:
    """Counts the sounds the app asked for."""

    def __init__(self):
        self.plays = 0

    def play(self):
        self.plays += 1


@pytest.fixture
def clocked_window(qtbot, prefs):
    """clocked_window(store, clock) -> (window, player): a window on a fake clock and a fake speaker."""
    windows = []

    def make(store, clock, lang: str = "nl"):
        player = FakePlayer()
        window = MainWindow(store, prefs, lang, clock=clock, player=player)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window, player

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    # Gone before the next test, as open_window's: a window left alive (a chart in it) is re-polished
    # by every later app.setStyleSheet, and crashed one once its chart was half torn down.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle() -> None:
    """Let queued work run: views refresh from the change feed after an action returns, and
    widgets a refresh adds are shown (Qt shows them through the queue too)."""
    for _ in range(3):
        QApplication.processEvents()
