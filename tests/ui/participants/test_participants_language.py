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


def test_every_count_on_the_page_is_dutch_singular_for_one_and_plural_for_several(qtbot, open_window, participants_event, staatsprint_template):
    store, event_id, _ids = participants_event
    form_teams(store, event_id, staatsprint_template, CHALLENGE, count=4, seed=2)
    window = open_window(store, "nl", translated=True)
    window.event_view.go_to(("participants",))
    settle()
    page = window.event_view.pages.currentWidget()
    lane = page.board.lanes()[1]
    said = {n: [page.tr("%n participant(s) not yet placed", "", n), page.tr("%n team(s) with a warning", "", n),
                page.tr("Re-form the %n team(s) of this challenge that already have people? Who is in which of them changes; "
                        "teams that have started stay as they are.", "", n),
                page.tr("Forget the e-mail addresses of %n participant(s)? This cannot be undone; names, organisations and "
                        "teams stay.", "", n),
                page.tr("%n e-mail address(es) forgotten.", "", n), lane.tr("%n present", "", n), lane.tr("%n absent today", "", n)]
            for n in (1, 51)}
    assert said[1][:5] == ["1 deelnemer nog niet ingedeeld", "1 team met een waarschuwing", said[1][2], said[1][3], "1 e-mailadres vergeten."]
    assert said[51][:2] == ["51 deelnemers nog niet ingedeeld", "51 teams met een waarschuwing"]
    assert said[51][2].startswith("51 teams van deze challenge hebben al mensen") and said[1][2].startswith("1 team van deze challenge heeft")
    assert said[51][3].startswith("De e-mailadressen van 51 deelnemers vergeten?") and said[1][3].startswith("Het e-mailadres van 1 deelnemer")
    assert said[51][4:] == ["51 e-mailadressen vergeten.", "51 aanwezig", "51 vandaag afwezig"]
