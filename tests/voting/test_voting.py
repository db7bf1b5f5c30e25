"""The vote rules: budgets, several per item or not, hidden until the reveal, ties, keep-at-most."""

from __future__ import annotations

from datetime import date

import pytest

from app.day.template import Rules
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from app.voting.voting import (
    Ballot,
    Progress,
    ballots,
    cast,
    check_dot,
    outcome,
    places,
    progress,
    ranking,
    remaining,
    visible,
    withdraw,
)

TEN_MANY = Rules(budget_per_member=10, several_per_item=True, hidden_until_reveal=True)
THREE_ONCE = Rules(budget_per_member=3, several_per_item=False, keep_at_most=3)
TWO_CAPTAIN = Rules(budget_per_member=2, several_per_item=True, tie_breaker="captain")


def dots(*triples):
    return [Ballot(v, t, d) for v, t, d in triples]


def test_budget_and_remaining():
    placed = dots((1, 10, 4), (1, 11, 6))
    assert remaining(TEN_MANY, placed, 1) == 0 and remaining(TEN_MANY, placed, 2) == 10
    with pytest.raises(DomainError, match="all 10 dots are placed") as caught:
        check_dot(TEN_MANY, placed, 1, 12)
    assert caught.value.code == "vote_budget"


def test_progress_says_who_has_voted_without_where():
    placed = dots((1, 10, 4), (1, 11, 6), (2, 10, 3))
    assert progress(TEN_MANY, placed, [1, 2, 3]) == {1: Progress(10, 0), 2: Progress(3, 7), 3: Progress(0, 10)}
    assert [p.done for p in progress(TEN_MANY, placed, [1, 2, 3]).values()] == [True, False, False]


def test_several_dots_on_one_item_when_allowed():
    check_dot(TEN_MANY, dots((1, 10, 9)), 1, 10)  # the tenth on the same item is fine


def test_one_dot_per_item_when_not():
    with pytest.raises(DomainError) as caught:
        check_dot(THREE_ONCE, dots((1, 10, 1)), 1, 10)
    assert caught.value.code == "vote_one_per_item"
    check_dot(THREE_ONCE, dots((1, 10, 1)), 1, 11)


def test_ranking_most_first_and_equal_counts_keep_their_order():
    placed = dots((1, 10, 2), (2, 11, 3), (3, 12, 2))
    assert ranking(placed, [10, 11, 12, 13]) == [(11, 3), (10, 2), (12, 2), (13, 0)]


def test_hidden_until_reveal_shows_only_your_own_dots():
    placed = dots((1, 10, 3), (2, 10, 4))
    assert visible(TEN_MANY, placed, viewer_id=1, revealed=False) == [Ballot(1, 10, 3)]
    assert visible(TEN_MANY, placed, viewer_id=None, revealed=False) == []
    assert visible(TEN_MANY, placed, viewer_id=1, revealed=True) == placed
    assert visible(THREE_ONCE, placed, viewer_id=1, revealed=False) == placed  # not a hidden vote


def test_keep_at_most_three_ideas():
    placed = dots((1, 1, 1), (1, 2, 1), (1, 3, 1), (2, 1, 1), (2, 2, 1), (2, 4, 1), (3, 1, 1), (3, 5, 1), (3, 6, 1))
    result = outcome(THREE_ONCE, placed, [1, 2, 3, 4, 5, 6])
    assert result.kept == (1, 2) and set(result.tied) == {3, 4, 5, 6} and result.open_places == 1
    assert result.decided_by is None  # no role: the team chooses together


def test_no_tie_at_the_cut_keeps_the_top():
    placed = dots((1, 1, 1), (1, 2, 1), (1, 3, 1), (2, 1, 1), (2, 2, 1), (3, 1, 1))
    assert outcome(THREE_ONCE, placed, [1, 2, 3, 4]).kept == (1, 2, 3)


def test_the_captain_breaks_a_tie_between_themes():
    placed = dots((1, 7, 2), (2, 8, 2))
    result = outcome(TWO_CAPTAIN, placed, [7, 8, 9])
    assert places(TWO_CAPTAIN) == 1
    assert result.kept == () and result.tied == (7, 8) and result.open_places == 1 and result.decided_by == "captain"
    assert outcome(TWO_CAPTAIN, dots((1, 7, 2), (2, 8, 1), (2, 7, 1)), [7, 8, 9]).kept == (7,)


def test_a_ranking_vote_keeps_everything_with_dots():
    assert outcome(TEN_MANY, dots((1, 5, 3), (2, 6, 1)), [4, 5, 6]).kept == (5, 6)


@pytest.mark.parametrize("which", ["staatsprint_template", "mini_template"])
def test_the_templates_vote_rules_drive_the_same_mechanism(request, which):
    template = request.getfixturevalue(which)
    for step in template.steps():
        if step.kind.value != "dot_vote":
            continue
        rules = step.rules
        voter_ballots: list[Ballot] = []
        target = 1
        while remaining(rules, voter_ballots, 1):
            check_dot(rules, voter_ballots, 1, target)
            voter_ballots.append(Ballot(1, target, 1))
            target += 0 if rules.several_per_item else 1
        assert len(voter_ballots) == rules.budget_per_member
        with pytest.raises(DomainError):
            check_dot(rules, voter_ballots, 1, 99)


def test_stored_dots_obey_the_rules_and_change_nothing_when_refused(store, staatsprint_template):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    anna = add_member(store, team_id, "Anna")
    rules = staatsprint_template.step("idea_vote").rules
    cast(store, rules, team_id, "idea_vote", anna, 501)
    with pytest.raises(DomainError, match="one dot per item"):
        cast(store, rules, team_id, "idea_vote", anna, 501)
    cast(store, rules, team_id, "idea_vote", anna, 502)
    cast(store, rules, team_id, "idea_vote", anna, 503)
    with pytest.raises(DomainError, match="all 3 dots"):
        cast(store, rules, team_id, "idea_vote", anna, 504)
    assert sorted(b.target_id for b in ballots(store, team_id, "idea_vote")) == [501, 502, 503]
    withdraw(store, team_id, "idea_vote", anna, 502)
    assert remaining(rules, ballots(store, team_id, "idea_vote"), anna) == 1
    with pytest.raises(DomainError, match="no dot on this item"):
        withdraw(store, team_id, "idea_vote", anna, 502)
