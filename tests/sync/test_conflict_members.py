"""A member's kennismaking answers (one JSON value per member) saved per answer as a compare-and-set
(two stores on one database = two laptops, both engines): different answers merge, the same answer
changed meanwhile is a conflict for the later writer, who chooses by keyboard on the real team page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team, set_kennismaking, team_view
from app.paths import template_path
from app.storage.database import open_store
from app.sync.field_edits import save_member_answers_based
from app.sync.outbox_ops import OPERATIONS
from app.sync.versions import EditConflict
from tests.sync.test_conflict_dialog import _press
from tests.sync.test_conflict_pitch import ALT, NONE
from tests.ui.conftest import find, open_window, prefs, settle, type_text  # noqa: F401 (the windows' fixtures)
from ui.storage.outbox_write import install

MINE_TEXT, THEIRS_TEXT = "Adviseur bij BZK", "Projectleider (van laptop B)"


def team_with_member(store) -> tuple[int, int, int]:
    """(event, team, member): one member who answered two questions."""
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    return event_id, team_id, add_member(store, team_id, "Anna", {"who": "Adviseur", "organisation": "BZK"})


def answers(store, event_id, team_id) -> dict:
    from app.event.events import event_template, get_event

    return team_view(store, event_id, team_id, event_template(get_event(store, event_id))).members[0].kennismaking


@pytest.fixture
def laptops(store, db_url):
    other = open_store(db_url)
    yield store, other, *team_with_member(store)
    other.engine.dispose()


def test_different_answers_of_one_member_merge(laptops):
    store, other, event_id, team_id, member_id = laptops
    save_member_answers_based(other, member_id, {"organisation": ("BZK", "Rijkswaterstaat")})
    save_member_answers_based(store, member_id, {"who": ("Adviseur", MINE_TEXT), "motivation": ("", "Samen sneller")})
    assert answers(store, event_id, team_id) == {"who": MINE_TEXT, "organisation": "Rijkswaterstaat", "motivation": "Samen sneller"}


def test_the_same_answer_changed_meanwhile_is_a_conflict_and_nothing_is_written(laptops):
    store, other, event_id, team_id, member_id = laptops
    set_kennismaking(other, member_id, {"who": THEIRS_TEXT, "organisation": "BZK"})
    with pytest.raises(EditConflict) as raised:
        save_member_answers_based(store, member_id, {"motivation": ("", "Samen"), "who": ("Adviseur", MINE_TEXT)})
    conflict = raised.value
    assert (conflict.code, conflict.field, conflict.theirs, conflict.mine, conflict.based_on, conflict.what) == (
        "edit_conflict", "who", THEIRS_TEXT, MINE_TEXT, "Adviseur", "answer")
    assert answers(store, event_id, team_id) == {"who": THEIRS_TEXT, "organisation": "BZK"}  # not even the motivation
    # keep mine: based on theirs now; the same change on both laptops, and a cleared answer, are no conflict
    save_member_answers_based(store, member_id, {"motivation": ("", "Samen"), "who": (THEIRS_TEXT, MINE_TEXT)})
    save_member_answers_based(other, member_id, {"who": (THEIRS_TEXT, MINE_TEXT), "organisation": ("BZK", "  ")})
    assert answers(store, event_id, team_id) == {"who": MINE_TEXT, "motivation": "Samen"}


def test_a_cleared_answer_changed_meanwhile_conflicts_and_a_bad_one_is_refused(laptops):
    store, other, event_id, team_id, member_id = laptops
    set_kennismaking(other, member_id, {"who": "Adviseur"})  # laptop B removed the organisation
    with pytest.raises(EditConflict) as raised:
        save_member_answers_based(store, member_id, {"organisation": ("BZK", "BZK, DGDOO")})
    assert raised.value.theirs == "" and raised.value.field == "organisation"
    with pytest.raises(DomainError) as refused:
        save_member_answers_based(store, member_id, {"who": ("Adviseur", "x" * 100_000)})
    assert refused.value.params["key"] == "who"
    with pytest.raises(DomainError) as gone:
        save_member_answers_based(store, 999_999, {"who": ("", "x")})
    assert gone.value.code == "member_missing"
    assert answers(store, event_id, team_id) == {"who": "Adviseur"}


def test_the_outbox_replays_member_answers_with_the_same_check(laptops):
    store, other, event_id, team_id, member_id = laptops
    replay = OPERATIONS["member.answers"].replay
    replay(store, "e1", {"member_id": member_id, "answers": {"who": MINE_TEXT}}, {"who": "Adviseur"})
    replay(store, "e1", {"member_id": member_id, "answers": {"who": MINE_TEXT}}, {"who": "Adviseur"})  # again: done already
    set_kennismaking(other, member_id, {"who": THEIRS_TEXT})
    with pytest.raises(EditConflict):
        replay(store, "e2", {"member_id": member_id, "answers": {"who": "Nog eens"}}, {"who": MINE_TEXT})
    assert answers(store, event_id, team_id) == {"who": THEIRS_TEXT}


def open_member(qtbot, opener, store, tmp_path):
    install(store, tmp_path)  # a shared event's outbox file in the test's folder (SQLite: none)
    event_id, team_id, member_id = team_with_member(store)
    window = opener(store)
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.event_view.pages.currentWidget().objectName() == "teamPage"
    who = find(window, QPlainTextEdit, "kennismaking_who")
    qtbot.waitUntil(lambda: who.toPlainText() == "Adviseur")
    return window, event_id, team_id, member_id, who


def type_and_leave(qtbot, who, keys) -> list:
    """Type over the answer, leave it (which saves it) and answer the conflict dialog; the dialogs seen."""
    qtbot.mouseClick(who.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(who, Qt.Key.Key_End)
    type_text(qtbot, who, " bij BZK")
    seen = []
    _press(qtbot, keys, seen)
    qtbot.keyClick(who, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    return seen


@pytest.mark.parametrize(("key", "who_after"), [(Qt.Key.Key_M, MINE_TEXT), (Qt.Key.Key_T, THEIRS_TEXT)])
def test_the_later_writer_of_a_kennismaking_answer_chooses(qtbot, open_window, store, db_url, tmp_path, key, who_after):  # noqa: F811
    window, event_id, team_id, member_id, who = open_member(qtbot, open_window, store, tmp_path)
    other = open_store(db_url)
    set_kennismaking(other, member_id, {"who": THEIRS_TEXT, "organisation": "BZK", "motivation": "Samen"})  # laptop B, meanwhile
    seen = type_and_leave(qtbot, who, [(key, ALT)])
    assert seen[0].theirs_box.toPlainText() == THEIRS_TEXT and seen[0].mine_box.toPlainText() == MINE_TEXT
    assert answers(store, event_id, team_id) == {"who": who_after, "organisation": "BZK", "motivation": "Samen"}  # merged
    qtbot.waitUntil(lambda: who.toPlainText() == who_after)
    assert not find(window, QLabel, "answerError").isVisible()
    other.engine.dispose()


def test_escape_keeps_the_typing_unsaved_and_the_next_save_asks_again(qtbot, open_window, store, db_url, tmp_path):  # noqa: F811
    window, event_id, team_id, member_id, who = open_member(qtbot, open_window, store, tmp_path)
    other = open_store(db_url)
    set_kennismaking(other, member_id, {"who": THEIRS_TEXT, "organisation": "BZK"})
    type_and_leave(qtbot, who, [(Qt.Key.Key_Escape, NONE)])
    error = find(window, QLabel, "answerError")
    assert error.isVisible() and "another laptop" in error.text() and error.property("role") == "error"
    assert who.toPlainText() == MINE_TEXT  # the typing stays, unsaved
    assert answers(store, event_id, team_id)["who"] == THEIRS_TEXT
    seen = []
    _press(qtbot, [(Qt.Key.Key_M, ALT)], seen)
    window.event_view.team_page.form.commit()  # the next save (a pause, leaving, another member) asks again
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert answers(store, event_id, team_id) == {"who": MINE_TEXT, "organisation": "BZK"}
    other.engine.dispose()
