"""The beamer's pitch mode: one team's pitch from its dossier, PageDown / PageUp through the teams in a
given order, "nog niet ingevuld" where a team has nothing yet, long text shrunk and elided."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.event.teams import add_member, add_team, set_role
from app.pitch.answers import save_pitch_answer
from tests.ui.conftest import find, settle
from ui.beamer.beamer_source import PITCH, PROGRAMME
from ui.beamer.pitch_show import show_pitch_on_beamer
from ui.beamer.pitch_slide import spread


@pytest.fixture
def teams(event_with_team):
    store, event_id, first = event_with_team
    second, third = (add_team(store, event_id, "gemeentelijke_it") for _ in range(2))
    for team_id, idea, yell in ((first, "Eén loket voor alle gemeenten", "Samen sterk!"), (second, "Kennistafel met leerclausule", "Eerst praten!")):
        save_pitch_answer(store, team_id, "pitch", "idea", idea)
        save_pitch_answer(store, team_id, "pitch", "yell", yell)
    return store, event_id, (first, second, third)


def painted(view) -> str:
    """The slide's text as a person reads it: painted (as the screen would), its lines joined."""
    view.grab()
    return " ".join(view.pitch_lines)


def test_the_pitch_shows_the_teams_idea_yell_and_presenter(qtbot, open_window, teams, staatsprint_template):
    store, _, (first, _, _) = teams
    set_role(store, first, "presenter", add_member(store, first, "Anna"), staatsprint_template)
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    settle()
    assert source.view.isVisible() and source.mode == PITCH
    text = painted(source.view)
    assert "Eén loket voor alle gemeenten" in text and "“Samen sterk!”" in text
    assert "Presented by Anna" in text
    source.view.close()


def test_pagedown_goes_to_the_next_team_and_pageup_back(qtbot, open_window, teams):
    store, _, (first, second, third) = teams
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    settle()
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    assert source.team_id == second and "Kennistafel met leerclausule" in painted(source.view)
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)  # the last team: it stays
    assert source.team_id == third
    qtbot.keyClick(source.view, Qt.Key.Key_PageUp)
    assert source.team_id == second
    source.view.close()


def test_the_order_is_a_parameter(qtbot, open_window, teams):
    store, _, (first, second, third) = teams
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, third, order=[third, first])  # e.g. the jury's running order
    settle()
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    assert source.team_id == first
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    assert source.team_id == first
    source.view.close()


def test_the_facilitators_window_chooses_the_pitch_and_pages_with_pagedown(qtbot, open_window, teams):
    store, _, (first, second, _) = teams
    window = open_window(store)
    window.event_view.go_to(("programme",))
    settle()
    picker = find(window, QComboBox, "beamerSource")
    picker.setCurrentIndex(picker.findData(f"{PITCH}:{first}"))
    picker.activated.emit(picker.currentIndex())
    source = window.event_view.beamer
    assert source.mode == PITCH and source.team_id == first
    page = window.event_view.programme_page
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_PageDown)  # the facilitator's window keeps the keyboard
    assert source.team_id == second
    picker.setCurrentIndex(picker.findData(PROGRAMME))
    picker.activated.emit(picker.currentIndex())
    qtbot.keyClick(page, Qt.Key.Key_PageUp)  # no pitch shown: the keys do nothing to the beamer
    assert source.mode == PROGRAMME and source.team_id is None


def test_an_empty_team_says_nog_niet_ingevuld(qtbot, open_window, teams):
    store, _, (_, _, third) = teams
    source = open_window(store, translated=True).event_view.beamer
    show_pitch_on_beamer(source, third)
    settle()
    source.view.grab()
    lines = source.view.pitch_lines
    assert lines.count("nog niet ingevuld") == 6  # idea, problem, for whom, path, who we need, what it costs
    assert "Yell: nog niet ingevuld" in lines and "" not in lines
    source.view.close()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_long_text_shrinks_then_ends_in_an_ellipsis(qtbot, open_window, teams, size):
    store, _, (first, _, _) = teams
    save_pitch_answer(store, first, "pitch", "problem", "Inkopers en leveranciers praten pas na de gunning met elkaar. " * 40)
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    source.view.showNormal()
    source.view.resize(*size)
    text = painted(source.view)
    assert text.count("…") == 1 and "Eén loket voor alle gemeenten" in text  # the idea keeps its place
    assert text.index("The problem") < text.index("…") < text.index("For whom")  # the long answer, elided last
    source.view.close()


def test_an_answer_typed_elsewhere_shows_at_once(qtbot, open_window, teams):
    store, _, (first, _, _) = teams
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    settle()
    save_pitch_answer(store, first, "pitch", "cost", "Twee inkopers, een halve dag per maand")  # another laptop
    settle()
    source.tick()
    assert "Twee inkopers, een halve dag per maand" in painted(source.view)
    source.view.close()


def test_milestone_titles_never_overlap_and_stay_clear_of_the_end():
    lefts = spread([100, 110, 120, 900, 990], 80, 50, 1000)  # crowded at the start and at the end
    assert all(b - a >= 80 for a, b in zip(lefts, lefts[1:]))
    assert lefts[0] >= 50 and lefts[-1] + 80 <= 1000


def test_with_one_screen_the_pitch_takes_the_keys_escape_closes_it_and_the_ends_are_told(qtbot, open_window, teams):
    store, _, (first, second, third) = teams
    window = open_window(store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    source = window.event_view.beamer
    show_pitch_on_beamer(source, third)  # one screen: it covers the facilitator's window
    settle()
    qtbot.waitUntil(source.view.isActiveWindow)
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)  # the last team: it stays, the facilitator is told
    assert source.team_id == third and window.statusBar().currentMessage() == "This is the last team's pitch."
    show_pitch_on_beamer(source, first)
    qtbot.keyClick(source.view, Qt.Key.Key_PageUp)
    assert source.team_id == first and window.statusBar().currentMessage() == "This is the first team's pitch."
    qtbot.keyClick(source.view, Qt.Key.Key_Escape)
    assert not source.view.isVisible()
