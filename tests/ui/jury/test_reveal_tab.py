"""The Reveal tab: the sequence listed, refused before the winners are confirmed, started on the beamer
and stepped with PageDown / PageUp (in the window and on the beamer itself): the place, then the team."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from tests.jury.reveal_event import IDEAS, JURORS, confirm, make_event, staatsprint_podiums
from tests.ui.conftest import settle
from ui.beamer.beamer_source import REVEAL
from ui.jury.reveal_tab import RevealTab


@pytest.fixture
def event(sqlite_store):
    return make_event(sqlite_store)


def reveal_tab(qtbot, window):
    """The tab as the jury page makes it (workspace, beamer), shown in a window of its own and active."""
    tab = RevealTab(window.event_view._ws, window.event_view.beamer)
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    tab.activateWindow()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def painted(view) -> str:
    view.grab()
    return " ".join(view.reveal_lines)


def test_before_confirmation_the_tab_says_so_and_starts_nothing(qtbot, open_window, event):
    tab = reveal_tab(qtbot, open_window(event.store))
    assert "not confirmed" in tab.status.text()
    start = tab.findChild(QPushButton, "revealStart")
    assert not start.isEnabled()
    assert tab.findChild(QListWidget, "revealSteps").count() == 1  # the opening alone


def test_pagedown_walks_the_reveal_place_first_then_the_team(qtbot, open_window, event):
    confirm(event, staatsprint_podiums(event))
    window = open_window(event.store)
    tab = reveal_tab(qtbot, window)
    steps = tab.findChild(QListWidget, "revealSteps")
    assert steps.count() == 6 and steps.currentRow() == 0
    assert steps.item(3).text().startswith("Third place · Eindklassement — Team Nummer 4")
    qtbot.mouseClick(tab.findChild(QPushButton, "revealStart"), Qt.MouseButton.LeftButton)
    settle()
    source = window.event_view.beamer
    view = source.view
    assert source.mode == REVEAL and view.isVisible()
    assert "The winners" in painted(view)
    next_button = tab.findChild(QPushButton, "revealNext")
    assert tab.focusWidget() is next_button
    tab.activateWindow()  # one screen here: the beamer took the keys; with two it stays on the laptop
    qtbot.waitUntil(next_button.hasFocus)
    for _ in range(5):  # the two challenges' winners, then the suspense of the overall third place
        qtbot.keyClick(next_button, Qt.Key.Key_PageDown)
    text = painted(view)
    assert "Third place" in text and "Eindklassement" in text and "Team Nummer 4" not in text
    assert steps.currentRow() == 3 and next_button.hasFocus()
    qtbot.keyClick(next_button, Qt.Key.Key_PageDown)
    text = painted(view)
    assert "Team Nummer 4" in text and IDEAS[3] in text and "Anna 4 · Bram 4 · Cem 4" in text
    assert not any(juror in text for juror in JURORS)
    qtbot.keyClick(next_button, Qt.Key.Key_PageUp)
    assert "Team Nummer 4" not in painted(view)
    view.close()


def test_the_clicker_on_the_beamer_steps_too_to_the_overall_winner(qtbot, open_window, event):
    confirm(event, staatsprint_podiums(event))
    window = open_window(event.store)
    tab = reveal_tab(qtbot, window)
    tab.start_reveal()
    settle()
    view = window.event_view.beamer.view
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # a challenge's winner: the pool's title and the challenge, no team yet
    challenge = sorted(event.template.challenges, key=lambda c: c.number)[0].title.nl
    text = painted(view)
    assert "Winnaar van de challenge" in text and challenge in text and "Team Nummer 1" not in text
    for _ in range(9):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    text = painted(view)
    assert "First place" in text and "Team Nummer 3" in text and IDEAS[2] in text
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # the end: it stays, and says so
    assert "Team Nummer 3" in painted(view) and tab.message.text() == "That was the last winner."
    assert not tab.findChild(QPushButton, "revealNext").isEnabled()
    view.close()


def test_the_race_cannot_go_first_while_it_has_no_winner(qtbot, open_window, event):
    from sqlmodel import select

    from db.models import Award

    confirm(event, staatsprint_podiums(event))
    tab = reveal_tab(qtbot, open_window(event.store))
    race = tab.race
    race.setFocus()
    qtbot.keyClick(race, Qt.Key.Key_Space)
    assert not race.isChecked() and race.hasFocus()
    assert "no winner yet" in tab.message.text()
    with event.store.read() as session:
        assert not session.exec(select(Award).where(Award.pool_key == "race")).all()
    assert tab.findChild(QListWidget, "revealSteps").count() == 6


def test_the_audience_award_joins_the_reveal_once_confirmed(qtbot, open_window, event):
    from app.jury import audience

    confirm(event, staatsprint_podiums(event))
    tab = reveal_tab(qtbot, open_window(event.store))
    tab.audience.setFocus()
    qtbot.keyClick(tab.audience, Qt.Key.Key_Space)
    assert "not in it yet" in tab.status.text() and tab.steps.count() == 6
    audience.make_codes(event.store, event.event_id, event.template.jury)
    audience.open_voting(event.store, event.event_id, event.template.jury)
    slip = next(s for s in audience.slips(event.store, event.event_id) if s.team_number == 1)
    audience.cast_vote(event.store, event.event_id, slip.code, event.teams[1])
    audience.close_voting(event.store, event.event_id)
    audience.confirm_audience(event.store, event.event_id)
    settle()
    assert tab.steps.count() == 7 and tab.steps.item(1).text() == "Winner · Publieksprijs — Team Nummer 2"
    assert "not in it yet" not in tab.status.text()


def test_a_three_way_tie_for_the_audience_prize_is_one_shared_prize_on_one_card(qtbot, open_window, event):
    from app.jury import audience

    confirm(event, staatsprint_podiums(event))
    audience.make_codes(event.store, event.event_id, event.template.jury)
    audience.open_voting(event.store, event.event_id, event.template.jury)
    codes = {}
    for slip in audience.slips(event.store, event.event_id):
        codes.setdefault(slip.team_number, slip.code)
    for voter, team in ((1, 1), (2, 2), (3, 3)):  # team 2, 3 and 4 one vote each
        audience.cast_vote(event.store, event.event_id, codes[voter], event.teams[team])
    audience.close_voting(event.store, event.event_id)
    audience.confirm_audience(event.store, event.event_id)
    window = open_window(event.store)
    tab = reveal_tab(qtbot, window)
    tab.audience.setFocus()
    qtbot.keyClick(tab.audience, Qt.Key.Key_Space)
    assert tab.steps.count() == 7 and "6 prizes" in tab.status.text()  # the opening, then six prizes: not eight
    assert tab.steps.item(1).text() == "Shared publieksprijs — Team Nummer 2, Team Nummer 3 and Team Nummer 4"
    qtbot.mouseClick(tab.findChild(QPushButton, "revealStart"), Qt.MouseButton.LeftButton)
    settle()
    view = window.event_view.beamer.view
    next_button = tab.findChild(QPushButton, "revealNext")
    tab.activateWindow()
    qtbot.waitUntil(next_button.hasFocus)
    qtbot.keyClick(next_button, Qt.Key.Key_PageDown)
    assert "Shared publieksprijs" in painted(view) and "Team Nummer 2" not in painted(view)
    qtbot.keyClick(next_button, Qt.Key.Key_PageDown)
    painted(view)  # paints the card (its lines are kept)
    assert all(f"Team Nummer {n}" in view.reveal_lines and f"Team {n}" in view.reveal_lines for n in (2, 3, 4))
    qtbot.keyClick(next_button, Qt.Key.Key_PageDown)
    assert "Shared publieksprijs" not in painted(view) and next_button.hasFocus()  # on to the jury's prizes
    view.close()


@pytest.mark.parametrize(("lang", "text"), [("nl", "Eerst de winnaar van de Idee Race bekendmaken"),
                                            ("en", "Announce the winner of the Idea Race first")])
def test_the_race_is_named_by_the_templates_step_title(qtbot, open_window, event, lang, text):
    tab = reveal_tab(qtbot, open_window(event.store, lang, translated=True))
    assert tab.race.text() == text and tab.race.isVisible()
