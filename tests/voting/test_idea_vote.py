"""The idea vote: the race's ideas, 3 votes each, the top 3 with a tie at the cut resolved by choosing
or by a re-vote among the tied only, at most 3 kept (the team may keep fewer)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.board.board import add_note
from app.day.template import Rules
from app.day.template_file import parse_template
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from app.voting.revote import (
    place_round_dot,
    reveal_round,
    round_key,
    start_round,
    take_round_dot,
    tie_state,
)
from app.voting.selection import keep, kept_items, unkeep
from app.voting.vote_step import decide, kept, place_dot, result, reveal, vote_items
from app.voting.voting import Ballot, ballots, cut, outcome
from tests.conftest import MINI_TEMPLATE

START = datetime(2026, 3, 11, 14, 0, tzinfo=timezone.utc)

# The mini sprint with an idea vote of its own numbers: 2 dots each, at most 2 kept.
MINI_WITH_PICK = MINI_TEMPLATE.read_text(encoding="utf-8") + '''
[[phases.steps]]
key = "pick_ideas"
kind = "dot_vote"
title = { nl = "Ideeën kiezen", en = "Pick ideas" }
minutes = 4
instruction = { nl = "Twee stippen, één per idee.", en = "Two dots, one per idea." }
rules = { votes_on = "ideas", budget_per_member = 2, several_per_item = false, keep_at_most = 2, hidden_until_reveal = true }
'''
SETUPS = {"staatsprint": ("idea_vote", "idea_race"), "mini": ("pick_ideas", "idea_sprint")}  # the race nearest before it


class Clock:
    """A fake clock: each reveal a minute after the one before."""

    def __init__(self) -> None:
        self.now = START

    def tick(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture(params=sorted(SETUPS))
def race(request, store):
    source = template_path("staatsprint").read_text(encoding="utf-8") if request.param == "staatsprint" else MINI_WITH_PICK
    template = parse_template(source, "test")
    event_id = create_event(store, source, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    members = [add_member(store, team_id, n) for n in ("Anna", "Bram", "Cas", "Dirk")]
    vote_key, race_key = SETUPS[request.param]
    return template, event_id, team_id, members, template.step(vote_key), race_key


def _ideas(store, team_id, race_key, author, count):
    parts = ["round1", "round2", "round1:typed", ""]  # counted in a round, typed after it, or written outside a round
    return [add_note(store, team_id, race_key, author, f"Idee {n}", 0, 0, part_key=parts[n % 4]) for n in range(count)]


def _vote(store, template, event_id, team_id, step, plan):
    for voter, targets in plan:
        for target in targets:
            place_dot(store, template, event_id, team_id, step, voter, target)


RULES = Rules(budget_per_member=3, several_per_item=False, keep_at_most=3)


def _ballots(dots: dict[int, int]) -> list[Ballot]:
    return [Ballot(voter, target, 1) for target, count in dots.items() for voter in range(count)]


@pytest.mark.parametrize(("dots", "kept", "tied", "open_places"), [
    ({1: 5, 2: 4, 3: 3, 4: 1}, (1, 2, 3), (), 0),  # no tie
    ({1: 5, 2: 4, 3: 2, 4: 2, 5: 1}, (1, 2), (3, 4), 1),  # a tie at the cut
    ({1: 5, 2: 5, 3: 3, 4: 1}, (1, 2, 3), (), 0),  # a tie above the cut: both kept
    ({1: 4, 2: 4, 3: 4, 4: 4}, (), (1, 2, 3, 4), 3),  # everything tied
    ({1: 2, 2: 1}, (1, 2), (), 0),  # fewer than 3 items with dots
    ({1: 3, 2: 3, 3: 3}, (1, 2, 3), (), 0),  # three tied for three places: no tie to resolve
    ({1: 3, 2: 2, 3: 2, 4: 2}, (1,), (2, 3, 4), 2),  # three tied for two places
])
def test_the_top_three_cut(dots, kept, tied, open_places):
    result_ = outcome(RULES, _ballots(dots), [1, 2, 3, 4, 5])
    assert (result_.kept, result_.tied, result_.open_places) == (kept, tied, open_places)


def test_a_re_vote_cut_counts_items_nobody_voted_for():
    assert cut([(7, 2), (8, 0), (9, 0)], 2) == ((7,), (8, 9), 1)


def test_the_items_are_every_idea_of_the_race(store, race):
    template, _event_id, team_id, (anna, *_), step, race_key = race
    ideas = _ideas(store, team_id, race_key, anna, 4)
    assert [i.id for i in vote_items(store, template, team_id, step)] == ideas  # also the one written outside a round


def test_bad_votes_are_refused_and_change_nothing(store, race):
    template, event_id, team_id, (anna, bram, *_), step, race_key = race
    ideas = _ideas(store, team_id, race_key, anna, 5)
    budget = step.rules.budget_per_member
    _vote(store, template, event_id, team_id, step, [(anna, ideas[:budget]), (bram, ideas[:1])])
    before = ballots(store, team_id, step.key)
    with pytest.raises(DomainError, match=f"all {budget} dots are placed") as over:
        place_dot(store, template, event_id, team_id, step, anna, ideas[budget])
    assert over.value.code == "vote_budget"
    with pytest.raises(DomainError, match="one dot per item") as second:
        place_dot(store, template, event_id, team_id, step, bram, ideas[0])  # a dot left, but not for this idea
    assert second.value.code == "vote_one_per_item"
    assert ballots(store, team_id, step.key) == before


def test_without_a_tie_the_top_is_kept_at_the_reveal_and_the_team_may_keep_fewer(store, race):
    template, event_id, team_id, members, step, race_key = race
    limit = step.rules.keep_at_most
    ideas = _ideas(store, team_id, race_key, members[0], limit + 2)
    _vote(store, template, event_id, team_id, step, [(m, ideas[:limit]) for m in members[:3]] + [(members[3], ideas[limit:limit + 1])])
    reveal(store, event_id, team_id, step, START)
    assert kept(store, team_id, step.key) == ideas[:limit]
    unkeep(store, template, event_id, team_id, step, ideas[0])
    assert kept(store, team_id, step.key) == ideas[1:limit]
    keep(store, template, event_id, team_id, step, ideas[0])  # back, in its place in the ranking
    assert kept(store, team_id, step.key) == ideas[:limit]
    unkeep(store, template, event_id, team_id, step, ideas[0])
    with pytest.raises(DomainError) as not_top:
        keep(store, template, event_id, team_id, step, ideas[limit])  # fewer dots than the cut
    assert not_top.value.code == "keep_not_top"
    assert kept(store, team_id, step.key) == ideas[1:limit]
    for idea in ideas[1:limit - 1]:
        unkeep(store, template, event_id, team_id, step, idea)
    with pytest.raises(DomainError) as last:
        unkeep(store, template, event_id, team_id, step, ideas[limit - 1])
    assert last.value.code == "keep_last" and kept(store, team_id, step.key) == [ideas[limit - 1]]


def test_a_tie_at_the_cut_is_chosen_and_a_fourth_is_refused(store, race):
    template, event_id, team_id, members, step, race_key = race
    limit = step.rules.keep_at_most
    ideas = _ideas(store, team_id, race_key, members[0], limit + 2)
    first, tied = ideas[: limit - 1], ideas[limit - 1:limit + 2]  # three tied for the last place
    _vote(store, template, event_id, team_id, step, [(m, first) for m in members[:2]] + [(m, [t]) for m, t in zip(members[1:], tied)])
    reveal(store, event_id, team_id, step, START)
    outcome_ = result(store, template, team_id, step)
    assert (outcome_.kept, outcome_.tied, outcome_.open_places) == (tuple(first), tuple(tied), 1)
    assert kept(store, team_id, step.key) == []  # nothing kept until the team resolves the tie
    with pytest.raises(DomainError) as early:
        unkeep(store, template, event_id, team_id, step, first[0])
    assert early.value.code == "keep_tie_open"
    decide(store, template, team_id, step, [tied[1]], None)
    assert kept(store, team_id, step.key) == first + [tied[1]]
    assert [(i.tie_break, i.decided_by_name) for i in kept_items(store, template, event_id, team_id, step)][-1] == (True, "")
    with pytest.raises(DomainError, match=f"at most {limit} are kept: un-keep one first") as fourth:
        keep(store, template, event_id, team_id, step, tied[0])
    assert fourth.value.code == "keep_limit" and fourth.value.params == {"limit": limit}
    assert kept(store, team_id, step.key) == first + [tied[1]]


def test_a_tie_at_the_cut_resolved_by_re_votes(store, race):
    template, event_id, team_id, (anna, bram, cas, dirk), step, race_key = race
    limit = step.rules.keep_at_most
    ideas = _ideas(store, team_id, race_key, anna, limit + 2)
    first, tied = ideas[: limit - 1], ideas[limit - 1:limit + 2]
    _vote(store, template, event_id, team_id, step, [(m, first) for m in (anna, bram)] + [(m, [t]) for m, t in zip((bram, cas, dirk), tied)])
    clock = Clock()
    reveal(store, event_id, team_id, step, clock.tick())
    start_round(store, template, event_id, team_id, step)
    with pytest.raises(DomainError) as not_tied:
        place_round_dot(store, template, event_id, team_id, step, anna, first[0])
    assert not_tied.value.code == "revote_not_tied"
    place_round_dot(store, template, event_id, team_id, step, anna, tied[0])
    with pytest.raises(DomainError, match="all 1 dots are placed"):  # one dot per open place
        place_round_dot(store, template, event_id, team_id, step, anna, tied[1])
    place_round_dot(store, template, event_id, team_id, step, bram, tied[1])
    still = reveal_round(store, template, event_id, team_id, step, clock.tick())
    assert (still.tied, still.rounds, kept(store, team_id, step.key)) == ((tied[0], tied[1]), 1, [])  # still tied
    start_round(store, template, event_id, team_id, step)
    assert tie_state(store, template, event_id, team_id, step).voting
    for voter in (anna, bram, cas):
        place_round_dot(store, template, event_id, team_id, step, voter, tied[1])
    take_round_dot(store, template, event_id, team_id, step, cas, tied[1])
    place_round_dot(store, template, event_id, team_id, step, cas, tied[0])
    done = reveal_round(store, template, event_id, team_id, step, clock.tick())
    assert done.tied == () and kept(store, team_id, step.key) == first + [tied[1]]
    last = kept_items(store, template, event_id, team_id, step)[-1]
    assert (last.id, last.tie_break, last.by_revote) == (tied[1], True, True)
    assert len(ballots(store, team_id, round_key(step.key, 2))) == 3  # each round's dots kept under its own key
    with pytest.raises(DomainError) as over:
        start_round(store, template, event_id, team_id, step)
    assert over.value.code == "revote_no_tie"


def test_everything_tied_a_re_vote_fills_the_places(store, race):
    template, event_id, team_id, members, step, race_key = race
    limit = step.rules.keep_at_most
    ideas = _ideas(store, team_id, race_key, members[0], limit + 1)
    _vote(store, template, event_id, team_id, step, [(m, [i]) for m, i in zip(members, ideas)])
    reveal(store, event_id, team_id, step, START)
    assert tie_state(store, template, event_id, team_id, step).open_places == limit
    start_round(store, template, event_id, team_id, step)
    for voter in members:
        for idea in ideas[:limit]:
            place_round_dot(store, template, event_id, team_id, step, voter, idea)
    reveal_round(store, template, event_id, team_id, step, START + timedelta(minutes=2))
    assert kept(store, team_id, step.key) == ideas[:limit]


def test_a_re_vote_that_fills_one_of_two_places_leaves_the_last_to_choose(store, race):
    template, event_id, team_id, (anna, bram, cas, dirk), step, race_key = race
    limit = step.rules.keep_at_most
    ideas = _ideas(store, team_id, race_key, anna, limit + 2)
    first, tied = ideas[: limit - 2], ideas[limit - 2:limit + 1]  # three tied for the last two places
    _vote(store, template, event_id, team_id, step, [(m, first) for m in (anna, bram)] + [(m, [t]) for m, t in zip((bram, cas, dirk), tied)])
    reveal(store, event_id, team_id, step, START)
    start_round(store, template, event_id, team_id, step)
    for voter, targets in ((anna, tied[:2]), (bram, (tied[0], tied[2]))):
        for target in targets:
            place_round_dot(store, template, event_id, team_id, step, voter, target)
    state = reveal_round(store, template, event_id, team_id, step, START + timedelta(minutes=1))
    assert (state.revoted, state.tied, state.open_places) == ((tied[0],), (tied[1], tied[2]), 1)
    decide(store, template, team_id, step, [*state.revoted, tied[2]], anna)
    assert kept(store, team_id, step.key) == first + [tied[0], tied[2]]
    how = {i.id: (i.tie_break, i.by_revote, i.decided_by_name) for i in kept_items(store, template, event_id, team_id, step)}
    assert how[tied[0]] == (True, True, "Anna") and how[tied[2]] == (True, False, "Anna")


def test_everything_tied_the_team_may_keep_fewer_but_not_more_nor_none(store, race):
    """Four ideas tied for the open places: the workbook keeps *at most* that many, so the team may
    choose fewer at once (70.png/71.png); more than the places, or none at all, is refused unchanged."""
    template, event_id, team_id, members, step, race_key = race
    limit = step.rules.keep_at_most
    ideas = _ideas(store, team_id, race_key, members[0], limit + 1)
    _vote(store, template, event_id, team_id, step, [(m, [i]) for m, i in zip(members, ideas)])
    reveal(store, event_id, team_id, step, START)
    with pytest.raises(DomainError) as more:
        decide(store, template, team_id, step, ideas, None)
    assert (more.value.code, more.value.params) == ("vote_choice_at_most", {"places": limit})
    with pytest.raises(DomainError) as none:
        decide(store, template, team_id, step, [], None)
    assert none.value.code == "vote_choice_none" and kept(store, team_id, step.key) == []
    decide(store, template, team_id, step, ideas[:1], None)
    assert kept(store, team_id, step.key) == ideas[:1]


def test_a_tie_above_a_certain_item_may_keep_none_of_the_tied(store, race):
    template, event_id, team_id, (anna, bram, cas, dirk), step, race_key = race
    limit = step.rules.keep_at_most
    ideas = _ideas(store, team_id, race_key, anna, limit + 2)
    first, tied = ideas[: limit - 1], ideas[limit - 1:limit + 2]
    _vote(store, template, event_id, team_id, step, [(m, first) for m in (anna, bram)] + [(m, [t]) for m, t in zip((bram, cas, dirk), tied)])
    reveal(store, event_id, team_id, step, START)
    decide(store, template, team_id, step, [], None)
    assert kept(store, team_id, step.key) == first
