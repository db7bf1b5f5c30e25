"""Every page of the demo at 1366×768, in Dutch and in English: no text in the other language, none cut off.

Qt's own buttons speak the UI's language too. The walk polices every UI string added later."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QMessageBox,
)

from app.clock.clock import FakeClock
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from tests.ui.conftest import settle
from tests.ui.visible_text import dutch_table, shown_texts, wrong_language
from ui.common.elided_label import ElidedLabel
from ui.common.i18n import install_language, remove_language
from ui.event.new_event_dialog import NewEventDialog

# The same in both languages on purpose: names of methods and steps, and the app's name.
SAME_ON_PURPOSE = {"Build Your Vehicle", "Crystal Ball", "Dot voting", "Staatsprint"}
NOW = datetime(2026, 3, 11, 10, 59, tzinfo=timezone.utc)  # the demo's 11:59 on a winter day in Amsterdam


@pytest.fixture
def demo_window(clocked_window, sqlite_store):
    """demo_window(lang) -> the demo in a translated window at 1366×768."""
    create_demo_event(sqlite_store, NOW)
    app = QApplication.instance()

    def make(lang: str):
        install_language(app, lang)
        window, _player = clocked_window(sqlite_store, FakeClock(NOW), lang=lang)
        return window

    yield make
    remove_language(app)


def places(window) -> list[tuple]:
    """Every page a person can open: the event's pages, each step (work surface and instructions), each gate
    (and, in ``walk``, the new-event dialog)."""
    template = event_template(get_event(window.store, window.event_view.workspace.event.id))
    found = [("team",), ("challenge",), ("programme",)]
    found += [("step", step.key) for step in template.steps()]
    found += [("gate", phase.key) for phase in template.phases[:-1]]
    return found


def walk(window) -> dict[tuple, list]:
    """What each page shows, for the demo team that has done the most (it is at the theme vote)."""
    view = window.event_view
    view.choose_team(view.team_picker.itemData(1))
    seen = {}
    for place in places(window):
        view.go_to(place)
        settle()
        seen[place] = shown_texts(window)
        if place[0] == "step" and view.step_page.work_area.isVisible():
            view.step_page.show_instructions()
            settle()
            seen[place + ("instructions",)] = shown_texts(window)
    dialog = NewEventDialog(window.store, window)
    dialog.show()
    settle()
    seen[("new event dialog",)] = shown_texts(dialog)
    dialog.close()
    return seen


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_speaks_one_language_and_nothing_is_cut_off(demo_window, lang):
    window = demo_window(lang)
    assert (window.width(), window.height()) == (1366, 768)
    problems = []
    for place, texts in walk(window).items():
        for shown in texts:
            if shown.text in SAME_ON_PURPOSE:
                continue
            other = wrong_language(shown.text, lang)
            if other is not None:
                problems.append(f"{place} {shown.widget}: {shown.text!r} is the other language's {other!r}")
            if shown.clipped:
                problems.append(f"{place} {shown.widget}: {shown.text!r} is cut off")
    assert not problems, "\n".join(sorted(set(problems)))


DUTCH_TERMS = re.compile(r"knelpunt|\bstip|kennismaking|\bhkw\b|braindump|spatie", re.IGNORECASE)


def test_the_english_ui_strings_hold_no_dutch_terms():
    """The workbook's Dutch terms have English names in the English UI ("pain points", "dots")."""
    assert [source for source in dutch_table() if DUTCH_TERMS.search(source)] == []


def test_qt_own_buttons_and_calendar_speak_dutch(qtbot):
    app = QApplication.instance()
    install_language(app, "nl")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        shown = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel)}
        assert shown == {"Ja", "Nee", "Annuleren"}
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
        calendar = QCalendarWidget()  # the new-event dialog's date picker names months and days
        qtbot.addWidget(calendar)
        assert calendar.locale().monthName(12) == "december" and calendar.locale().dayName(1) == "maandag"
    finally:
        remove_language(app)


def test_the_header_ends_a_long_event_name_in_an_ellipsis(demo_window):
    window = demo_window("nl")
    title = window.findChild(ElidedLabel, "eventTitle")
    assert title.is_elided()  # the demo's long name, date and place do not fit beside the pickers
    assert title.toolTip() == title.text() and title.text().startswith("Staatsprint digitale overheid")


def test_refusals_that_reached_people_in_english_now_speak_dutch(qapp, tmp_path):
    from app.errors import DomainError
    from app.storage.database import open_store
    from ui.common.messages import message_for

    stranger = tmp_path / "notities.sqlite"
    stranger.write_bytes(b"Boodschappen: melk, brood, kaas.\n" * 200)
    with pytest.raises(DomainError) as caught:
        open_store(f"sqlite:///{stranger}")
    assert stranger.read_bytes() == b"Boodschappen: melk, brood, kaas.\n" * 200  # nothing changed
    app = QApplication.instance()
    install_language(app, "nl")
    try:
        assert message_for(caught.value).startswith("Dit bestand is geen database")
        tie = DomainError("vote_choice", "choose 1 of the tied items", places=1)
        assert message_for(tie) == "Kies 1 van de items die gelijk staan."
    finally:
        remove_language(app)
