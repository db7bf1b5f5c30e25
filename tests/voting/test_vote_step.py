"""A vote in a team's day: its items, turns, reveal, ties decided by the captain, what is kept."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from app.board.board import add_cluster, add_note
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.outcomes.knelpunten import add_knelpunt
from app.paths import template_path
from app.voting.vote_step import (
    decide,
    is_revealed,
    kept,
    result,
    reveal,
    source_step,
    vote_items,
)
from app.voting.voting import ballots, cast, visible

NOW = datetime(2026, 3, 11, 11, 0, tzinfo=timezone.utc)


@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    return event_id, team_id, [add_member(store, team_id, n) for n in ("Anna", "Bram", "Cas")]


def test_each_vote_finds_its_items(store, team, staatsprint_template):
    _event_id, team_id, (anna, *_rest) = team
    t = staatsprint_template
    assert source_step(t, t.step("theme_vote")).key == "themes"
    assert source_step(t, t.step("idea_vote")).key == "idea_race"
    k = add_knelpunt(store, team_id, "Silo's")
    add_cluster(store, team_id, "themes", "Eén keer vragen", (0, 0, 1, 1))
    idea = add_note(store, team_id, "idea_race", anna, "App store voor gemeenten", 0, 0)
    assert [i.id for i in vote_items(store, t, team_id, t.step("dot_vote"))] == [k]
    assert [i.label for i in vote_items(store, t, team_id, t.step("theme_vote"))] == ["Eén keer vragen"]
    assert [i.id for i in vote_items(store, t, team_id, t.step("idea_vote"))] == [idea]


def test_three_members_vote_by_turns_then_reveal_and_tally(store, team, staatsprint_template):
    event_id, team_id, (anna, bram, cas) = team
    step = staatsprint_template.step("dot_vote")
    a = add_knelpunt(store, team_id, "Inkoop")
    b = add_knelpunt(store, team_id, "Data")
    for voter, spread in ((anna, (7, 3)), (bram, (2, 8)), (cas, (10, 0))):
        for target, count in zip((a, b), spread):
            for _ in range(count):
                cast(store, step.rules, team_id, step.key, voter, target)
    hidden = visible(step.rules, ballots(store, team_id, step.key), bram, is_revealed(store, event_id, team_id, step.key))
    assert {b_.voter_id for b_ in hidden} == {bram}  # before the reveal: only your own dots
    reveal(store, event_id, team_id, step, NOW)
    assert is_revealed(store, event_id, team_id, step.key)
    assert result(store, staatsprint_template, team_id, step).ranking == ((a, 19), (b, 11))


def test_the_captain_breaks_the_theme_tie(store, team, staatsprint_template):
    _event_id, team_id, (anna, bram, _cas) = team
    step = staatsprint_template.step("theme_vote")
    one = add_cluster(store, team_id, "themes", "Eén", (0, 0, 1, 1))
    two = add_cluster(store, team_id, "themes", "Twee", (0, 0, 1, 1))
    for voter, target in ((anna, one), (anna, one), (bram, two), (bram, two)):
        cast(store, step.rules, team_id, step.key, voter, target)
    outcome = result(store, staatsprint_template, team_id, step)
    assert outcome.tied == (one, two) and outcome.decided_by == "captain"
    with pytest.raises(DomainError, match="choose 1"):
        decide(store, staatsprint_template, team_id, step, [one, two], anna)
    assert decide(store, staatsprint_template, team_id, step, [two], anna) == [two]
    assert kept(store, team_id, step.key) == [two]
