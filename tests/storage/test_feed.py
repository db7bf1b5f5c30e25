"""Every commit is announced once, with what changed and for which team; a rollback is silent."""

from __future__ import annotations

from datetime import date

import pytest

from app.event.events import create_event
from app.event.teams import add_member, add_team, set_team_name
from app.paths import template_path
from app.storage.feed import ChangeFeed

SOURCE = template_path("staatsprint").read_text(encoding="utf-8")


@pytest.fixture
def heard(store):
    batches = []
    store.feed.subscribe(batches.append)
    return batches


def test_a_commit_announces_its_rows_with_their_team(store, heard):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    team_id = add_team(store, event_id, "it_personeel")
    heard.clear()
    member_id = add_member(store, team_id, "Priya Ramdin")
    assert len(heard) == 1
    (change,) = heard[0]
    assert (change.table, change.action, change.row_id, change.team_id) == ("member", "insert", member_id, team_id)


def test_an_update_names_the_team(store, heard):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    heard.clear()
    set_team_name(store, team_id, "Bits & Banen")
    assert [(c.table, c.action, c.team_id, c.event_id) for c in heard[0]] == [("team", "update", team_id, event_id)]


def test_a_failed_action_announces_nothing(store, heard):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    add_member(store, team_id, "Jan")
    heard.clear()
    with pytest.raises(Exception):
        add_member(store, team_id, "jan")
    assert heard == []


def test_nested_actions_are_one_transaction_and_one_batch(store, heard):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    heard.clear()
    with store.write():
        team_id = add_team(store, event_id, None)
        add_member(store, team_id, "Anna")
        add_member(store, team_id, "Bram")
    assert len(heard) == 1
    assert sorted(c.table for c in heard[0]) == ["member", "member", "team"]


def test_a_failure_inside_a_nested_action_undoes_all_of_it(store, heard):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    heard.clear()
    with pytest.raises(Exception):
        with store.write():
            team_id = add_team(store, event_id, None)
            add_member(store, team_id, "Anna")
            add_member(store, team_id, "")  # refused: no name
    from app.day.template_file import parse_template
    from app.event.teams import team_views

    assert team_views(store, event_id, parse_template(SOURCE, "t")) == []
    assert heard == []


def test_one_broken_listener_does_not_silence_the_others():
    feed = ChangeFeed()
    heard = []

    def broken(_batch):
        raise RuntimeError("boom")

    feed.subscribe(broken)
    feed.subscribe(heard.append)
    feed.publish(["x"])
    assert heard == [("x",)]


def test_unsubscribe_stops_delivery():
    feed = ChangeFeed()
    heard = []
    stop = feed.subscribe(heard.append)
    stop()
    feed.publish(["x"])
    assert heard == []


def test_a_failure_caught_inside_a_joined_action_keeps_the_rest(store, heard):
    from app.errors import DomainError

    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    with store.write():
        team_id = add_team(store, event_id, None)
        try:
            add_member(store, team_id, "")
        except DomainError:
            pass
        add_member(store, team_id, "Anna")
    from app.day.template_file import parse_template
    from app.event.teams import team_views

    (team,) = team_views(store, event_id, parse_template(SOURCE, "t"))
    assert [m.name for m in team.members] == ["Anna"]


def test_deletes_are_announced_and_no_op_updates_are_not(store, heard):
    from app.event.teams import remove_member

    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    member_id = add_member(store, team_id, "Anna")
    heard.clear()
    set_team_name(store, team_id, "")  # already without a name: nothing changes
    assert heard == []
    remove_member(store, member_id)
    assert [(c.table, c.action, c.row_id) for c in heard[0]] == [("member", "delete", member_id)]
