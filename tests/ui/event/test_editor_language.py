"""The event editor speaks the UI's language on every tab, and nothing on it is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox

from tests.ui.conftest import find, settle
from tests.ui.visible_text import shown_texts, wrong_language


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_tab_speaks_one_language_and_nothing_is_cut_off(open_window, event_with_team, lang):
    store, _event_id, _team = event_with_team
    window = open_window(store, lang, translated=True)
    window.event_view.go_to(("editor",))
    page = window.event_view.pages.currentWidget()
    problems = []
    for index in range(page.tabs.count()):
        page.enter_tab(index)
        settle()
        for shown in shown_texts(window):
            other = wrong_language(shown.text, lang)
            if other is not None:
                problems.append(f"tab {index} {shown.widget}: {shown.text!r} is the other language's {other!r}")
            if shown.clipped:
                problems.append(f"tab {index} {shown.widget}: {shown.text!r} is cut off")
    assert page.tabs.tabText(3) == ("Stappen" if lang == "nl" else "Steps")
    assert not problems, "\n".join(sorted(set(problems)))


def test_a_phase_too_short_for_its_steps_is_said_in_dutch(qtbot, open_window, event_with_team):
    store, event_id, _team = event_with_team
    window = open_window(store, "nl", translated=True)
    window.event_view.go_to(("editor",))
    page = window.event_view.pages.currentWidget()
    page.enter_tab(3)
    settle()
    assert find(window, QLabel, "editorWindow_probleem").text() == (
        "De fase duurt 70 min (10:30–11:40 in het programma van dit evenement); de stappen nemen 70 min, 0 min over.")
    spin = find(window, QSpinBox, "minutes_braindump")
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "9")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    settle()
    assert find(window, QLabel, "editorStepError_braindump").text() == (
        "Fase 1 “Wat is het probleem?” duurt dan 70 minuten (10:30–11:40), maar de stappen samen 74. Maak een stap korter "
        "(tab Stappen) of geef de fase meer tijd (tab Programma); er is niets veranderd.")
    assert spin.value() == 5
