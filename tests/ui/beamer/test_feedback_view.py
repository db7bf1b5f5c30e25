"""Terugkoppeling eerste fases: started from the programme page, one team per key press (also the
clicker's PageDown/PageUp), and every text whole on the screen, long ones shrunk or wrapped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.event.teams import add_team
from app.outcomes.feedback import TeamFeedback
from app.outcomes.problem_statement import Preview, WinningTheme, save_answer
from tests.ui.conftest import find, settle
from ui.beamer.feedback_view import SMALLEST, FeedbackView


def test_the_facilitator_walks_the_teams_by_key_press(qtbot, open_window, event_with_team):
    store, event_id, first = event_with_team
    second = add_team(store, event_id, "markt_overheid", "De Bouwstenen")
    add_team(store, event_id, "it_personeel")  # a team that has not started its problem statement
    save_answer(store, first, "problem_statement", "owner", "de VNG")
    save_answer(store, second, "problem_statement", "owner", "het Rijk")
    window = open_window(store)
    window.event_view.go_to(("programme",))
    settle()
    qtbot.mouseClick(find(window, QPushButton, "feedbackButton"), Qt.MouseButton.LeftButton)
    settle()
    view = window.event_view.programme_page.feedback
    assert view.isVisible() and view.index == 0
    shown = lambda: " ".join(text for text, _style in view.lines())  # noqa: E731
    assert "De VNG is eigenaar van" in shown() and "team 1 of 3" in shown()
    for key, index in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_Space, 2), (Qt.Key.Key_PageUp, 1),
                       (Qt.Key.Key_Left, 0), (Qt.Key.Key_Left, 0), (Qt.Key.Key_End, 2)):
        qtbot.keyClick(view, key)
        assert view.index == index
    assert "No problem statement yet." in shown()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert "De Bouwstenen" in shown() and "Het Rijk is eigenaar van" in shown()
    save_answer(store, second, "problem_statement", "result", "alles sneller gaat")  # typed on the team's laptop meanwhile
    settle()
    assert "zodat alles sneller gaat." in shown()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # first out of full screen (the programme page's hint), then closed
    assert view.isVisible() and not view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


LONG = " ".join(["een heel lang antwoord dat maar doorgaat over gemeenten, bouwstenen en geld"] * 12)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("text", ["De VNG is eigenaar van versnipperde IT; zij moeten bouwstenen delen; zodat gemeenten sneller leveren.", LONG])
def test_nothing_is_clipped(qtbot, size, text):
    slide = TeamFeedback("Team met een naam die ook best lang mag zijn " * 2, "Moderniseren van de gemeentelijke IT",
                         WinningTheme(1, "Samen bouwen " * 4, "Hoe kunnen we " + text, True, "Anna de Vries"), Preview(text, ()), text)
    view = FeedbackView(lambda: [slide])
    qtbot.addWidget(view)
    view.resize(*size)
    view.refresh()
    placed = view.layout_lines()
    assert placed[-1].rect.bottom() <= size[1] * 0.95  # all of it above the bottom margin
    assert all(line.rect.right() <= size[0] and line.rect.left() >= 0 for line in placed)
    statement = next(line for line in placed if line.style == "statement")
    if text != LONG:
        assert statement.pixel_size >= size[1] * 0.04  # a short statement stays big: readable from the back
    else:
        assert statement.pixel_size > SMALLEST
