"""A team's storyboard: panels added up to the template's maximum, captioned, written, pictured,
moved and deleted with their positions kept dense; each change returns what undo needs and a
refused one changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from app.pitch import storyboard as sb
from app.pitch.pictures import Picture

PICTURE = Picture(b"\x89PNG fake", "png", 40, 30)


@pytest.fixture
def board(store, staatsprint_template):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    return store, team_id, staatsprint_template.step("pitch").storyboard


def captions(store, team_id) -> list[str]:
    panels = sb.panels(store, team_id, "pitch")
    assert [p.position for p in panels] == list(range(len(panels)))  # always dense, 0..n-1
    return [p.caption for p in panels]


def test_panels_are_added_at_the_end_up_to_the_maximum(board):
    store, team_id, bounds = board
    assert (bounds.min_panels, bounds.max_panels) == (3, 8)
    for n in range(8):
        sb.add_panel(store, team_id, "pitch", bounds, f"  Paneel   {n} ")
    assert captions(store, team_id) == [f"Paneel {n}" for n in range(8)]
    with pytest.raises(DomainError) as refused:
        sb.add_panel(store, team_id, "pitch", bounds)
    assert refused.value.code == "storyboard_full" and refused.value.params == {"limit": 8}
    assert "at most 8 panels" in refused.value.message
    assert len(sb.panels(store, team_id, "pitch")) == 8


def test_the_completeness_meter_counts_towards_the_minimum(board):
    store, team_id, bounds = board
    sb.add_panel(store, team_id, "pitch", bounds)
    sb.add_panel(store, team_id, "pitch", bounds)
    meter = sb.completeness(sb.panels(store, team_id, "pitch"), bounds)
    assert (meter.panels, meter.minimum, meter.maximum, meter.missing, meter.full) == (2, 3, 8, 1, False)
    assert sb.completeness([], bounds).missing == 3


def test_caption_and_text_are_cleaned_and_return_what_they_were(board):
    store, team_id, bounds = board
    panel = sb.add_panel(store, team_id, "pitch", bounds)
    assert sb.set_caption(store, panel, "De   burger\tbelt") == ""
    assert sb.set_text(store, panel, "  Eerste regel\r\ntweede regel  ") == ""
    assert sb.set_caption(store, panel, "Het loket") == "De burger belt"
    stored = sb.panels(store, team_id, "pitch")[0]
    assert (stored.caption, stored.text) == ("Het loket", "Eerste regel\ntweede regel")
    with pytest.raises(DomainError) as too_long:
        sb.set_caption(store, panel, "x" * 121)
    assert too_long.value.code == "panel_caption_long" and too_long.value.params["limit"] == 120
    with pytest.raises(DomainError) as control:
        sb.set_text(store, panel, "bel\x07")
    assert control.value.code == "text_control"
    assert sb.panels(store, team_id, "pitch")[0] == stored  # nothing changed
    with pytest.raises(DomainError):
        sb.edit_panel(store, panel, "Nieuw onderschrift", "y" * 5001)  # the caption is not kept without its text
    assert sb.panels(store, team_id, "pitch")[0] == stored
    assert sb.edit_panel(store, panel, "Nieuw", "Tekst") == ("Het loket", "Eerste regel\ntweede regel")
    assert (sb.panels(store, team_id, "pitch")[0].caption, sb.panels(store, team_id, "pitch")[0].text) == ("Nieuw", "Tekst")


def test_moving_keeps_positions_dense_and_returns_the_old_place(board):
    store, team_id, bounds = board
    ids = [sb.add_panel(store, team_id, "pitch", bounds, name) for name in "ABCDE"]
    assert sb.move_panel(store, ids[0], 3) == 0
    assert captions(store, team_id) == list("BCDAE")
    assert sb.move_panel(store, ids[4], 0) == 4
    assert captions(store, team_id) == list("EBCDA")
    sb.move_panel(store, ids[1], 99)  # beyond the end: the last place
    assert captions(store, team_id) == list("ECDAB")
    sb.move_panel(store, ids[1], 3)  # undo of the move above
    assert captions(store, team_id) == list("ECDBA")


def test_delete_closes_the_gap_and_restore_puts_it_back_in_place_with_its_picture(board):
    store, team_id, bounds = board
    ids = [sb.add_panel(store, team_id, "pitch", bounds, name) for name in "ABCD"]
    sb.set_text(store, ids[1], "tekst")
    sb.set_picture(store, ids[1], PICTURE)
    snapshot = sb.delete_panel(store, ids[1])
    assert (snapshot.position, snapshot.caption, snapshot.text, snapshot.picture) == (1, "B", "tekst", PICTURE)
    assert captions(store, team_id) == list("ACD")
    sb.restore_panel(store, snapshot, bounds)
    assert captions(store, team_id) == list("ABCD")
    back = sb.panels(store, team_id, "pitch")[1]
    assert (back.id, back.text, back.picture) == (ids[1], "tekst", PICTURE)


def test_restoring_into_a_full_storyboard_is_refused(board):
    store, team_id, bounds = board
    first = sb.add_panel(store, team_id, "pitch", bounds, "weg")
    snapshot = sb.delete_panel(store, first)
    for _ in range(8):  # meanwhile, another laptop filled it
        sb.add_panel(store, team_id, "pitch", bounds)
    with pytest.raises(DomainError) as refused:
        sb.restore_panel(store, snapshot, bounds)
    assert refused.value.code == "storyboard_full"
    assert "weg" not in captions(store, team_id)


def test_a_picture_is_set_replaced_and_removed_each_returning_the_one_before(board):
    store, team_id, bounds = board
    panel = sb.add_panel(store, team_id, "pitch", bounds)
    assert sb.set_picture(store, panel, PICTURE) is None
    other = Picture(b"\xff\xd8 jpeg", "jpeg", 1600, 1200)
    assert sb.set_picture(store, panel, other) == PICTURE
    assert sb.panels(store, team_id, "pitch")[0].picture == other
    assert sb.set_picture(store, panel, None) == other
    assert sb.panels(store, team_id, "pitch")[0].picture is None


def test_a_panel_removed_elsewhere_is_reported(board):
    store, team_id, bounds = board
    panel = sb.add_panel(store, team_id, "pitch", bounds)
    sb.delete_panel(store, panel)
    for action in (lambda: sb.set_caption(store, panel, "x"), lambda: sb.move_panel(store, panel, 0),
                   lambda: sb.set_picture(store, panel, PICTURE), lambda: sb.delete_panel(store, panel)):
        with pytest.raises(DomainError) as missing:
            action()
        assert missing.value.code == "panel_missing"


def test_each_team_has_its_own_storyboard(board):
    store, team_id, bounds = board
    with store.read() as session:
        from db.models import Team
        event_id = session.get(Team, team_id).event_id
    other = add_team(store, event_id, "gemeentelijke_it")
    sb.add_panel(store, team_id, "pitch", bounds, "ons")
    sb.add_panel(store, other, "pitch", bounds, "hun")
    assert captions(store, team_id) == ["ons"] and captions(store, other) == ["hun"]
