"""Voting by turns on one laptop, the reveal with its chart, and the captain's tie-break."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

from app.board.board import add_cluster
from app.day.navigation import move_team
from app.event.teams import add_member, set_role
from app.outcomes.knelpunten import add_knelpunt
from app.participants.placing import set_absent
from app.voting.voting import ballots
from tests.ui.conftest import find, settle
from tests.ui.modal import say_yes
from ui.common.theme import LIGHT, stylesheet


def click(qtbot, window, name, times=1):
    for _ in range(times):
        qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
        settle()


@pytest.fixture
def dot_vote(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in ("Anna", "Bram", "Cas")]
    knelpunten = [add_knelpunt(store, team_id, title) for title in ("Inkoop apart", "Data in kokers")]
    move_team(store, team_id, "dot_vote", staatsprint_template)
    window = open_window(store)
    settle()
    return window, store, team_id, members, knelpunten


def test_three_members_vote_by_turns_and_the_tally_is_right(qtbot, dot_vote):
    window, store, team_id, (anna, bram, cas), (inkoop, data) = dot_vote
    page = window.event_view.step_page.work_area.surface("vote")
    assert page.isVisible() and find(window, QLabel, "dotsLeft").text() == "Anna: 10 of 10 dots left"
    click(qtbot, window, f"dotPlus_{inkoop}", 6)
    click(qtbot, window, f"dotPlus_{data}", 4)
    click(qtbot, window, f"dotPlus_{data}")  # an eleventh dot
    assert find(window, QLabel, "voteError").text().startswith("All 10 dots are placed")
    click(qtbot, window, "nextVoterButton")
    assert find(window, QLabel, "dotsLeft").text() == "Bram: 10 of 10 dots left"
    assert find(window, QLabel, f"dots_{inkoop}").text() == ""  # Anna's dots are hidden from Bram
    click(qtbot, window, f"dotPlus_{data}", 10)
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{inkoop}", 3)
    click(qtbot, window, f"dotMinus_{inkoop}")
    assert find(window, QLabel, f"dots_{inkoop}").text() == "●●"
    assert page.chart is None  # no chart before the reveal
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    click(qtbot, window, "revealButton")
    assert find(window, QLabel, f"dots_{data}").text() == "●" * 14
    assert find(window, QLabel, f"dots_{inkoop}").text() == "●" * 8
    assert page.chart.rows == [("Data in kokers", 14), ("Inkoop apart", 8)]
    assert sum(b.dots for b in ballots(store, team_id, "dot_vote")) == 22


def test_the_captain_breaks_a_tie_between_themes(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    set_role(store, team_id, "captain", bram, staatsprint_template)
    one = add_cluster(store, team_id, "themes", "Eén keer vragen", (0, 0, 1, 1))
    two = add_cluster(store, team_id, "themes", "Samen inkopen", (0, 0, 1, 1))
    move_team(store, team_id, "theme_vote", staatsprint_template)
    window = open_window(store)
    settle()
    click(qtbot, window, f"dotPlus_{one}", 2)
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{two}", 2)
    click(qtbot, window, "revealButton")
    assert find(window, QLabel, "tieText").text() == "A tie: the teamcaptain chooses 1."
    click(qtbot, window, f"tie_{two}")
    click(qtbot, window, "confirmTieButton")
    assert find(window, QLabel, f"kept_{two}").text() == "1. Samen inkopen — tie broken by Bram"  # says who broke the tie


def _activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _focus() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_a_whole_vote_is_cast_with_key_presses_only(qtbot, dot_vote):
    window, store, team_id, (anna, _bram, _cas), (inkoop, _data) = dot_vote
    _activate(qtbot, window)
    window.event_view.land_focus()
    for _ in range(40):  # Tab to the + of "Inkoop apart"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if _focus() == f"dotPlus_{inkoop}":
            break
    assert _focus() == f"dotPlus_{inkoop}"
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        settle()
        assert _focus() == f"dotPlus_{inkoop}"  # the rebuilt row's button, not a header picker
    assert [(b.voter_id, b.target_id, b.dots) for b in ballots(store, team_id, "dot_vote")] == [(anna, inkoop, 10)]
    assert find(window, QLabel, "dotsLeft").text() == "Anna: 0 of 10 dots left"


def test_the_chips_say_whose_turn_it_is_and_who_has_voted(qtbot, dot_vote):
    window, _store, _team_id, (anna, bram, cas), (inkoop, data) = dot_vote
    chip = lambda member: find(window, QPushButton, f"voter_{member}")  # noqa: E731
    assert [chip(m).text() for m in (anna, bram, cas)] == ["▶ Anna", "Bram", "Cas"]
    click(qtbot, window, f"dotPlus_{inkoop}", 10)
    assert chip(anna).text() == "▶ Anna ✓"
    assert chip(anna).accessibleName() == "Anna has placed all dots; it is their turn"
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{data}", 3)
    assert [chip(m).text() for m in (anna, bram, cas)] == ["Anna ✓", "▶ Bram · 7 left", "Cas"]
    assert chip(cas).accessibleName() == "Cas has not voted yet"
    assert find(window, QLabel, "votersLegend").text() == "▶ whose turn it is · ✓ has placed all dots"


def test_the_tally_counts_whole_dots(qtbot, dot_vote):
    window, _store, _team_id, _members, (inkoop, data) = dot_vote
    click(qtbot, window, f"dotPlus_{inkoop}", 3)
    click(qtbot, window, f"dotPlus_{data}")
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    click(qtbot, window, "revealButton")
    chart = window.event_view.step_page.work_area.surface("vote").chart
    axis = chart.getPlotItem().getAxis("bottom")
    low, high = chart.getPlotItem().viewRange()[0]
    ticks = [value for _spacing, values in axis.tickValues(low, high, axis.width()) for value in values]
    assert ticks and all(float(value).is_integer() for value in ticks)


@pytest.fixture
def tie_of_eight(qtbot, open_window, event_with_team, staatsprint_template):
    """A theme vote at 1366x768 with eight themes and a tie between the first two."""
    store, _event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna", "Bram"))
    set_role(store, team_id, "captain", bram, staatsprint_template)
    themes = [add_cluster(store, team_id, "themes", f"Thema {n}", (0, 0, 1, 1)) for n in range(8)]
    move_team(store, team_id, "theme_vote", staatsprint_template)
    window = open_window(store)
    settle()
    click(qtbot, window, f"dotPlus_{themes[0]}", 2)
    click(qtbot, window, "nextVoterButton")
    click(qtbot, window, f"dotPlus_{themes[1]}", 2)
    click(qtbot, window, "revealButton")
    return window, themes


def test_the_tie_choice_is_in_view_after_the_reveal_and_the_chart_leaves_the_wheel_to_the_page(qtbot, tie_of_eight):
    window, themes = tie_of_eight
    scroll = find(window, QScrollArea, "voteScroll")
    viewport = scroll.viewport()
    for name in (f"tie_{themes[0]}", f"tie_{themes[1]}", "confirmTieButton"):
        button = find(window, QPushButton, name)
        corner = button.mapTo(viewport, button.rect().bottomRight())
        assert viewport.rect().contains(corner), name  # at 1366x768, without scrolling
    chart = window.event_view.step_page.work_area.surface("vote").chart
    assert scroll.verticalScrollBar().maximum() > 0  # the page is longer than its view
    centre = QPointF(chart.rect().center())
    wheel = QWheelEvent(centre, QPointF(chart.mapToGlobal(chart.rect().center())), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart.viewport(), wheel)
    assert not wheel.isAccepted()  # so Qt hands a real wheel turn on to the page (a sent one is not passed on)
    QApplication.sendEvent(viewport, wheel)
    assert scroll.verticalScrollBar().value() > 0


def test_a_chosen_tie_option_looks_chosen_not_focused(qtbot, tie_of_eight):
    window, themes = tie_of_eight
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(LIGHT))
    try:
        chosen, other = (find(window, QPushButton, f"tie_{t}") for t in themes[:2])
        click(qtbot, window, f"tie_{themes[0]}")
        other.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        assert chosen.isChecked() and chosen.text() == "✓ Thema 0" and other.text() == "Thema 1"
        fill = lambda button: button.grab().toImage().pixelColor(button.rect().center() + QPoint(0, 8)).name().upper()  # noqa: E731
        assert fill(chosen) == LIGHT.primary  # filled: chosen
        assert fill(other) == LIGHT.surface  # focused, not chosen: only its ring
    finally:
        app.setStyleSheet("")


def test_the_tie_is_decided_by_keyboard_and_the_focus_stays_on_the_page(qtbot, tie_of_eight):
    window, themes = tie_of_eight
    _activate(qtbot, window)
    find(window, QPushButton, f"tie_{themes[1]}").setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert _focus() == "confirmTieButton"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    settle()
    assert find(window, QLabel, f"kept_{themes[1]}").text() == "1. Thema 1 — tie broken by Bram"
    assert _focus() == "votePage"  # not a removed button (nowhere), not a header picker


def test_a_member_absent_today_has_no_turn_and_is_not_waited_for(qtbot, dot_vote):
    window, store, _team_id, (anna, bram, cas), (inkoop, _data) = dot_vote

    set_absent(store, bram, True)  # marked absent on the participants page while the vote is open
    settle()
    chips = {b.objectName() for b in window.findChildren(QPushButton) if b.objectName().startswith("voter_") and b.isVisible()}
    assert chips == {f"voter_{anna}", f"voter_{cas}"}
    click(qtbot, window, f"dotPlus_{inkoop}")
    seen = []
    say_yes(qtbot, "revealQuestion", seen)
    click(qtbot, window, "revealButton")
    assert "Anna" in seen[0].text() and "Cas" in seen[0].text() and "Bram" not in seen[0].text()
