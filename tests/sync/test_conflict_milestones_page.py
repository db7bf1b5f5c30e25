"""The Crystal Ball page's typing as a compare-and-set (two stores on one database = two laptops, both
engines): a milestone's answer changed on laptop B meanwhile is shown to the later writer, who chooses
by keyboard on the real page (keep mine / take theirs; Escape keeps the typing unsaved with the reason);
the other laptop's other texts merge. And the outbox's "milestone.edit" replays with the same check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from app.canvases.milestones import add_milestone, edit_milestone, milestones
from app.day.navigation import move_team
from app.paths import template_path
from app.storage.database import open_store
from app.sync.outbox_ops import OPERATIONS
from app.sync.versions import EditConflict
from tests.canvases.crystal_setup import keep_ideas
from tests.sync.test_conflict_dialog import _press
from tests.sync.test_conflict_pitch import ALT, NONE
from tests.ui.conftest import find, open_window, prefs, settle, type_text  # noqa: F401 (the windows' fixtures)
from ui.storage.outbox_write import install

MINE_TEXT, THEIRS_TEXT = "CIO en wethouder", "Wethouder (van laptop B)"


def card_now(store, kept, card):
    found = next(m for m in milestones(store, kept.team_id, kept.step.key) if m.id == card)
    return found.title, found.answers


def open_card(qtbot, opener, store, template, tmp_path):
    """The real page on laptop A with one milestone chosen (title "Pilot", roles "CIO")."""
    install(store, tmp_path)  # a shared event's outbox file in the test's folder (SQLite: none)
    kept = keep_ideas(store, template, template_path("staatsprint"), "gemeentelijke_it")
    move_team(store, kept.team_id, "crystal_ball", template)
    card = add_milestone(store, template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot", {"roles": "CIO"})
    window = opener(store)
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.event_view.step_page.work_area.surface("crystal")
    page.choose_card(card)
    roles = find(window, QPlainTextEdit, "milestoneField_roles")
    qtbot.waitUntil(lambda: roles.toPlainText() == "CIO")
    return window, page, kept, card, roles


@pytest.fixture
def crystal_card(qtbot, open_window, store, db_url, staatsprint_template, tmp_path):  # noqa: F811
    """``open_card`` on laptop A; laptop B's store."""
    other = open_store(db_url)
    yield (*open_card(qtbot, open_window, store, staatsprint_template, tmp_path), other)
    other.engine.dispose()


def type_and_leave(qtbot, page, roles, keys) -> list:
    roles.setFocus()  # (the panel may be scrolled: a click could miss it)
    qtbot.waitUntil(roles.hasFocus)
    qtbot.keyClick(roles, Qt.Key.Key_End)
    type_text(qtbot, roles, " en wethouder")
    seen = []
    _press(qtbot, keys, seen)
    qtbot.keyClick(roles, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    settle()
    return seen


@pytest.mark.parametrize(("key", "roles_after"), [(Qt.Key.Key_M, MINE_TEXT), (Qt.Key.Key_T, THEIRS_TEXT)])
def test_the_later_writer_of_a_milestone_answer_chooses(qtbot, crystal_card, store, staatsprint_template, key, roles_after):
    window, page, kept, card, roles, other = crystal_card
    edit_milestone(other, kept.step, card, "Proef (B)", {"roles": THEIRS_TEXT})  # laptop B, meanwhile
    seen = type_and_leave(qtbot, page, roles, [(key, ALT)])
    assert seen[0].theirs_box.toPlainText() == THEIRS_TEXT and seen[0].mine_box.toPlainText() == MINE_TEXT
    assert card_now(store, kept, card) == ("Proef (B)", {"roles": roles_after})  # B's title kept: merged
    qtbot.waitUntil(lambda: roles.toPlainText() == roles_after)
    assert not find(window, QLabel, "crystalError").isVisible()


def test_escape_keeps_the_milestone_typing_unsaved_and_the_next_save_asks_again(qtbot, crystal_card, store):
    window, page, kept, card, roles, other = crystal_card
    edit_milestone(other, kept.step, card, "Pilot", {"roles": THEIRS_TEXT})
    undo_steps = page.undo_stack.count()
    type_and_leave(qtbot, page, roles, [(Qt.Key.Key_Escape, NONE)])
    error = find(window, QLabel, "crystalError")
    assert error.isVisible() and "another laptop" in error.text() and error.property("role") == "error"
    assert roles.toPlainText() == MINE_TEXT  # the typing stays, unsaved
    assert card_now(store, kept, card) == ("Pilot", {"roles": THEIRS_TEXT})
    assert page.undo_stack.count() == undo_steps  # nothing saved: no undo step
    seen = []
    _press(qtbot, [(Qt.Key.Key_M, ALT)], seen)
    page.typed.save()  # the next save (a pause, leaving the field) asks again
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert card_now(store, kept, card) == ("Pilot", {"roles": MINE_TEXT})


def test_the_outbox_op_replays_with_the_same_check(store, db_url, staatsprint_template):
    kept = keep_ideas(store, staatsprint_template, template_path("staatsprint"))
    card = add_milestone(store, staatsprint_template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot", {"roles": "CIO"})
    replay = OPERATIONS["milestone.edit"].replay
    args = {"milestone_id": card, "texts": {"title": "Pilot in 3 gemeenten", "roles": MINE_TEXT}}
    replay(store, "e1", args, {"title": "Pilot", "roles": "CIO"})
    replay(store, "e1", args, {"title": "Pilot", "roles": "CIO"})  # twice: done already, left alone
    assert card_now(store, kept, card) == ("Pilot in 3 gemeenten", {"roles": MINE_TEXT})
    other = open_store(db_url)
    edit_milestone(other, kept.step, card, "Pilot in 3 gemeenten", {"roles": THEIRS_TEXT, "changes": "Nieuwe wet"})
    with pytest.raises(EditConflict) as raised:
        replay(store, "e2", {"milestone_id": card, "texts": {"roles": "Alleen de CIO"}}, {"roles": MINE_TEXT})
    assert raised.value.field == "roles" and raised.value.theirs == THEIRS_TEXT
    assert card_now(store, kept, card) == ("Pilot in 3 gemeenten", {"roles": THEIRS_TEXT, "changes": "Nieuwe wet"})
    replay(store, "e3", {"milestone_id": card, "texts": {"title": "Proef"}}, {"title": "Pilot in 3 gemeenten"})
    assert card_now(store, kept, card) == ("Proef", {"roles": THEIRS_TEXT, "changes": "Nieuwe wet"})
    other.engine.dispose()
