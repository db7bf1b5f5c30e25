"""Knelpunten on screen: from the clusters, answered, reordered."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPlainTextEdit, QPushButton

from app.board.board import add_cluster
from app.day.navigation import move_team
from app.outcomes.knelpunten import knelpunten
from tests.ui.conftest import find, settle, type_text


def test_from_clusters_answer_and_reorder(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    add_cluster(store, team_id, "clustering", "Inkoop", (0, 0, 1, 1))
    add_cluster(store, team_id, "clustering", "Data in kokers", (0, 0, 1, 1))
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    qtbot.mouseClick(find(window, QPushButton, "fromClustersButton"), Qt.MouseButton.LeftButton)
    settle()
    listing = find(window, QListWidget, "knelpuntenList")
    assert [listing.item(i).text() for i in range(listing.count())] == ["1. Inkoop", "2. Data in kokers"]
    listing.setCurrentRow(1)
    settle()
    who = find(window, QPlainTextEdit, "knelpunt_who")
    type_text(qtbot, who, "Inwoners én ambtenaren")
    qtbot.mouseClick(find(window, QPushButton, "knelpuntUp"), Qt.MouseButton.LeftButton)
    settle()
    assert [k.title for k in knelpunten(store, team_id)] == ["Data in kokers", "Inkoop"]
    assert knelpunten(store, team_id)[0].answers == {"who": "Inwoners én ambtenaren"}
    new = find(window, QLineEdit, "newKnelpuntEdit")
    type_text(qtbot, new, "NAW steeds opnieuw")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    settle()
    assert [k.title for k in knelpunten(store, team_id)][-1] == "NAW steeds opnieuw"


def test_deleting_a_knelpunt_asks_first(qtbot, open_window, event_with_team, staatsprint_template, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.outcomes.knelpunten import add_knelpunt

    store, _event_id, team_id = event_with_team
    add_knelpunt(store, team_id, "Blijft")
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(find(window, QPushButton, "deleteKnelpuntButton"), Qt.MouseButton.LeftButton)
    assert [k.title for k in knelpunten(store, team_id)] == ["Blijft"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(find(window, QPushButton, "deleteKnelpuntButton"), Qt.MouseButton.LeftButton)
    assert knelpunten(store, team_id) == []


def test_deleting_a_voted_knelpunt_says_its_dots_are_dropped_and_after_the_reveal_is_refused(
        qtbot, open_window, event_with_team, staatsprint_template, monkeypatch):
    from PySide6.QtWidgets import QLabel, QMessageBox
    from sqlmodel import select

    from app.event.teams import add_member
    from app.outcomes.knelpunten import add_knelpunt
    from app.voting.vote_step import place_dot, reveal
    from db.models import Vote

    store, event_id, team_id = event_with_team
    voted = add_knelpunt(store, team_id, "Data in kokers")
    add_knelpunt(store, team_id, "Inkoop")
    anna = add_member(store, team_id, "Anna")
    vote = staatsprint_template.step("dot_vote")
    for _ in range(3):
        place_dot(store, staatsprint_template, event_id, team_id, vote, anna, voted)
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(find(window, QPushButton, "deleteKnelpuntButton"), Qt.MouseButton.LeftButton)
    assert "are dropped" in asked[0] and "how many stays hidden until the reveal" in asked[0]
    assert "3" not in asked[0]  # the vote is not revealed: its tally does not leak through a count
    with store.read() as session:
        assert sum(v.dots for v in session.exec(select(Vote)).all()) == 3  # No: nothing changed
    reveal(store, event_id, team_id, vote, datetime.now(timezone.utc))
    asked.clear()
    qtbot.mouseClick(find(window, QPushButton, "deleteKnelpuntButton"), Qt.MouseButton.LeftButton)
    assert asked == []  # not asked: the rule refuses after the reveal, and the page says why
    error = find(window, QLabel, "knelpuntError")
    assert error.isVisible() and "After the reveal it can no longer be deleted" in error.text()
    assert [k.title for k in knelpunten(store, team_id)] == ["Data in kokers", "Inkoop"]
    with store.read() as session:
        assert sum(v.dots for v in session.exec(select(Vote)).all()) == 3


def test_from_the_clusters_says_what_it_made_and_never_makes_one_twice(qtbot, open_window, event_with_team, staatsprint_template):
    from PySide6.QtWidgets import QLabel

    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    button, info = find(window, QPushButton, "fromClustersButton"), find(window, QLabel, "knelpuntInfo")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert info.isVisible() and info.text() == "There are no clusters yet: make them in the step “Clusteren”."
    add_cluster(store, team_id, "clustering", "Inkoop", (0, 0, 1, 1))
    add_cluster(store, team_id, "clustering", "Data in kokers", (0, 0, 1, 1))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert info.text() == "2 pain point(s) made: see the next step."
    made = knelpunten(store, team_id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert info.text() == "Nothing new made; already there: “Inkoop”, “Data in kokers”."
    assert knelpunten(store, team_id) == made


def test_the_whole_answer_form_shows_at_1366x768_without_a_scroll_of_its_own(qtbot, open_window, event_with_team, staatsprint_template):
    from app.outcomes.knelpunten import add_knelpunt, update_knelpunt

    store, _event_id, team_id = event_with_team
    knelpunt = add_knelpunt(store, team_id, "Inkoop")
    keys = [f.key for f in staatsprint_template.step("knelpunten").fields]
    update_knelpunt(store, knelpunt, "Inkoop", {key: "Een antwoord van een paar regels, zoals teams ze schrijven. " * 2 for key in keys})
    move_team(store, team_id, "knelpunten", staatsprint_template)
    window = open_window(store)
    settle()
    for key in keys:
        edit = find(window, QPlainTextEdit, f"knelpunt_{key}")
        assert not edit.verticalScrollBar().isVisible()  # as tall as its text: no scroll area inside a scroll area
        assert edit.visibleRegion().boundingRect() == edit.rect(), key  # whole, without scrolling the form
        assert edit.height() >= 3 * edit.fontMetrics().lineSpacing()
