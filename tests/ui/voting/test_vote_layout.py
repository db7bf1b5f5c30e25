"""The dot-vote page at 1366x768: every row in reach, a chart as tall as its bars, and an empty vote that says what to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

from app.day.navigation import move_team
from app.event.teams import add_member
from app.outcomes.knelpunten import add_knelpunt
from app.voting.vote_step import is_revealed
from tests.ui.conftest import find, settle
from tests.ui.modal import say_yes
from ui.voting.tally_chart import chart_height

ITEMS = 13


def click(qtbot, window, name, times=1):
    for _ in range(times):
        qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
        settle()


def turn_the_wheel_down(scroll: QScrollArea) -> None:
    """Wheel turns on the page until it scrolls no further."""
    viewport, bar = scroll.viewport(), scroll.verticalScrollBar()
    for _ in range(100):
        before = bar.value()
        centre = QPointF(viewport.rect().center())
        wheel = QWheelEvent(centre, QPointF(viewport.mapToGlobal(viewport.rect().center())), QPoint(), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, wheel)
        settle()
        if bar.value() == before:
            return


def in_view(scroll: QScrollArea, widget) -> bool:
    viewport = scroll.viewport()
    top_left, bottom_right = widget.mapTo(viewport, widget.rect().topLeft()), widget.mapTo(viewport, widget.rect().bottomRight())
    return widget.isVisible() and viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


@pytest.fixture
def long_vote(qtbot, open_window, event_with_team, staatsprint_template):
    """Thirteen knelpunten and eight members on a dot vote, in a 1366x768 window."""
    store, _event_id, team_id = event_with_team
    for name in ("Anna", "Bram", "Cas", "Dewi", "Eline", "Fatima", "Gijs", "Hanna"):
        add_member(store, team_id, name)
    items = [add_knelpunt(store, team_id, f"Knelpunt nummer {n} over inkoop en data") for n in range(ITEMS)]
    move_team(store, team_id, "dot_vote", staatsprint_template)
    window = open_window(store)
    settle()
    return window, store, team_id, items


def test_every_row_is_in_reach_before_the_reveal_by_wheel_and_by_tab(qtbot, long_vote):
    window, _store, _team_id, items = long_vote
    scroll = find(window, QScrollArea, "voteScroll")
    assert in_view(scroll, find(window, QPushButton, "revealButton"))
    turn_the_wheel_down(scroll)
    assert in_view(scroll, find(window, QPushButton, f"dotPlus_{items[-1]}"))
    assert in_view(scroll, find(window, QPushButton, f"dotMinus_{items[-1]}"))
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    find(window, QPushButton, "revealButton").setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused.objectName().startswith(("dotPlus_", "dotMinus_")):
            assert in_view(scroll, focused), focused.objectName()  # the focus scrolls into view
            reached.add(focused.objectName())
    assert reached == {f"{kind}_{item}" for item in items for kind in ("dotPlus", "dotMinus")}


def test_after_the_reveal_the_chart_is_as_tall_as_its_bars_and_every_row_is_in_reach(qtbot, long_vote):
    window, _store, _team_id, items = long_vote
    click(qtbot, window, f"dotPlus_{items[0]}", 4)
    click(qtbot, window, f"dotPlus_{items[1]}", 2)
    say_yes(qtbot, "revealQuestion")  # not everyone has placed all their dots: reveal anyway
    click(qtbot, window, "revealButton")
    chart = window.event_view.step_page.work_area.surface("vote").chart
    scroll = find(window, QScrollArea, "voteScroll")
    assert chart.height() == chart_height(ITEMS) < scroll.viewport().height()  # never the whole page
    turn_the_wheel_down(scroll)
    assert in_view(scroll, find(window, QLabel, f"dots_{items[-1]}"))


def test_with_nothing_to_vote_on_the_page_says_where_the_items_come_from(qtbot, open_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    add_member(store, team_id, "Anna")
    move_team(store, team_id, "dot_vote", staatsprint_template)
    window = open_window(store)
    settle()
    page = window.event_view.step_page.work_area.surface("vote")
    said = find(window, QLabel, "nothingToVoteOn")
    assert said.isVisible() and "pain points" in said.text() and "“" + staatsprint_template.step("knelpunten").title.nl + "”" in said.text()
    reveal_button = find(window, QPushButton, "revealButton")
    assert not reveal_button.isEnabled() and reveal_button.toolTip() == "There is nothing to vote on yet, so there are no dots to reveal."
    click(qtbot, window, "revealButton")
    assert not is_revealed(store, event_id, team_id, "dot_vote") and page.chart is None  # nothing happened
