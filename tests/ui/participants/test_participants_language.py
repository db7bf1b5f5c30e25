"""The participants page in Dutch: no English left, nothing cut off, the keys listed in the Help."""

from __future__ import annotations

from app.participants.placing import form_teams, set_absent
from tests.ui.conftest import settle
from tests.ui.participants.conftest import CHALLENGE
from tests.ui.visible_text import shown_texts, wrong_language
from ui.common.keymap import KEYMAP, described


def test_the_board_speaks_dutch_and_cuts_nothing_off(qtbot, open_window, participants_event, staatsprint_template):
    store, event_id, ids = participants_event
    teams = form_teams(store, event_id, staatsprint_template, CHALLENGE, count=4, seed=2)
    set_absent(store, ids[0], True)
    window = open_window(store, "nl", translated=True)
    window.event_view.go_to(("participants",))
    settle()
    page = window.event_view.pages.currentWidget()
    texts = shown_texts(window)
    problems = [f"{shown.widget}: {shown.text!r}" for shown in texts if wrong_language(shown.text, "nl") or shown.clipped]
    assert problems == []
    words = {shown.text for shown in texts}
    assert {"Deelnemers en teams", "Nog niet ingedeeld", "Teams maken", "E-mailadressen vergeten…"} <= words
    assert len(page.board.lanes()) == len(teams) + 1


def test_the_cards_keys_are_in_the_keymap_with_what_they_do():
    for name in ("formationMoveLeft", "formationMoveRight", "formationMoveUp", "formationMoveDown", "formationMoveTo", "formationAbsent"):
        assert KEYMAP[name].keys and described(name)
