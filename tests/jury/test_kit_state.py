"""Whether a juror's kit still matches the set-up: a re-draw, a move, an absent mark or a split into rooms
after the kits were written makes them "from an earlier order"; a kit logged before the order was kept
counts as current; a juror whose scores arrived without a kit is known."""

from __future__ import annotations

from sqlmodel import select

from app.jury.kit import write_kit
from app.jury.kit_state import kit_states
from app.jury.running_order import add_missing, draw, move, running_order, set_absent, set_rooms
from db.models import JuryLog
from tests.jury.setup_data import file_arrives, jury_event


def test_a_fresh_kit_is_current_and_a_juror_without_one_is_not_exported(sqlite_store, staatsprint_template, tmp_path):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    draw(sqlite_store, event_id, seed=3)
    write_kit(sqlite_store, event_id, ids[0], staatsprint_template, "nl", tmp_path)
    states = kit_states(sqlite_store, event_id)
    assert states[ids[0]].exported_at is not None and not states[ids[0]].earlier_order and not states[ids[0]].earlier_rubric
    assert states[ids[1]].exported_at is None and not states[ids[1]].file_in


def test_every_change_of_the_order_makes_the_kit_one_of_an_earlier_order(sqlite_store, staatsprint_template, tmp_path):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template, teams=4)
    draw(sqlite_store, event_id, seed=3)
    changes = [
        lambda: draw(sqlite_store, event_id, seed=4),
        lambda: move(sqlite_store, event_id, running_order(sqlite_store, event_id)[0].team_id, 1),
        lambda: set_absent(sqlite_store, event_id, teams[2], True),
        lambda: set_rooms(sqlite_store, event_id, ["Zaal 1", "Zaal 2"]),
    ]
    for change in changes:
        write_kit(sqlite_store, event_id, ids[0], staatsprint_template, "nl", tmp_path)
        assert not kit_states(sqlite_store, event_id)[ids[0]].earlier_order
        change()
        assert kit_states(sqlite_store, event_id)[ids[0]].earlier_order


def test_an_order_unchanged_by_an_action_keeps_the_kit_current(sqlite_store, staatsprint_template, tmp_path):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    draw(sqlite_store, event_id, seed=3)
    write_kit(sqlite_store, event_id, ids[0], staatsprint_template, "nl", tmp_path)
    add_missing(sqlite_store, event_id)  # every team is in the order: nothing changes
    assert not kit_states(sqlite_store, event_id)[ids[0]].earlier_order


def test_a_kit_logged_without_the_order_counts_as_current(sqlite_store, staatsprint_template, tmp_path):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    write_kit(sqlite_store, event_id, ids[0], staatsprint_template, "nl", tmp_path)
    with sqlite_store.write() as session:
        row = session.exec(select(JuryLog).where(JuryLog.kind == "kit_exported")).one()
        row.detail = {key: value for key, value in row.detail.items() if key != "order"}
    draw(sqlite_store, event_id, seed=3)
    assert not kit_states(sqlite_store, event_id)[ids[0]].earlier_order


def test_a_juror_whose_scores_arrived_without_a_kit(sqlite_store, staatsprint_template):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    file_arrives(sqlite_store, event_id, ids[1])
    states = kit_states(sqlite_store, event_id)
    assert states[ids[1]].file_in and states[ids[1]].exported_at is None and not states[ids[0]].file_in
