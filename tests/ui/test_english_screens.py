"""English complete: every page added since the trust issue's leak test — the jury (each tab), all teams,
participants, the event editor (each tab), the event server — and the older ones, in English with no Dutch
UI text and in Dutch with no English UI text. Event data (the demo is Dutch) is told apart from UI text.

The same walk is done at 200 % text (WCAG 1.4.4): no text cut off or out of reach on any page or tab."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget
from sqlalchemy import inspect, text

from app.clock.clock import FakeClock
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from tests.ui.conftest import settle
from tests.ui.text_size.lost_text import lost_texts
from tests.ui.visible_text import shown_texts, wrong_language
from ui.common.i18n import install_language, remove_language
from ui.common.text_size import apply_text_size
from ui.window.places import PAGE_PLACES

NOW = datetime(2026, 3, 11, 10, 59, tzinfo=timezone.utc)
SAME_ON_PURPOSE = {"Build Your Vehicle", "Crystal Ball", "Dot voting", "Staatsprint", "Juryberaad"}
# Dutch words an English sentence never has (short ones that are English words too are left out).
DUTCH = re.compile(r"\b(het|een|niet|wordt|worden|zijn|naar|voor|jouw|deze|welke|geen|nog|ook|alle|bij|maar|"
                   r"jullie|kies|klik|opslaan|annuleren|sluiten|volgende|vorige|terug|stappen|ronde|stemmen|"
                   r"deelnemers|facilitator's laptop|beoordelen|jurylid|juryleden|knelpunten|kennismaking)\b", re.IGNORECASE)


@pytest.fixture
def demo_window(clocked_window, sqlite_store, prefs):
    """demo_window(lang) -> the demo in a translated window at 1366×768, its text at 200 %."""
    create_demo_event(sqlite_store, NOW)
    app = QApplication.instance()

    def make(lang: str):
        install_language(app, lang)
        prefs.set("text_size", 200)
        window, _player = clocked_window(sqlite_store, FakeClock(NOW), lang=lang)
        return window

    yield make
    apply_text_size(100)
    remove_language(app)


def event_data(store) -> list[str]:
    """Every text the database holds (names, notes, titles the demo wrote in Dutch), longest first."""
    found = set()
    with store.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                found |= {value for value in row if isinstance(value, str) and 2 < len(value) < 2000}
    return sorted(found, key=len, reverse=True)


def without_data(shown: str, data: list[str]) -> str:
    for value in data:
        if value in shown:
            shown = shown.replace(value, " ")
    return shown


def pages(window) -> list[tuple]:
    template = event_template(get_event(window.store, window.event_view.workspace.event.id))
    found = [("team",), ("challenge",)] + [(place.key,) for place in PAGE_PLACES]
    found += [("step", step.key) for step in template.steps()]
    return found + [("gate", phase.key) for phase in template.phases[:-1]]


def every_view(window):
    """(place, tab) for each page and, where a page has tabs, each tab."""
    view = window.event_view
    view.choose_team(view.team_picker.itemData(1))
    for place in pages(window):
        view.go_to(place)
        settle()
        yield place, None
        page = view.pages.currentWidget()
        for tabs in page.findChildren(QTabWidget) if page is not None else ():
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                yield place, tabs.tabText(index)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_page_and_tab_speaks_only_the_chosen_language_and_shows_all_its_text_at_200_percent(demo_window, sqlite_store, lang):
    window = demo_window(lang)
    assert QApplication.font().pointSizeF() == pytest.approx(2 * QApplication.instance().property("textSizeBasePoints"))
    data = event_data(sqlite_store)
    problems, seen = [], 0
    for place, tab in every_view(window):
        assert (window.width(), window.height()) == (1366, 768), f"{place}: the window grew past the screen"
        problems += [f"{place} {tab or ''} {problem}" for problem in lost_texts(window)]
        for shown in shown_texts(window):
            seen += 1
            if shown.text in SAME_ON_PURPOSE:
                continue
            other = wrong_language(shown.text, lang)
            if other is not None:
                problems.append(f"{place} {tab or ''} {shown.widget}: {shown.text!r} is the other language's {other!r}")
            elif lang == "en" and (word := DUTCH.search(without_data(shown.text, data))):
                problems.append(f"{place} {tab or ''} {shown.widget}: {shown.text!r} has the Dutch word {word.group(0)!r}")
    assert seen > 500  # the walk saw the pages
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_dutch_word_check_tells_ui_text_from_event_data():
    data = ["Koffie en thee staan klaar in de foyer.", "Jeroen van den Heuvel"]
    assert DUTCH.search(without_data("Announcement: Koffie en thee staan klaar in de foyer.", data)) is None
    assert DUTCH.search(without_data("Jeroen van den Heuvel · Team 2", data)) is None
    assert DUTCH.search("Kies een team").group(0) == "Kies"
    assert DUTCH.search(without_data("Opslaan", data)) is not None
