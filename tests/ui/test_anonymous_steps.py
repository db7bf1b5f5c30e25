"""An anonymous step shows no author anywhere: not on the board's notes or in its member bar's
counts, not in a vote's revealed result, not on the beamer, not in the first-frame snapshot."""

from __future__ import annotations

import json
from dataclasses import asdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.board.board import add_note
from app.day.navigation import move_team
from app.day.privacy import set_anonymous
from app.event.teams import add_member, remove_member
from app.startup.first_frame import database_key
from app.voting.voting import cast
from tests.ui.conftest import find, settle
from tests.ui.modal import say_yes
from tests.ui.visible_text import shown_texts
from ui.beamer.beamer_source import TEAM
from ui.startup.first_frame_keeper import snapshot_of

NAMES = ("Anna", "Bram", "Cas")


def _team_of_three(store, team_id):
    return [add_member(store, team_id, name) for name in NAMES]


def _named(texts) -> list[str]:
    return [text for text in texts if any(name in text for name in NAMES)]


def _write(store, team_id, step_key, authors):
    """Anna writes two, Bram one."""
    anna, bram, _cas = authors
    return [add_note(store, team_id, step_key, who, f"idee {i}", 200 * i, 0) for i, who in enumerate((anna, anna, bram))]


def test_the_board_of_an_anonymous_step_shows_no_initials_and_counts_without_names(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    set_anonymous(store, staatsprint_template, event_id, team_id, "braindump", True)
    _write(store, team_id, "braindump", authors)
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    board = window.event_view.step_page.work_area.board
    assert len(board._notes) == 3 and all(item.author_name == "" for item in board._notes.values())
    writers = [find(window, QPushButton, f"author_{member}").text() for member in authors]
    assert writers == ["A Anna", "B Bram", "C Cas"]  # who writes next is chosen by name; no count beside it
    counts = find(window, QLabel, "unnamedCounts")
    assert counts.isVisible() and counts.text().endswith(": 2 · 1") and not _named([counts.text()])


def test_a_note_typed_on_an_anonymous_board_shows_no_initials_and_counts_on(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    _team_of_three(store, team_id)
    set_anonymous(store, staatsprint_template, event_id, team_id, "braindump", True)
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    board = window.event_view.step_page.work_area.board
    board.note_input.setFocus()
    qtbot.keyClicks(board.note_input, "Een loket")
    qtbot.keyClick(board.note_input, Qt.Key.Key_Return)
    settle()
    assert [item.author_name for item in board._notes.values()] == [""]
    assert find(window, QLabel, "unnamedCounts").text().endswith(": 1")


def test_a_removed_members_kept_name_stays_hidden_too(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    set_anonymous(store, staatsprint_template, event_id, team_id, "braindump", True)
    _write(store, team_id, "braindump", authors)
    remove_member(store, authors[1])  # Bram's note keeps his name in the database
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    assert all(item.author_name == "" for item in window.event_view.step_page.work_area.board._notes.values())


def test_the_themes_board_shows_the_hkws_of_an_anonymous_hkw_step_without_authors(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    set_anonymous(store, staatsprint_template, event_id, team_id, "hkw", True)
    _write(store, team_id, "hkw", authors)
    move_team(store, team_id, "themes", staatsprint_template)
    window = open_window(store)
    settle()
    board = window.event_view.step_page.work_area.board
    assert len(board._notes) == 3 and all(item.author_name == "" for item in board._notes.values())


def test_a_step_that_is_not_anonymous_still_shows_its_authors(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    _write(store, team_id, "braindump", authors)
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    board = window.event_view.step_page.work_area.board
    assert sorted(item.author_name for item in board._notes.values()) == ["Anna", "Anna", "Bram"]
    assert find(window, QPushButton, f"author_{authors[0]}").text() == "A Anna (2)"
    assert not find(window, QLabel, "unnamedCounts").isVisible()


def test_an_anonymous_vote_shows_whose_turn_it_is_but_its_revealed_result_names_no_one(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    for key in ("idea_race", "idea_vote"):
        set_anonymous(store, staatsprint_template, event_id, team_id, key, True)
    ideas = _write(store, team_id, "idea_race", authors)
    rules = staatsprint_template.step("idea_vote").rules
    for voter, idea in zip(authors, ideas):
        cast(store, rules, team_id, "idea_vote", voter, idea)
    move_team(store, team_id, "idea_vote", staatsprint_template)
    window = open_window(store)
    settle()
    assert find(window, QPushButton, f"voter_{authors[0]}").isVisible()  # by turns: who votes now is named
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    qtbot.mouseClick(find(window, QPushButton, "revealButton"), Qt.MouseButton.LeftButton)
    settle()
    page = window.event_view.step_page.work_area.surface("vote")
    assert page.chart is not None and not _named([page.chart.accessibleName()])
    shown = [s.text for s in shown_texts(window) if s.widget != "identityPicker"]
    assert not _named(shown), _named(shown)
    assert not _named(w.toolTip() for w in page.findChildren(QPushButton) if w.isVisible())


def test_the_beamer_on_a_team_at_an_anonymous_step_names_no_one(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    _write(store, team_id, "idea_race", authors)
    move_team(store, team_id, "idea_race", staatsprint_template)
    window = open_window(store)
    settle()
    beamer = window.event_view.beamer
    beamer.show(TEAM, team_id)
    frame = beamer.frame(window.event_view._ws.timers.clock.now())
    assert frame.heading.startswith("Team") and not _named(str(value) for value in asdict(frame).values())
    beamer.view.close()


def test_the_first_frame_snapshot_of_an_anonymous_board_holds_no_names(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    set_anonymous(store, staatsprint_template, event_id, team_id, "braindump", True)
    _write(store, team_id, "braindump", authors)
    move_team(store, team_id, "braindump", staatsprint_template)
    window = open_window(store)
    settle()
    snapshot = json.dumps(asdict(snapshot_of(window, database_key(str(store.engine.url)))), ensure_ascii=False)
    assert "Braindump" in snapshot and not _named([snapshot])


def test_switching_the_themes_step_anonymous_takes_the_authors_off_its_board_at_once(qtbot, open_window, event_with_team, staatsprint_template):
    """The HKWs were written with names; the team bundles them anonymously (switched before the
    bundling starts): the board redraws without initials."""
    store, _event_id, team_id = event_with_team
    authors = _team_of_three(store, team_id)
    _write(store, team_id, "hkw", authors)
    move_team(store, team_id, "themes", staatsprint_template)
    window = open_window(store)
    settle()
    board = window.event_view.step_page.work_area.board
    assert sorted(item.author_name for item in board._notes.values()) == ["Anna", "Anna", "Bram"]
    qtbot.mouseClick(window.event_view.step_page.anonymous.box, Qt.MouseButton.LeftButton)
    settle()
    assert all(item.author_name == "" for item in board._notes.values())
    assert find(window, QPushButton, f"author_{authors[0]}").text() == "A Anna"
    assert find(window, QLabel, "unnamedCounts").text().endswith(": 2 · 1")
