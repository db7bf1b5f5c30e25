"""WCAG 1.4.4: at large text every page of the demo at 1366×768 shows all its text — cut off nowhere,
out of reach nowhere (scrolling allowed): here 150 %, the welcome page and the juror's
desk at 200 % (the dialogs: test_dialogs_200.py); every page and tab at 200 % in both languages in tests/ui/test_english_screens.py."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication

from app.clock.clock import FakeClock
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from tests.ui.conftest import settle
from tests.ui.text_size.lost_text import lost_texts
from ui.common.i18n import install_language, remove_language
from ui.common.text_size import apply_text_size
from ui.window.places import PAGE_PLACES

NOW = datetime(2026, 3, 11, 10, 59, tzinfo=timezone.utc)


@pytest.fixture
def window_at(clocked_window, sqlite_store, prefs):
    """window_at(lang, size) -> the demo at ``size`` % text in a window of 1366×768."""
    create_demo_event(sqlite_store, NOW)
    app = QApplication.instance()

    def make(lang: str, size: int):
        install_language(app, lang)
        prefs.set("text_size", size)
        window, _player = clocked_window(sqlite_store, FakeClock(NOW), lang=lang)
        return window

    yield make
    apply_text_size(100)
    remove_language(app)


def places(window) -> list[tuple]:
    template = event_template(get_event(window.store, window.event_view.workspace.event.id))
    found = [("team",), ("challenge",)] + [(place.key,) for place in PAGE_PLACES]
    found += [("step", step.key) for step in template.steps()]
    return found + [("gate", phase.key) for phase in template.phases[:-1]]


# 200 % in both languages, every tab included: tests/ui/test_english_screens.py (the same walk checks the language).
@pytest.mark.parametrize(("lang", "size"), [("en", 150)])
def test_at_large_text_every_page_shows_all_its_text(window_at, lang, size):
    window = window_at(lang, size)
    assert QApplication.font().pointSizeF() == pytest.approx(size / 100 * QApplication.instance().property("textSizeBasePoints"))
    view = window.event_view
    view.choose_team(view.team_picker.itemData(1))
    problems = []
    for place in places(window):
        view.go_to(place)
        settle()
        assert (window.width(), window.height()) == (1366, 768), f"{place}: the window grew past the screen"
        problems += [f"{place} {problem}" for problem in lost_texts(window)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_at_200_percent_the_welcome_page_shows_all_its_text(open_window, sqlite_store, prefs):
    """The dialogs at 200 %, the new event's among them: test_dialogs_200.py."""
    prefs.set("text_size", 200)
    try:
        window = open_window(sqlite_store, "en")
        settle()
        assert window.event_view is None and lost_texts(window) == []
    finally:
        apply_text_size(100)


def test_at_200_percent_the_jurors_desk_shows_all_its_text(qtbot, tmp_path):
    from app.jury.juror_desk import open_kit
    from tests.jury.kits import write_kit
    from ui.jury.juror_window import JurorWindow

    apply_text_size(200)
    try:
        window = JurorWindow(open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"), "en")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        settle()
        assert lost_texts(window) == []
    finally:
        apply_text_size(100)
