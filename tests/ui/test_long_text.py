"""Text the database refuses is refused in the window with a message, and lists stay bounded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from app.errors import DomainError
from app.event.events import list_events
from app.event.teams import add_member, team_view
from app.text import LABEL_MAX, LONG_TEXT_MAX
from tests.test_text import everything
from tests.ui.conftest import find, settle
from ui.common.i18n import install_language
from ui.common.messages import message_for
from ui.event.new_event_dialog import NewEventDialog


@pytest.fixture
def member_card(qtbot, open_window, event_with_team):
    store, event_id, team_id = event_with_team
    window = open_window(store)
    add_member(store, team_id, "Bram")
    settle()
    return window, store


@pytest.mark.parametrize(
    ("pasted", "message"),
    [
        ("x" * 100_000, f"An answer can have at most {LONG_TEXT_MAX} characters; this one has 100000. Nothing was saved: shorten it."),
        ("Beleid\x1b[31m", "This text holds an invisible control character (U+001B), which cannot be saved; nothing was saved. Remove it (it often comes along when pasting) and try again."),
        ("Beleid\x00", "This text holds an invisible control character (U+0000), which cannot be saved; nothing was saved. Remove it (it often comes along when pasting) and try again."),
    ],
)
def test_a_refused_kennismaking_answer_says_why_and_saves_nothing(qtbot, member_card, pasted, message):
    window, store = member_card
    before = everything(store)
    answer = find(window, QPlainTextEdit, "kennismaking_role")
    answer.setFocus()
    answer.setPlainText(pasted)  # pasted: typing is not the point
    qtbot.keyClick(answer, Qt.Key.Key_Tab)  # leaving the field saves at once
    error = find(window, QLabel, "answerError")
    assert error.isVisible() and error.text() == message
    card = error.parentWidget().layout()
    assert card.indexOf(error) == card.indexOf(answer) + 1  # right under the answer it is about
    assert everything(store) == before
    assert answer.toPlainText() == pasted  # kept in the field, to be shortened


def test_a_good_answer_after_a_refused_one_is_saved_and_the_message_goes(qtbot, member_card, event_with_team, staatsprint_template):
    window, store = member_card
    _store, event_id, team_id = event_with_team
    who = find(window, QPlainTextEdit, "kennismaking_who")
    who.setFocus()
    who.setPlainText("x" * (LONG_TEXT_MAX + 1))
    qtbot.keyClick(who, Qt.Key.Key_Tab)
    who.setFocus()
    who.setPlainText("Beleidsadviseur")
    qtbot.keyClick(who, Qt.Key.Key_Tab)
    assert not find(window, QLabel, "answerError").isVisible()
    assert team_view(store, event_id, team_id, staatsprint_template).members[0].kennismaking == {"who": "Beleidsadviseur"}


def test_the_member_list_shows_a_bounded_summary_of_long_answers(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    long_answer = "Gemeente\nUtrecht " + "x" * (LONG_TEXT_MAX - 20)
    add_member(store, team_id, "Bram", {question: long_answer for question in ("who", "organisation", "role", "motivation")})
    window = open_window(store)
    item = find(window, QListWidget, "memberList").item(0)
    name, summary = item.text().split("\n")
    assert name == "Bram" and summary.startswith("Gemeente Utrecht") and summary.endswith("…") and len(summary) <= 42
    assert len(item.toolTip()) <= 4 * (LABEL_MAX + 1)


CODES = ["text_control", "text_surrogate", "event_name_empty", "event_name_long", "event_location_long", "cluster_name_long",
         "knelpunt_empty", "knelpunt_long", "answer_long"]


@pytest.mark.parametrize("code", CODES)
def test_every_refusal_of_text_has_a_message_in_both_languages(qtbot, code):
    error = DomainError(code, "the English fallback", limit=5, length=6, char="U+001B")
    english = message_for(error)
    app = QApplication.instance()
    translator = install_language(app, "nl")
    try:
        dutch = message_for(error)
    finally:
        app.removeTranslator(translator)
    assert english != error.message and dutch not in (english, error.message)
    assert "{" not in english + dutch


@pytest.mark.parametrize(
    ("name", "location", "message"),
    [
        ("Sprint\x1b[31m", "", "This text holds an invisible control character (U+001B)"),
        ("Sprint", "P" * 201, "A place can have at most 200 characters."),
        ("S" * 201, "", "An event name can have at most 200 characters."),
    ],
)
def test_the_new_event_dialog_refuses_what_no_database_would_keep(qtbot, sqlite_store, name, location, message):
    dialog = NewEventDialog(sqlite_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText(name)  # pasted
    dialog.location_edit.setText(location)
    qtbot.mouseClick(dialog.findChild(QPushButton, "createEventOk"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "newEventError")
    assert error.isVisible() and error.text().startswith(message)
    assert dialog.event_id is None and dialog.isVisible() and list_events(sqlite_store) == []
