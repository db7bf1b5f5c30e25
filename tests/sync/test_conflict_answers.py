"""An answer typed on laptop A while laptop B saved the same field: A is asked, by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.outcomes.problem_statement import answers
from app.storage.database import open_store
from app.sync.field_edits import save_answer_based
from tests.sync.test_conflict_dialog import _press
from tests.ui.conftest import event_with_team  # noqa: F401 (the fixture)
from ui.sync.answer_conflicts import AnswerBases


@pytest.fixture
def form(qtbot, event_with_team):  # noqa: F811 (the fixture imported above)
    store, _event_id, team_id = event_with_team
    other = open_store(str(store.engine.url))
    parent, error = QWidget(), QLabel()
    qtbot.addWidget(parent)
    bases = AnswerBases()
    place = (team_id, "define", "who")
    bases.follow(place, answers(store, team_id, "define"), "")  # the form shows the empty field
    yield store, other, parent, error, bases, place
    other.engine.dispose()


@pytest.mark.parametrize(("key", "stored", "shown", "settled"), [
    (Qt.Key.Key_M, "Ondernemers", [], True),
    (Qt.Key.Key_T, "Burgers", ["Burgers"], True),
    (Qt.Key.Key_Escape, "Burgers", [], False),
])
def test_the_later_writer_of_an_answer_chooses(qtbot, form, key, stored, shown, settled):
    store, other, parent, error, bases, place = form
    save_answer_based(other, *place, None, "Burgers")  # laptop B
    seen, shows = [], []
    modifier = Qt.KeyboardModifier.NoModifier if key == Qt.Key.Key_Escape else Qt.KeyboardModifier.AltModifier
    _press(qtbot, [(key, modifier)], seen)
    assert bases.save(parent, error, store, place, "Ondernemers", shows.append) is settled
    assert seen[0].theirs_box.toPlainText() == "Burgers" and seen[0].both_button is None
    assert answers(store, place[0], "define")["who"] == stored and shows == shown
    if not settled:
        assert "another laptop" in error.text()  # the field keeps what was typed; the reason shows


def test_no_conflict_when_nobody_else_wrote(qtbot, form):
    store, _other, parent, error, bases, place = form
    assert bases.save(parent, error, store, place, "Burgers", lambda _text: None)
    assert bases.save(parent, error, store, place, "Burgers en bedrijven", lambda _text: None)
    assert answers(store, place[0], "define")["who"] == "Burgers en bedrijven"
