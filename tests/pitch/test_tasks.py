"""The pitch's task split: members ticked for tasks, one write each, the presenter always presenting."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team, remove_member, set_role
from app.paths import template_path
from app.pitch.tasks import assign, presenter, set_presenter, split_count, task_split, unassign
from db.models import PitchTask


@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    members = [add_member(store, team_id, name) for name in ("Anna", "Bram", "Carla")]
    return store, event_id, team_id, members


def members_of(store, template, team_id, task_key):
    return next(line.member_ids for line in task_split(store, template, team_id, "nl") if line.key == task_key)


def rows(store):
    with store.read() as session:
        return sorted((r.task_key, r.member_id) for r in session.exec(select(PitchTask)).all())


def test_the_split_lists_the_template_tasks_with_nobody_yet(team, staatsprint_template):
    store, _, team_id, _ = team
    lines = task_split(store, staatsprint_template, team_id, "nl")
    assert [line.key for line in lines] == ["storyboard", "flipover", "rehearsal", "presenting", "questions"]
    assert lines[0].title == "Storyboard tekenen"
    assert all(line.member_ids == () for line in lines)
    assert split_count(lines) == (0, 5)


def test_a_task_has_several_members_and_a_member_several_tasks(team, staatsprint_template):
    store, _, team_id, (anna, bram, carla) = team
    assert assign(store, staatsprint_template, team_id, "storyboard", carla)
    assert assign(store, staatsprint_template, team_id, "storyboard", anna)
    assert assign(store, staatsprint_template, team_id, "rehearsal", anna)
    assert not assign(store, staatsprint_template, team_id, "rehearsal", anna)  # already: nothing written
    assert members_of(store, staatsprint_template, team_id, "storyboard") == (anna, carla)  # the team's order
    assert members_of(store, staatsprint_template, team_id, "rehearsal") == (anna,)
    assert split_count(task_split(store, staatsprint_template, team_id, "nl")) == (2, 5)
    assert unassign(store, staatsprint_template, team_id, "storyboard", anna)
    assert not unassign(store, staatsprint_template, team_id, "storyboard", anna)
    assert members_of(store, staatsprint_template, team_id, "storyboard") == (carla,)


def test_a_removed_member_takes_their_tasks_along(team, staatsprint_template):
    store, _, team_id, (anna, bram, _) = team
    assign(store, staatsprint_template, team_id, "flipover", anna)
    assign(store, staatsprint_template, team_id, "flipover", bram)
    remove_member(store, bram)
    assert rows(store) == [("flipover", anna)]


def test_a_member_of_another_team_or_an_unknown_task_is_refused_and_nothing_changes(team, staatsprint_template):
    store, event_id, team_id, (anna, _, _) = team
    other = add_member(store, add_team(store, event_id, "gemeentelijke_it"), "Dirk")
    with pytest.raises(DomainError) as refused:
        assign(store, staatsprint_template, team_id, "storyboard", other)
    assert refused.value.code == "member_other_team"
    with pytest.raises(DomainError) as refused:
        assign(store, staatsprint_template, team_id, "dancing", anna)
    assert refused.value.code == "task_unknown"
    with pytest.raises(DomainError) as refused:
        assign(store, staatsprint_template, team_id, "storyboard", 9999)
    assert refused.value.code == "member_missing"
    assert rows(store) == []


def test_the_presenter_always_presents(team, staatsprint_template):
    store, _, team_id, (anna, bram, carla) = team
    set_role(store, team_id, "presenter", bram, staatsprint_template)  # chosen on the team page, long before
    line = next(line for line in task_split(store, staatsprint_template, team_id, "nl") if line.key == "presenting")
    assert line.member_ids == (bram,) and line.presenter_id == bram
    with pytest.raises(DomainError) as refused:
        unassign(store, staatsprint_template, team_id, "presenting", bram)
    assert refused.value.code == "presenter_presents"
    assert members_of(store, staatsprint_template, team_id, "presenting") == (bram,)
    assign(store, staatsprint_template, team_id, "presenting", anna)  # presenting together
    assert members_of(store, staatsprint_template, team_id, "presenting") == (anna, bram)


def test_a_new_presenter_takes_the_old_ones_place_and_undo_gets_it_back(team, staatsprint_template):
    store, _, team_id, (anna, bram, carla) = team
    assert set_presenter(store, staatsprint_template, team_id, bram) is None
    assert set_presenter(store, staatsprint_template, team_id, carla) == bram
    assert members_of(store, staatsprint_template, team_id, "presenting") == (carla,)
    set_presenter(store, staatsprint_template, team_id, bram)  # undo
    assert presenter(store, team_id) == bram
    assert members_of(store, staatsprint_template, team_id, "presenting") == (bram,)
    set_presenter(store, staatsprint_template, team_id, None)
    assert members_of(store, staatsprint_template, team_id, "presenting") == ()
