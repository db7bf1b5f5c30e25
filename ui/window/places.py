"""The facilitator's pages of an open event: one place each, built when first opened.

Each page is made as ``Page(workspace, beamer)`` and has ``refresh()`` (called every time it is shown)
and may have ``landing()`` (the widget that takes the focus when it is shown). The Go menu, the step
navigator and the remembered place read this list, so a new page is one line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PagePlace:
    key: str  # the place: (key,)
    module: str
    cls: str
    menu: str  # the Go menu's text (translated in the context "places")
    action: str  # the menu action's object name (its keys are in ui/common/keymap.py)
    in_navigator: bool = False  # listed in the step navigator too (under the programme)


PAGE_PLACES: tuple[PagePlace, ...] = (
    PagePlace("programme", "ui.day.programme_page", "ProgrammePage", QT_TRANSLATE_NOOP("places", "&Programme and beamer"), "programmeAction"),
    PagePlace("jury", "ui.jury.jury_page", "JuryPage", QT_TRANSLATE_NOOP("places", "The &jury"), "juryAction"),
    PagePlace("dashboard", "ui.dashboard.dashboard_page", "DashboardPage", QT_TRANSLATE_NOOP("places", "&All teams"), "dashboardAction", True),
    PagePlace("participants", "ui.participants.participants_page", "ParticipantsPage",
              QT_TRANSLATE_NOOP("places", "Partici&pants and teams"), "participantsAction", True),
    PagePlace("editor", "ui.event.editor_page", "EditorPage", QT_TRANSLATE_NOOP("places", "Edit the &event"), "editorAction", True),
    PagePlace("server", "ui.sync.server_page", "ServerPage", QT_TRANSLATE_NOOP("places", "Event &server and join files"), "serverAction"),
)
PAGE_KEYS = frozenset(place.key for place in PAGE_PLACES)


def page_place(key: str) -> PagePlace:
    return next(place for place in PAGE_PLACES if place.key == key)


def menu_text(place: PagePlace) -> str:
    return QCoreApplication.translate("places", place.menu)


def build_page(key: str, workspace, beamer):
    """The page of a place, its module imported only now (nothing of it at start-up)."""
    place = page_place(key)
    return getattr(import_module(place.module), place.cls)(workspace, beamer)
